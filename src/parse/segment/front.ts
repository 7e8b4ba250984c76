/**
 * Front: before any letter, or between letters. Segments wait in `pending` until one opens a
 * letter; the run of header-like segments just before it becomes the letter’s header, and what
 * stands before that run is front matter, kept at the root.
 *
 *     SPECIAL MESSAGES.              ← front matter
 *     No. 29                         ← waits: header-like
 *     J. V. STALIN TO W. CHURCHILL   ← a heading opens the letter
 *     ^
 */
import {partsOf, type Segment} from '../classify.js'
import {header} from './header.js'
import {body} from './body.js'
import {endsAfter, flushToRoot, next, openLetter, type Machine} from './machine.js'

/** Kinds that can open a letter’s header before its body. */
const headerKinds = new Set<Segment['kind']>(['letterNumber', 'enclosure', 'serial', 'metadata', 'actionLine', 'sourceNote', 'classification', 'label', 'dateline', 'salutation', 'heading', 'address', 'capitals'])

/** Metadata keys that belong to one letter (the others describe the page). */
const letterKeys = /^(?:title|from|to)$/u

function metadataKey(segment: Segment): string | undefined {
  return partsOf(segment, 'metadata')?.key
}

/** Does `segment` open a letter (so what stands before it is front matter)? */
function startsLetter(segment: Segment | undefined): boolean {
  return segment !== undefined && (segment.kind === 'letterNumber' || segment.kind === 'heading' || segment.kind === 'actionLine' || segment.kind === 'sourceNote' || segment.kind === 'salutation')
}

/** Kinds that open a letter at once. */
function opensLetter(segment: Segment): boolean {
  const kind = segment.kind
  if (kind === 'metadata') return letterKeys.test(metadataKey(segment)!)
  return kind === 'letterNumber' || kind === 'enclosure' || kind === 'actionLine' || kind === 'heading' || kind === 'salutation' || kind === 'sourceNote' || kind === 'address'
}

/** Lines that may stand between a date and the text: `The Honorable the Secretary of State,` / `_Washington_.` */
function addressLine(segment: Segment): boolean {
  return (segment.kind === 'prose' || segment.kind === 'name' || segment.kind === 'capitals' || segment.kind === 'editorialNote') && segment.text.length <= 60
}

/** Where a dateline ends the header run in `pending`, with at most two short address lines after it. */
function headerEnd(pending: readonly Segment[]): number {
  for (let i = pending.length - 1; i >= Math.max(0, pending.length - 3); i--) {
    const segment = pending[i]!
    if (segment.kind === 'dateline') return i + 1
    if (!addressLine(segment)) break
  }
  return pending.length
}

/** Where the header of the new letter starts in `pending`: the run of header-like segments at its end. */
function headerStart(pending: readonly Segment[]): number {
  const end = headerEnd(pending)
  let cut = end
  let dates = 0
  for (let i = end - 1; i >= 0; i--) {
    const segment = pending[i]!
    if (!headerKinds.has(segment.kind)) break
    // `Source :`, `Publisher :` lines before the first letter describe the page, not one letter.
    if (segment.kind === 'metadata' && !/^(?:title|from|to|date)$/u.test(metadataKey(segment)!)) break
    if (segment.kind === 'dateline' || segment.kind === 'actionLine') {
      if (dates > 0) break
      dates++
    }
    if (segment.kind === 'capitals') {
      const after = pending[i + 1]
      if (!after || (after.kind !== 'capitals' && after.kind !== 'dateline')) break
    }
    cut = i
  }
  return cut
}

/** Open a letter with the header run at the end of `pending`, and `opening` (its first running text) when given. */
export function startLetter(m: Machine, opening?: Segment): void {
  const cut = headerStart(m.pending)
  flushToRoot(m, m.pending.slice(0, cut))
  const list = m.pending.slice(cut)
  m.pending = []
  openLetter(m)
  for (const segment of list) header(m, segment)
  if (opening) header(m, opening)
}

/** A real paragraph waiting in `pending`, not a page title: eight words or more. */
function pendingParagraph(m: Machine): boolean {
  return m.pending.some((s) => s.kind === 'prose' && s.text.split(/\s+/u).length >= 8)
}

/** A close or a signature after running text at the top of the page: the page is one letter without a header. */
function endsHeaderlessLetter(m: Machine, segment: Segment): boolean {
  const kind = segment.kind
  const signs = kind === 'closing' || (kind === 'name' && endsAfter(m, segment) && !startsLetter(next(m, segment)))
  return signs && m.layout.letters === 0 && m.pending.length > 0 && m.pending.length < 200 && pendingParagraph(m)
}

/**
 * Where headings or number lines open the letters, running text between letters is the
 * editor’s (a chronology after `*  *  *`, a `NARRATIVE.` section), not a letter without a heading.
 */
function editorialBetweenLetters(m: Machine): boolean {
  // A date or a salutation waiting before the text opens a letter all the same (`(Translation.)`,
  // its date, its text); a year line (`1846.`) is the editor’s.
  return m.layout.headingsOpen && !m.pending.some((s) => (s.kind === 'dateline' && partsOf(s, 'dateline')!.date.precision !== 'year') || s.kind === 'salutation')
}

/** Running text that can open a letter: a line of eight words or more, or a block of several lines (not `Page 12 of 40`). */
function isParagraphLike(m: Machine, segment: Segment): boolean {
  const after = next(m, segment)
  return segment.text.split(/\s+/u).length >= 8 || (after !== undefined && after.block === segment.block)
}

export function front(m: Machine, segment: Segment): void {
  const kind = segment.kind
  if (opensLetter(segment)) {
    m.pending.push(segment)
    return startLetter(m)
  }
  if ((kind === 'footnote' || kind === 'furniture' || kind === 'separator' || kind === 'pageMarker') && m.pending.length === 0) {
    return flushToRoot(m, [segment])
  }
  if (endsHeaderlessLetter(m, segment)) {
    const list = m.pending
    m.pending = []
    openLetter(m)
    for (const s of list) header(m, s)
    return body(m, segment)
  }
  if (kind === 'prose' && m.layout.letters > 0 && !editorialBetweenLetters(m) && isParagraphLike(m, segment)) {
    // Running text after a letter and no header: the next letter starts without one.
    const after = next(m, segment)
    if (!after || !(after.kind === 'heading' || after.kind === 'letterNumber' || after.kind === 'actionLine')) return startLetter(m, segment)
  }
  m.pending.push(segment)
}
