/**
 * Segment: a small state machine groups classified segments into letters and gives each
 * segment its role in the letter. Decisions look at a segment, its kind, the state and the
 * next segment only: one pass, linear.
 *
 *   front ─► header ─► body ─► trailer ─► (next letter) …
 *                        └──► postscript ─┘
 */
import {findFootnoteMarkers} from '../extract/footnote.js'
import type {Kind, Segment} from './classify.js'

export type Role =
  | 'letterNumber'
  | 'serial'
  | 'classification'
  | 'label'
  | 'actionLine'
  | 'heading'
  | 'metadata'
  | 'letterhead'
  | 'addressLine'
  | 'byline'
  | 'dateline'
  | 'salutation'
  | 'paragraph'
  | 'closing'
  | 'signature'
  | 'signatureTitle'
  | 'insideAddress'
  | 'postscript'
  | 'postscriptSignature'
  | 'source'
  | 'editorialNote'
  | 'footnoteDefinition'
  | 'thematicBreak'
  | 'pageMarker'
  | 'furniture'
  | 'unplaced'

export interface Item {
  role: Role
  segment: Segment
  reason: string
  /** For sources: one for the page, or this letter's. */
  scope?: 'page' | 'letter'
}

export interface LetterPlan {
  items: Item[]
}

export type PlanEntry = {type: 'letter'; letter: LetterPlan} | {type: 'item'; item: Item}

type State = 'front' | 'header' | 'body' | 'trailer' | 'postscript'

/** Kinds that can open a letter's header before its body. */
const headerKinds = new Set<Kind>([
  'letterNumber',
  'serial',
  'metadata',
  'actionLine',
  'sourceNote',
  'classification',
  'label',
  'dateline',
  'salutation',
  'heading',
  'address',
  'capitals'
])

/** Kinds that end a body: what may follow a signature or a closing date. */
const endKinds = new Set<Kind>([
  'footnote',
  'sourceNote',
  'bracketedSource',
  'furniture',
  'separator',
  'letterNumber',
  'actionLine',
  'heading',
  'dateline',
  'postscript',
  'editorialNote',
  'metadata',
  'pageMarker'
])

const headerRoles: Partial<Record<Kind, Role>> = {
  letterNumber: 'letterNumber',
  serial: 'serial',
  metadata: 'metadata',
  actionLine: 'actionLine',
  sourceNote: 'source',
  bracketedSource: 'source',
  classification: 'classification',
  label: 'label',
  dateline: 'dateline',
  salutation: 'salutation',
  heading: 'heading',
  address: 'addressLine',
  capitals: 'letterhead',
  editorialNote: 'editorialNote',
  pageMarker: 'pageMarker',
  separator: 'thematicBreak',
  furniture: 'furniture',
  footnote: 'footnoteDefinition'
}

/** Roles that only the body's paragraphs and what surrounds them can take. */
function isOffice(text: string): boolean {
  return /^(?:the\s+)?(?:\p{Lu}[\p{L}’'-]*\s+)*(?:President|Secretary|Minister|Ambassador|Assistant|Commissar|Commander(?:-in-Chief)?|Chairman|Premier|Marshal|General|Admiral|Director|Counselor|Counsellor|Attaché|Chargé|Consul|Officer|Chief|Clerk|Librarian|Archivist)\b.*$/u.test(
    text
  ) || /^(?:to|of|for)\s+the\s+\p{Lu}/u.test(text)
}

function isInsideAddressStart(text: string): boolean {
  return /^(?:Hon\.|Honou?rable|The\s+(?:Right\s+)?Honou?rable|His\s+Excellency|Mr\.?|Mrs\.?|Miss|Dr\.?|Sir|Lord|General|Admiral|Marshal|Premier|President|Prime\s+Minister|To\s+the)\s/u.test(text) || /,\s*Esq\.?/u.test(text) || /,\s*(?:&c\.?,?\s*)+$/u.test(text)
}

/**
 * What segmenting carries from one letter to the next, for streaming: how many letters came
 * before the text, and whether the file prints dates before headings (learnt from its first letter).
 */
export interface SegmentState {
  letters: number
  datesLead: boolean
}

/** Group classified segments into letters. `resume`, when given, is read at the start and updated at the end. */
export function segmentLetters(segments: readonly Segment[], resume?: SegmentState): PlanEntry[] {
  const plan: PlanEntry[] = []
  let state: State = 'front'
  let current: LetterPlan | null = null
  let pending: Segment[] = []
  let quote = 0
  let quoteLines = 0
  /** The file prints dates before headings: a date after a body, then a heading, opens the next letter. */
  let datesLead = resume?.datesLead ?? false
  let letterCount = resume?.letters ?? 0

  const next = (segment: Segment): Segment | undefined => segments[segment.index + 1]
  const add = (segment: Segment, role: Role, reason: string = segment.reason, scope?: 'page' | 'letter') => {
    current!.items.push(scope ? {role, segment, reason, scope} : {role, segment, reason})
    roles.add(role)
  }
  /** Prose waiting in `pending` (front matter or a letter without a header). */
  const pendingProse = () => pending.some((s) => s.kind === 'prose' || s.kind === 'name')
  /** A real paragraph waiting in `pending`, not a page title: eight words or more. */
  const pendingParagraph = () => pending.some((s) => s.kind === 'prose' && s.text.split(/\s+/u).length >= 8)
  /** Does `segment` open a letter (so what stands before it is front matter)? */
  const startsLetter = (segment: Segment | undefined) =>
    segment !== undefined && (segment.kind === 'letterNumber' || segment.kind === 'heading' || segment.kind === 'actionLine' || segment.kind === 'sourceNote' || segment.kind === 'salutation')
  /** Roles the current letter has: kept as a set so every test is O(1). */
  let roles = new Set<Role>()
  /** Footnote markers printed in the current letter's paragraphs (`17`, `*`). */
  let markers = new Set<string>()
  const has = (role: Role) => roles.has(role)
  const last = (): Item | undefined => current!.items.at(-1)
  const rootItem = (segment: Segment, role: Role, reason: string, scope?: 'page' | 'letter') => {
    plan.push({type: 'item', item: scope ? {role, segment, reason, scope} : {role, segment, reason}})
  }

  /** Put front-matter segments at the root: kept and reported, never lost. */
  const flushToRoot = (list: Segment[]) => {
    for (const segment of list) {
      const previous = plan.at(-1)
      const previousItem = previous?.type === 'item' ? previous.item : undefined
      if (
        previousItem &&
        (previousItem.role === 'source' || previousItem.role === 'metadata') &&
        previousItem.segment.block === segment.block &&
        previousItem.segment.index + 1 === segment.index &&
        (segment.kind === 'prose' || segment.kind === 'name' || segment.kind === 'capitals')
      ) {
        // A `Source :` or `Publisher :` line wrapped onto the next line.
        rootItem(segment, previousItem.role, 'continues the line above', previousItem.scope)
        continue
      }
      if (segment.kind === 'furniture') rootItem(segment, 'furniture', segment.reason)
      else if (segment.kind === 'separator') rootItem(segment, 'thematicBreak', segment.reason)
      else if (segment.kind === 'pageMarker') rootItem(segment, 'pageMarker', segment.reason)
      else if (segment.kind === 'metadata' && segment.metadata?.key === 'source')
        rootItem(segment, 'source', 'a `Source:` line before the first letter applies to the whole page', 'page')
      else if (segment.kind === 'metadata') rootItem(segment, 'metadata', segment.reason)
      else rootItem(segment, 'unplaced', 'text outside any letter: ' + segment.reason)
    }
  }

  const startLetter = () => {
    // The header of the new letter: the run of header-like segments just before it.
    let cut = pending.length
    let dates = 0
    for (let i = pending.length - 1; i >= 0; i--) {
      const segment = pending[i]!
      if (!headerKinds.has(segment.kind)) break
      // `Source :`, `Publisher :` lines before the first letter describe the page, not one letter.
      if (segment.kind === 'metadata' && !/^(?:title|from|to|date)$/u.test(segment.metadata!.key)) break
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
    flushToRoot(pending.slice(0, cut))
    current = {items: []}
    roles = new Set()
    markers = new Set()
    plan.push({type: 'letter', letter: current})
    letterCount++
    const header = pending.slice(cut)
    pending = []
    state = 'header'
    for (const segment of header) header_(segment)
  }

  const closeLetter = () => {
    if (current && letterCount === 1) {
      const roles = current.items.map((item) => item.role)
      const heading = roles.indexOf('heading')
      const dateline = roles.indexOf('dateline')
      const paragraph = roles.indexOf('paragraph')
      datesLead = dateline !== -1 && heading !== -1 && dateline < heading && (paragraph === -1 || roles.lastIndexOf('dateline') < paragraph)
    }
    current = null
    state = 'front'
    quote = 0
  }

  /** Is `segment` followed by what ends a letter (or by nothing)? */
  const endsAfter = (segment: Segment): boolean => {
    const after = next(segment)
    if (!after) return true
    if (endKinds.has(after.kind)) return true
    if (after.kind === 'name' && (isOffice(after.text) || isInsideAddressStart(after.text))) return true
    if (after.kind === 'prose' && after.block === segment.block && (isOffice(after.text) || isInsideAddressStart(after.text))) return true
    if (after.kind === 'prose' && isInsideAddressStart(after.text)) return true
    if (after.kind === 'classification' || after.kind === 'address') return true
    if (/^(?:notes|footnotes|endnotes)[.:]?$/iu.test(after.text)) return true
    // A note line for a marker printed above: `1. For Churchill’s interpretation …`.
    const note = /^(\d{1,3}|\*{1,3})[.)]?\s+\S/u.exec(after.text)
    if (note && markers.has(note[1]!)) return true
    return false
  }

  /** A source citation printed over several lines continues in its block. */
  function continuesSource(segment: Segment): boolean {
    const previous = last()
    const kind = segment.kind
    return Boolean(previous && previous.role === 'source' && previous.segment.block === segment.block && previous.segment.index + 1 === segment.index && (kind === 'prose' || kind === 'name' || kind === 'capitals' || kind === 'dateline'))
  }

  /** The first segment after the block of `segment`, looking at most a few lines ahead. */
  function afterBlock(segment: Segment): {next: Segment | undefined; lines: number} {
    let at = segment
    for (let lines = 1; lines <= 4; lines++) {
      const following = next(at)
      if (!following || following.block !== segment.block) return {next: following, lines}
      if (following.kind !== 'prose' && following.kind !== 'name' && following.kind !== 'capitals') return {next: undefined, lines: 99}
      at = following
    }
    return {next: undefined, lines: 99}
  }

  /** A header segment of the current letter. */
  function header_(segment: Segment): void {
    const kind = segment.kind
    if (kind === 'headingContinuation') {
      const previous = last()
      return add(segment, previous?.role === 'addressLine' ? 'addressLine' : 'heading', segment.reason)
    }
    if ((kind === 'letterNumber' && has('letterNumber')) || (kind === 'actionLine' && has('actionLine'))) {
      // A second document number or action line: the letter before had no body.
      closeLetter()
      return front_(segment)
    }
    if (kind === 'heading' || kind === 'address') {
      // `From George Washington` under the heading: the writer named alone, a byline.
      if (kind === 'heading' && has('heading') && segment.heading && segment.heading.to.length === 0 && /^(?:From|By)\s+\p{Lu}/u.test(segment.text)) {
        add(segment, 'byline', 'a line under the heading naming the writer alone')
      } else if (has('heading') || kind === 'address' || has('paragraph')) add(segment, 'addressLine', has('heading') ? 'a second heading-like line under the heading: the message’s own address' : segment.reason)
      else add(segment, 'heading')
      return
    }
    if (kind === 'capitals') {
      const after = next(segment)
      if (after && (after.kind === 'dateline' || after.kind === 'capitals') && !has('heading')) add(segment, 'letterhead', 'capitals above a date: a letterhead')
      else add(segment, 'editorialNote', 'a line in capitals in the header')
      return
    }
    if (kind === 'metadata' && segment.metadata?.key === 'source') return add(segment, 'source', 'a `Source:` line in the letter’s header', 'letter')
    if (kind === 'name' && /^From\s/u.test(segment.text)) return add(segment, 'byline', 'a line under the heading naming the writer alone')
    if (continuesSource(segment)) return add(segment, 'source', 'continues the source above', last()!.scope)
    const previousItem = last()
    if (previousItem?.role === 'editorialNote' && previousItem.reason.includes('subtitle') && previousItem.segment.block === segment.block) {
      return add(segment, 'editorialNote', previousItem.reason)
    }
    // `  184. Following is …` right under an equally indented heading opens the body.
    const numberedNote = kind === 'footnote' && segment.footnote && /^\d/u.test(segment.footnote.label)
    if (numberedNote && previousItem && segment.indent <= previousItem.segment.indent) {
      state = 'body'
      return addParagraph(segment, 'a numbered paragraph')
    }
    const role = headerRoles[kind]
    if (role) return add(segment, role)
    // Prose in the header: a subtitle when a date or salutation still follows, else the body starts.
    const after = next(segment)
    if ((kind === 'prose' || kind === 'name' || kind === 'closing') && after && after.kind === 'dateline' && after.block === segment.block && /,$/u.test(segment.text) && segment.text.length < 100) {
      return add(segment, 'dateline', 'an address line over the date')
    }
    // A line between heading and date is a subtitle, unless the next letter starts after that date.
    const afterNext = after ? next(after) : undefined
    const bodyFollows =
      afterNext !== undefined &&
      !['letterNumber', 'actionLine', 'heading', 'furniture', 'footnote', 'separator', 'sourceNote', 'bracketedSource', 'metadata'].includes(afterNext.kind)
    if ((kind === 'prose' || kind === 'name' || kind === 'closing') && after && (after.kind === 'dateline' || after.kind === 'salutation') && bodyFollows && segment.text.length < 200) {
      return add(segment, 'editorialNote', 'a line between heading and date: a subtitle')
    }
    // A subtitle wrapped over a few lines, then the date.
    const block = afterBlock(segment)
    if ((kind === 'prose' || kind === 'name') && block.lines <= 3 && block.next && (block.next.kind === 'dateline' || block.next.kind === 'salutation') && has('heading') && !/[.!?]$/u.test(segment.text)) {
      const beyond = next(block.next)
      if (beyond && !['letterNumber', 'actionLine', 'heading', 'furniture', 'footnote', 'separator'].includes(beyond.kind)) {
        return add(segment, 'editorialNote', 'lines between heading and date: a subtitle')
      }
    }
    state = 'body'
    body_(segment)
  }

  /** A segment after the body has begun. */
  function body_(segment: Segment): void {
    const kind = segment.kind
    if (quote > 0 && kind !== 'footnote' && kind !== 'letterNumber' && kind !== 'actionLine' && kind !== 'furniture' && quoteLines < 40) {
      quoteLines++
      quote = Math.max(0, quote + segment.quoteDelta)
      addParagraph(segment, 'inside a quotation')
      return
    }
    quote = 0
    const previous = last()
    if (
      state === 'trailer' &&
      previous &&
      (previous.role === 'signature' || previous.role === 'signatureTitle' || previous.role === 'insideAddress') &&
      previous.segment.block === segment.block &&
      (kind === 'address' || kind === 'heading' || kind === 'classification' || kind === 'label' || kind === 'salutation' || kind === 'closing')
    ) {
      // Lines under a signature in its block: titles and the inside address, whatever they look like.
      return nameOrProse(segment)
    }
    // A note line at the foot of the letter: `1. text`, `* text` (numbered paragraphs of the body are not).
    const note = kind === 'prose' || kind === 'serial' || kind === 'name' ? /^(\d{1,3}|\*{1,3})[.)]?\s+(?=\S)/u.exec(segment.text) : null
    if (note && (state === 'trailer' || markers.has(note[1]!))) {
      segment.footnote = {label: note[1]!, textStart: note[0].length, textEnd: segment.text.length}
      state = 'trailer'
      return add(segment, 'footnoteDefinition', state === 'trailer' ? 'a numbered note after the letter' : `a note for the marker \`${note[1]}\` printed above`)
    }
    if (/^(?:notes|footnotes|endnotes|editor['’]s\s+notes?)[.:]?$/iu.test(segment.text)) {
      state = 'trailer'
      return add(segment, 'label', 'a notes heading')
    }
    if (continuesSource(segment)) return add(segment, 'source', 'continues the source above', last()!.scope)
    // A note wrapped over several lines continues in its block.
    if (previous?.role === 'footnoteDefinition' && previous.segment.block === segment.block && !['footnote', 'letterNumber', 'actionLine', 'sourceNote', 'heading', 'furniture', 'metadata'].includes(kind)) {
      return add(segment, 'footnoteDefinition', 'continues the note above')
    }
    if (kind === 'headingContinuation') {
      if (previous && (previous.role === 'heading' || previous.role === 'addressLine')) return add(segment, previous.role, segment.reason)
      return addParagraph(segment, 'running text')
    }
    switch (kind) {
      case 'metadata':
        if (segment.metadata!.key === 'source') {
          state = 'trailer'
          return add(segment, 'source', 'a `Source:` line after the letter', 'letter')
        }
        if (!/^(?:title|from|to)$/u.test(segment.metadata!.key)) {
          state = 'trailer'
          return add(segment, 'metadata')
        }
        closeLetter()
        return front_(segment)
      case 'letterNumber':
      case 'actionLine':
        closeLetter()
        return front_(segment)
      case 'heading':
        // Inside a body, only a heading that opens its block starts a new letter (hard-wrapped prose can look like one).
        if (state === 'body' && previous && previous.segment.block === segment.block) return addParagraph(segment, 'a heading-like line inside a paragraph')
        if (segment.heading?.strength === 'strong' || state === 'trailer') {
          closeLetter()
          return front_(segment)
        }
        return addParagraph(segment, 'a weak heading form inside the body')
      case 'sourceNote': {
        const after = next(segment)
        if (after && (after.kind === 'heading' || after.kind === 'letterNumber' || after.kind === 'classification')) {
          closeLetter()
          return front_(segment)
        }
        state = 'trailer'
        return add(segment, 'source', 'a source note after the letter', 'letter')
      }
      case 'bracketedSource':
        state = 'trailer'
        return add(segment, 'source', 'a citation after the letter', 'letter')
      case 'footnote': {
        // `  2. text` is a note only when it stands further in than the text above it (or its marker is printed).
        const numbered = segment.footnote && /^\d/u.test(segment.footnote.label)
        if (numbered && state === 'body' && previous && segment.indent <= previous.segment.indent && !markers.has(segment.footnote!.label)) {
          return addParagraph(segment, 'a numbered paragraph')
        }
        state = 'trailer'
        return add(segment, 'footnoteDefinition')
      }
      case 'furniture':
        closeLetter()
        return front_(segment)
      case 'separator':
        if (state === 'trailer') {
          closeLetter()
          return front_(segment)
        }
        return add(segment, 'thematicBreak', 'an elision row inside the body')
      case 'pageMarker':
        return add(segment, 'pageMarker')
      case 'dateline': {
        const after = next(segment)
        // A date on a line of its own inside a paragraph (hard-wrapped prose) is text.
        if (state === 'body' && after && after.block === segment.block && after.kind === 'prose' && previous?.role === 'paragraph' && previous.segment.block === segment.block) {
          return addParagraph(segment, 'a date-only line inside a paragraph')
        }
        if (has('dateline') && state === 'trailer') {
          closeLetter()
          return front_(segment)
        }
        if (after && (after.kind === 'salutation' || (datesLead && after.kind === 'heading'))) {
          closeLetter()
          return front_(segment)
        }
        state = 'trailer'
        return add(segment, 'dateline', 'a date after the body closes the letter')
      }
      case 'postscript':
        state = 'postscript'
        return add(segment, 'postscript')
      case 'classification':
      case 'label':
      case 'salutation':
      case 'address':
        if (state === 'trailer') {
          closeLetter()
          return front_(segment)
        }
        return addParagraph(segment, 'a header-like line inside the body')
      case 'editorialNote':
        if (state === 'trailer' || endsAfter(segment)) {
          state = 'trailer'
          return add(segment, 'editorialNote')
        }
        return addParagraph(segment, 'a bracketed line inside the body')
      case 'closing': {
        const after = next(segment)
        const opensSentence = !previous || previous.segment.block !== segment.block || /[.!?:,"”’)]$/u.test(previous.segment.text)
        if (!opensSentence) return addParagraph(segment, 'close-like words inside a wrapped paragraph')
        if (!after || after.kind === 'name' || after.kind === 'closing' || (after.kind === 'prose' && after.text.length < 60) || after.kind === 'capitals') {
          // A short paragraph ending with a comma just before the close belongs to it.
          const previous = last()
          const beforePrevious = current!.items.at(-2)
          const alone = !beforePrevious || beforePrevious.role !== 'paragraph' || beforePrevious.segment.block !== previous?.segment.block
          if (previous && previous.role === 'paragraph' && /,$/u.test(previous.segment.text) && previous.segment.text.length < 160 && alone) {
            previous.role = 'closing'
            previous.reason = 'a line ending with a comma just before the close'
          }
          state = 'trailer'
          return add(segment, 'closing')
        }
        return addParagraph(segment, 'close-like words inside the body')
      }
      case 'name':
      case 'capitals':
      case 'prose':
        return nameOrProse(segment)
      default:
        return addParagraph(segment, 'running text')
    }
  }

  function nameOrProse(segment: Segment): void {
    const previous = last()
    if (state === 'trailer' || state === 'postscript') {
      if (
        previous &&
        (previous.role === 'signature' || previous.role === 'signatureTitle') &&
        previous.segment.block === segment.block &&
        !isInsideAddressStart(segment.text) &&
        !/,$/u.test(segment.text) &&
        (isOffice(segment.text) || previous.role === 'signatureTitle')
      ) {
        return add(segment, 'signatureTitle', 'a title under the signature')
      }
      if (previous && previous.role === 'insideAddress' && previous.segment.block === segment.block) return add(segment, 'insideAddress', 'continues the inside address')
      if (previous && (previous.role === 'signature' || previous.role === 'signatureTitle' || previous.role === 'postscriptSignature') && (isInsideAddressStart(segment.text) || /,$/u.test(segment.text))) {
        return add(segment, 'insideAddress', 'an addressee block after the signature')
      }
      if (state === 'postscript') {
        if (segment.nameLike && endsAfter(segment)) return add(segment, 'postscriptSignature', 'initials or a name closing the postscript')
        return add(segment, 'postscript', 'continues the postscript')
      }
      if (previous?.role === 'footnoteDefinition' && segment.block === previous.segment.block) {
        return add(segment, 'footnoteDefinition', 'continues the note above')
      }
      if (segment.nameLike && !has('signature') && (endsAfter(segment) || previous?.role === 'closing')) {
        return add(segment, 'signature', previous?.role === 'closing' ? 'a name after the close' : 'a name line ending the letter')
      }
      // Running text after a finished letter: a new letter without a header.
      closeLetter()
      return front_(segment)
    }
    if (segment.nameLike && (endsAfter(segment) || previous?.role === 'closing')) {
      state = 'trailer'
      return add(segment, 'signature', previous?.role === 'closing' ? 'a name after the close' : 'a name line ending the letter')
    }
    addParagraph(segment, 'running text')
  }

  function addParagraph(segment: Segment, reason: string): void {
    if (state === 'trailer') {
      closeLetter()
      front_(segment)
      return
    }
    if (state === 'postscript') {
      add(segment, 'postscript', 'continues the postscript')
      return
    }
    state = 'body'
    if (/[\d*]/u.test(segment.text)) for (const marker of findFootnoteMarkers(segment.text)) markers.add(marker.label)
    if (segment.quoteDelta > 0 && quote === 0) {
      quote = segment.quoteDelta
      quoteLines = 0
    }
    add(segment, 'paragraph', reason)
  }

  /** Before any letter, or between letters. */
  function front_(segment: Segment): void {
    const kind = segment.kind
    const strongStart =
      kind === 'letterNumber' ||
      kind === 'actionLine' ||
      kind === 'heading' ||
      kind === 'salutation' ||
      kind === 'sourceNote' ||
      kind === 'address' ||
      (kind === 'metadata' && /^(?:title|from|to)$/u.test(segment.metadata!.key))
    if (strongStart) {
      pending.push(segment)
      startLetter()
      return
    }
    if ((kind === 'footnote' || kind === 'furniture' || kind === 'separator' || kind === 'pageMarker') && pending.length === 0) {
      flushToRoot([segment])
      return
    }
    if ((kind === 'closing' || (kind === 'name' && endsAfter(segment) && !startsLetter(next(segment)))) && letterCount === 0 && pending.length > 0 && pending.length < 200 && pendingParagraph()) {
      // A close or a signature after running text: the page is one letter without a header.
      const list = pending
      pending = []
      current = {items: []}
      roles = new Set()
      plan.push({type: 'letter', letter: current})
      letterCount++
      state = 'header'
      for (const s of list) header_(s)
      body_(segment)
      return
    }
    if (kind === 'prose' && letterCount > 0) {
      // Running text after a letter and no header: the next letter starts without one.
      const after = next(segment)
      if (!after || !(after.kind === 'heading' || after.kind === 'letterNumber' || after.kind === 'actionLine')) {
        pending.push(segment)
        startLetter()
        return
      }
    }
    pending.push(segment)
  }

  for (const segment of segments) {
    if (state === 'front') front_(segment)
    else if (state === 'header') header_(segment)
    else body_(segment)
  }

  if (pending.length > 0) {
    if (letterCount === 0 && pendingProse()) {
      // The whole text is one letter without a header.
      const list = pending
      pending = []
      current = {items: []}
      roles = new Set()
      plan.push({type: 'letter', letter: current})
      state = 'header'
      for (const s of list) header_(s)
    } else flushToRoot(pending)
  }
  if (resume) {
    resume.letters = letterCount
    resume.datesLead = datesLead
  }
  return plan
}
