/**
 * Body: the letter’s paragraphs, and what may end them. Each kind of line has its handler; a
 * line that ends the letter (a new number, a heading opening its block) closes it and goes to
 * `front`.
 *
 *     Let me express my thanks for the two personal messages.
 *     ^
 *     J. STALIN                      ← a name line ending the letter: trailer
 */
import {findFootnoteMarkers} from '../../extract/footnote.js'
import {partsOf, type Kind, type Segment} from '../classify.js'
import {front} from './front.js'
import {add, closeLetter, continuesSource, endsAfter, flushToRoot, has, last, next, noteLine, scopeOf, type Machine} from './machine.js'
import {nameOrProse} from './trailer.js'

/** Start a letter anew at `segment`: the one before is over. */
export function restart(m: Machine, segment: Segment): void {
  closeLetter(m)
  front(m, segment)
}

export function addParagraph(m: Machine, segment: Segment, reason: string): void {
  if (m.state === 'trailer') return restart(m, segment)
  if (m.state === 'postscript') return add(m, segment, 'postscript', 'continues the postscript')
  m.state = 'body'
  if (/[\d*]/u.test(segment.text)) for (const marker of findFootnoteMarkers(segment.text)) m.markers.add(marker.label)
  if (segment.quoteDelta > 0 && m.quote === 0) {
    m.quote = segment.quoteDelta
    m.quoteLines = 0
  }
  add(m, segment, 'paragraph', reason)
}

type Handler = (m: Machine, segment: Segment) => void

function metadata(m: Machine, segment: Segment): void {
  const key = partsOf(segment, 'metadata')!.key
  if (key === 'source') {
    m.state = 'trailer'
    return add(m, segment, 'source', 'a `Source:` line after the letter', {scope: 'letter'})
  }
  if (!/^(?:title|from|to)$/u.test(key)) {
    m.state = 'trailer'
    return add(m, segment, 'metadata')
  }
  restart(m, segment)
}

function heading(m: Machine, segment: Segment): void {
  const previous = last(m)
  // Inside a body, only a heading that opens its block starts a new letter (hard-wrapped prose can look like one).
  if (m.state === 'body' && previous && previous.segment.block === segment.block) return addParagraph(m, segment, 'a heading-like line inside a paragraph')
  const parts = partsOf(segment, 'heading')
  if (m.state === 'trailer' && parts && parts.to.length === 0 && m.layout.numberLines.length > 0) {
    // `_Note by Lord Brabourne._` after a letter, where number lines open the letters: the editor’s.
    closeLetter(m)
    return flushToRoot(m, [segment])
  }
  if (parts?.strength === 'strong' || m.state === 'trailer') return restart(m, segment)
  addParagraph(m, segment, 'a weak heading form inside the body')
}

function sourceNote(m: Machine, segment: Segment): void {
  const after = next(m, segment)
  if (after && (after.kind === 'heading' || after.kind === 'letterNumber' || after.kind === 'classification')) return restart(m, segment)
  m.state = 'trailer'
  add(m, segment, 'source', 'a source note after the letter', {scope: 'letter'})
}

function footnote(m: Machine, segment: Segment): void {
  // `  2. text` is a note only when it stands further in than the text above it (or its marker is printed).
  const note = partsOf(segment, 'footnote')!
  const previous = last(m)
  if (!segment.text.startsWith('[') && /^\d/u.test(note.label) && m.state === 'body' && previous && segment.indent <= previous.segment.indent && !m.markers.has(note.label)) {
    return addParagraph(m, segment, 'a numbered paragraph')
  }
  // A marker that a hard wrap put at the start of a line, inside a paragraph: `[1] What can I say …`.
  if (m.state === 'body' && previous?.role === 'paragraph' && previous.segment.block === segment.block && previous.segment.line !== segment.line && /^\[\d/u.test(segment.text)) {
    return addParagraph(m, segment, 'a marker wrapped to the start of a line inside a paragraph')
  }
  m.state = 'trailer'
  add(m, segment, 'footnoteDefinition')
}

function dateline(m: Machine, segment: Segment): void {
  const after = next(m, segment)
  const previous = last(m)
  // A date on a line of its own inside a paragraph (hard-wrapped prose) is text.
  if (m.state === 'body' && after && after.block === segment.block && after.kind === 'prose' && previous?.role === 'paragraph' && previous.segment.block === segment.block) {
    return addParagraph(m, segment, 'a date-only line inside a paragraph')
  }
  // `No. 2. Treaty with the Cherokees …, made` / `14th February, 1833.`: the date ends a wrapped sentence.
  if (m.state === 'body' && previous?.role === 'paragraph' && previous.segment.block === segment.block && /\p{L}$/u.test(previous.segment.text)) {
    return addParagraph(m, segment, 'a date ending a sentence wrapped over lines')
  }
  if (has(m, 'dateline') && m.state === 'trailer') return restart(m, segment)
  if (after && (after.kind === 'salutation' || (m.layout.datesLead && after.kind === 'heading'))) return restart(m, segment)
  m.state = 'trailer'
  add(m, segment, 'dateline', 'a date after the body closes the letter')
}

/** A header-like line: ends a finished letter, else it is text of the body. */
function headerLike(m: Machine, segment: Segment): void {
  if (m.state === 'trailer') return restart(m, segment)
  // `(Translation.)` then a dateline, after a body: a second text under its own date.
  if (segment.kind === 'label' && next(m, segment)?.kind === 'dateline' && has(m, 'paragraph')) return restart(m, segment)
  addParagraph(m, segment, 'a header-like line inside the body')
}

function closing(m: Machine, segment: Segment): void {
  const after = next(m, segment)
  const previous = last(m)
  // A second close under the signature belongs to a postscript: one letter has one close, in one place.
  if (has(m, 'signature')) {
    m.state = 'postscript'
    return add(m, segment, 'postscript', 'a close after the signature: the postscript’s')
  }
  const opensSentence = !previous || previous.segment.block !== segment.block || /[.!?:,"”’)]$/u.test(previous.segment.text)
  if (!opensSentence) return addParagraph(m, segment, 'close-like words inside a wrapped paragraph')
  // `Ever yours affectionately.` as a block of its own, where headings open the letters: what follows is a postscript.
  const closesBlock = m.layout.headingsOpen && segment.text.length <= 60 && previous?.segment.block !== segment.block && after?.block !== segment.block
  if (after && !closesBlock && !(after.kind === 'name' || after.kind === 'closing' || (after.kind === 'prose' && after.text.length < 60) || after.kind === 'capitals') && !endsAfter(m, segment)) {
    return addParagraph(m, segment, 'close-like words inside the body')
  }
  // A short paragraph ending with a comma just before the close belongs to it (revised on this plan).
  const beforePrevious = m.current!.items.at(-2)
  const alone = !beforePrevious || beforePrevious.role !== 'paragraph' || beforePrevious.segment.block !== previous?.segment.block
  if (previous && previous.role === 'paragraph' && /,$/u.test(previous.segment.text) && previous.segment.text.length < 160 && alone) {
    previous.role = 'closing'
    previous.reason = 'a line ending with a comma just before the close'
  }
  m.state = 'trailer'
  add(m, segment, 'closing')
}

const handlers: Partial<Record<Kind, Handler>> = {
  metadata,
  letterNumber: restart,
  enclosure: restart,
  actionLine: restart,
  heading,
  sourceNote,
  bracketedSource(m, segment) {
    m.state = 'trailer'
    add(m, segment, 'source', 'a citation after the letter', {scope: 'letter'})
  },
  footnote,
  furniture: restart,
  separator(m, segment) {
    if (m.state === 'trailer') return restart(m, segment)
    add(m, segment, 'thematicBreak', 'an elision row inside the body')
  },
  pageMarker: (m, segment) => add(m, segment, 'pageMarker'),
  dateline,
  postscript(m, segment) {
    m.state = 'postscript'
    add(m, segment, 'postscript')
  },
  classification: headerLike,
  label: headerLike,
  salutation: headerLike,
  address: headerLike,
  editorialNote(m, segment) {
    if (m.state === 'trailer' || endsAfter(m, segment)) {
      m.state = 'trailer'
      return add(m, segment, 'editorialNote')
    }
    addParagraph(m, segment, 'a bracketed line inside the body')
  },
  closing,
  name: nameOrProse,
  capitals: nameOrProse,
  prose: nameOrProse
}

const quoteStops = new Set<Kind>(['footnote', 'letterNumber', 'enclosure', 'actionLine', 'furniture'])
const underSignature = new Set<Kind>(['address', 'heading', 'classification', 'label', 'salutation', 'closing'])
const noteStops = new Set<Kind>(['footnote', 'letterNumber', 'actionLine', 'sourceNote', 'heading', 'furniture', 'metadata'])

/** What no single kind decides: quotations, lines under a signature, notes and their continuations. */
function context(m: Machine, segment: Segment): boolean {
  const kind = segment.kind
  const previous = last(m)
  if (m.state === 'trailer' && previous && (previous.role === 'signature' || previous.role === 'signatureTitle' || previous.role === 'insideAddress') && previous.segment.block === segment.block && underSignature.has(kind)) {
    // Lines under a signature in its block: titles and the inside address, whatever they look like.
    nameOrProse(m, segment)
    return true
  }
  // A note line at the foot of the letter: `1. text`, `* text` (numbered paragraphs of the body are not).
  const note = kind === 'prose' || kind === 'serial' || kind === 'name' ? noteLine.exec(segment.text) : null
  if (note && (m.state === 'trailer' || m.markers.has(note[1]!))) {
    m.state = 'trailer'
    add(m, segment, 'footnoteDefinition', 'a numbered note after the letter', {note: {label: note[1]!, textStart: note[0].length, textEnd: segment.text.length}})
    return true
  }
  if (/^(?:notes|footnotes?|endnotes|editor['’]s\s+notes?)[.:]?$/iu.test(segment.text)) {
    m.state = 'trailer'
    add(m, segment, 'label', 'a notes heading')
    return true
  }
  if (continuesSource(m, segment)) {
    add(m, segment, 'source', 'continues the source above', scopeOf(last(m)!))
    return true
  }
  // A note wrapped over several lines continues in its block.
  if (previous?.role === 'footnoteDefinition' && previous.segment.block === segment.block && !noteStops.has(kind)) {
    add(m, segment, 'footnoteDefinition', 'continues the note above')
    return true
  }
  if (kind === 'headingContinuation') {
    if (previous && (previous.role === 'heading' || previous.role === 'addressLine')) add(m, segment, previous.role, segment.reason)
    else addParagraph(m, segment, 'running text')
    return true
  }
  return false
}

/** A wide run of blank lines, as the edition parts its letters, after a body: the next letter. */
function partsLetters(m: Machine, segment: Segment): boolean {
  const gap = m.layout.letterGap
  return gap !== null && segment.blanksBefore >= gap && (has(m, 'paragraph') || has(m, 'signature'))
}

export function body(m: Machine, segment: Segment): void {
  if (partsLetters(m, segment)) return restart(m, segment)
  if (m.quote > 0 && !quoteStops.has(segment.kind) && m.quoteLines < 40) {
    m.quoteLines++
    m.quote = Math.max(0, m.quote + segment.quoteDelta)
    return addParagraph(m, segment, 'inside a quotation')
  }
  m.quote = 0
  if (context(m, segment)) return
  const handler = handlers[segment.kind]
  if (handler) return handler(m, segment)
  addParagraph(m, segment, 'running text')
}
