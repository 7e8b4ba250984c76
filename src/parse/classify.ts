/**
 * Classify: one pass over the lines gives each non-blank line (a segment) the kinds its
 * own text allows, with the reason. Context is applied later, by `segment`.
 */
import {isClassification, isLabel} from '../extract/classification.js'
import {readActionLine, readDateline, type ActionParts, type DatelineParts} from '../extract/dateline.js'
import {findFootnoteMarkers, readFootnoteLine, type FootnoteLine} from '../extract/footnote.js'
import {hasPartyWord, parseAddressLine, parseHeading, type AddressParts, type HeadingParts} from '../extract/heading.js'
import {
  isBracketedSource,
  isCapitalsLine,
  isClosing,
  isEditorialNote,
  isFurniture,
  isNameLine,
  isSalutation,
  isSeparator,
  isSourceNote,
  readLetterNumber,
  readMetadata,
  readPageMarkerLine,
  readPostscriptStart,
  readSerial
} from '../extract/lines.js'
import type {Line} from './lines.js'
import type {Readings} from './readings.js'
import {splitCloseAndName, splitRunOn} from './run-on.js'

export type Kind =
  | 'furniture'
  | 'separator'
  | 'pageMarker'
  | 'footnote'
  | 'letterNumber'
  | 'serial'
  | 'metadata'
  | 'actionLine'
  | 'sourceNote'
  | 'bracketedSource'
  | 'classification'
  | 'label'
  | 'dateline'
  | 'salutation'
  | 'postscript'
  | 'heading'
  | 'address'
  | 'closing'
  | 'name'
  | 'editorialNote'
  | 'capitals'
  | 'headingContinuation'
  | 'prose'

export interface Segment {
  index: number
  line: Line
  /** Offsets of the trimmed text in the input. */
  start: number
  end: number
  text: string
  /** Leading whitespace width. */
  indent: number
  /** Index of the blank-line block. */
  block: number
  kind: Kind
  reason: string
  heading?: HeadingParts | null | undefined
  address?: AddressParts | null | undefined
  dateline?: DatelineParts | undefined
  action?: ActionParts | undefined
  footnote?: FootnoteLine | undefined
  metadata?: {key: string; valueStart: number} | undefined
  number?: string | undefined
  serial?: {value: string; kind: 'telegram' | 'despatch'} | undefined
  /** What the extractors read from this line, with the text they read (for the compiler). */
  readings: Readings | undefined
  /** Signature-like (a name line), besides its kind. */
  nameLike: boolean
  /** Quotation marks opened minus closed on this line. */
  quoteDelta: number
}

/** Longest line that can be anything but prose: longer lines are read as prose without further tests. */
const shortLine = 400

const quotationMark = /["“”]/u

function quoteDelta(text: string): number {
  // Most lines hold no quotation mark: a regular expression finds that faster than the loop.
  if (!quotationMark.test(text)) return 0
  let delta = 0
  let straight = 0
  for (let i = 0; i < text.length; i++) {
    const char = text.charCodeAt(i)
    if (char === 0x201c) delta++
    else if (char === 0x201d) delta--
    else if (char === 0x22) straight++
  }
  if (straight % 2 === 1) delta += text.trimStart().startsWith('"') ? 1 : -1
  return delta
}

const markerCharacter = /[\d*]/u

/** The text with footnote markers taken out (`Roosevelt1`, `STALIN*`, a trailing ` 56`). */
function withoutMarkers(text: string): string {
  // Every marker is a star or digits.
  if (!markerCharacter.test(text)) return text
  const markers = findFootnoteMarkers(text, {trailing: true})
  if (markers.length === 0) return text
  let value = ''
  let at = 0
  for (const marker of markers) {
    value += text.slice(at, marker.start)
    at = marker.end
  }
  return (value + text.slice(at)).replace(/(?<!\s)\s+$/u, '')
}

/** The segment's readings, made on first use. */
function remember(segment: Segment): Readings {
  segment.readings ??= {}
  return segment.readings
}

/** Give one segment its context-free kind. */
function classifyText(segment: Segment): void {
  const text = segment.text
  const set = (kind: Kind, reason: string) => {
    segment.kind = kind
    segment.reason = reason
  }
  const first = text.charAt(0)
  const footnote = /[-–\d[*]/u.test(first) ? readFootnoteLine(text, segment.indent) : null
  if (footnote) {
    // `  51. Personal and secret to the Prime Minister from Harry L. Hopkins.` is a telegram's address.
    const clean = /^\d/u.test(footnote.label) && text.length < 260 ? withoutMarkers(text) : null
    const address = clean === null ? null : parseAddressLine(clean)
    if (address) {
      segment.address = address
      remember(segment).address = {text: clean!, value: address}
      return set('address', 'serial, marking and parties of a telegram')
    }
    segment.footnote = footnote
    return set('footnote', 'a numbered or marked note line')
  }
  if (text.length > shortLine) {
    if (isSourceNote(text)) return set('sourceNote', 'an editorial source note (document descriptor and repository)')
    return set('prose', 'a long line of running text')
  }
  segment.nameLike = isNameLine(text)
  if (text.length < 160 && isFurniture(text)) return set('furniture', 'web-page furniture (navigation, licence line)')
  if (/[*.·•_=~–—#-]/u.test(first) && isSeparator(text)) return set('separator', 'a row of stars, dots or dashes')
  const page = first === '[' ? readPageMarkerLine(text) : null
  if (page !== null) return set('pageMarker', 'a page marker of the printed edition')
  const hasDigit = /\d/u.test(text)
  const number = text.length < 24 && /^\[?[NnDL№]/u.test(text) ? readLetterNumber(text) : null
  if (number !== null) {
    segment.number = number
    return set('letterNumber', '`No. N` alone on a line: the edition’s document number')
  }
  const serial = hasDigit && text.length < 30 ? readSerial(text) : null
  if (serial) {
    segment.serial = serial
    return set('serial', serial.kind === 'despatch' ? '`No. N.]`: a despatch number' : 'a number alone on a line: a telegram serial')
  }
  const colon = text.indexOf(':')
  const metadata = colon > 0 && colon < 45 ? readMetadata(text) : null
  if (metadata) {
    segment.metadata = metadata
    return set('metadata', `a \`${metadata.key}:\` metadata line`)
  }
  const action = hasDigit && text.length < 160 ? readActionLine(text) : null
  if (action) {
    segment.action = action
    remember(segment).action = {text, value: action}
    return set('actionLine', `a \`${action.action}\` action line with a date`)
  }
  if (isSourceNote(text)) return set('sourceNote', 'a file, papers or archive line (source note)')
  if (first === '(' && isBracketedSource(text)) return set('bracketedSource', 'a citation in parentheses')
  if (text.length < 80 && isClassification(text)) return set('classification', 'a security or precedence marking')
  if (text.length < 40 && isLabel(text)) return set('label', 'an editorial label')
  if (hasDigit && text.length < 120) {
    const dateline = readDateline(text)
    if (dateline) {
      segment.dateline = dateline
      remember(segment).dateline = {text, value: dateline}
      return set('dateline', dateline.place ? 'a place and a date' : 'a date alone on a line')
    }
  }
  if (isSalutation(text)) return set('salutation', 'a salutation alone on a line')
  if (readPostscriptStart(text) !== null) return set('postscript', '`P.S.` starts a postscript')
  if (text.length < 260 && hasPartyWord(text)) {
    const clean = withoutMarkers(text)
    // A heading starts with a capital (or a quotation mark): `to the President` under a signature is not one.
    const heading = /^[\p{Lu}\d"“‘'([]/u.test(clean) ? parseHeading(clean) : null
    segment.heading = heading
    if (heading !== null) remember(segment).heading = {text: clean, value: heading}
    if (heading) return set('heading', `names ${heading.from.length > 0 ? 'a sender' : ''}${heading.from.length > 0 && heading.to.length > 0 ? ' and ' : ''}${heading.to.length > 0 ? 'an addressee' : ''} in a heading form`)
    // Read as an address line only when it is no heading (a heading wins).
    const address = /\d/u.test(clean) || /^(?:for|to|from)\b/iu.test(clean) || /\.\s+\S/u.test(clean) ? parseAddressLine(clean) : null
    segment.address = address
    if (address) {
      remember(segment).address = {text: clean, value: address}
      return set('address', 'serial, marking and parties of a telegram')
    }
  }
  if (text.length < 220 && isClosing(text)) return set('closing', 'a complimentary close')
  if (text.length < 300 && isEditorialNote(text)) return set('editorialNote', 'an editorial or archival note')
  if (isCapitalsLine(text)) return set('capitals', 'a line in capitals')
  if (segment.nameLike) return set('name', 'a short line of capitalised words, shaped like a signature')
  return set('prose', 'running text')
}

/** Make segments from lines: one per non-blank line, with its block and kinds. */
export function classify(text: string, lines: readonly Line[]): Segment[] {
  const segments: Segment[] = []
  let block = 0
  let previousBlank = true
  for (const line of lines) {
    if (line.contentStart === line.contentEnd) {
      if (!previousBlank) block++
      previousBlank = true
      continue
    }
    previousBlank = false
    let indent = 0
    for (let i = line.start; i < line.contentStart; i++) indent += text.charCodeAt(i) === 9 ? 4 : 1
    const lineText = text.slice(line.contentStart, line.contentEnd)
    const pieces = splitRunOn(lineText) ?? splitCloseAndName(lineText, isNameLine) ?? [{start: 0, end: lineText.length}]
    for (const piece of pieces) {
      const segmentText = lineText.slice(piece.start, piece.end)
      const segment: Segment = {
        index: segments.length,
        line,
        start: line.contentStart + piece.start,
        end: line.contentStart + piece.end,
        text: segmentText,
        indent: piece.start === 0 ? indent : 0,
        block,
        kind: 'prose',
        reason: '',
        // Every field present from the start: one object shape for all segments.
        heading: undefined,
        address: undefined,
        dateline: undefined,
        action: undefined,
        footnote: undefined,
        metadata: undefined,
        number: undefined,
        serial: undefined,
        readings: undefined,
        nameLike: false,
        quoteDelta: quoteDelta(segmentText)
      }
      classifyText(segment)
      if (pieces.length > 1) segment.reason += ' (part of a run-on line)'
      joinWrappedHeading(segments, segment)
      segments.push(segment)
    }
  }
  return segments
}

/**
 * A heading wrapped over two lines (`Personal and Secret from Premier J. V. Stalin to the Prime
 * Minister, Mr W.` / `Churchill`): when the first line of a block reads as a heading only with the
 * next line, both become one heading.
 */
function joinWrappedHeading(segments: Segment[], segment: Segment): void {
  const previous = segments.at(-1)
  if (!previous || previous.block !== segment.block || previous.line === segment.line) return
  // The first line must open its block, or follow a number, a source note or a date in it.
  const before = segments.at(-2)
  const opensBlock = !before || before.block !== previous.block || structural.has(before.kind)
  if (!opensBlock || segment.text.length > 120 || previous.text.length < 30 || previous.text.length > 200) return
  if (!loose.has(previous.kind) || !loose.has(segment.kind) || segment.kind === 'heading') return
  if (/\p{Ll}[.!?]\s+\S/u.test(segment.text)) return
  const joined = withoutMarkers(previous.text + ' ' + segment.text)
  // A heading's description wrapped onto the next line: `… inviting him to accept` / `gifts on the day …`.
  if (previous.kind === 'heading' && previous.heading && (previous.heading.kind || previous.heading.classification) && /^\p{Ll}/u.test(segment.text) && !/[.!?:;]$/u.test(previous.text)) {
    markContinuation(previous, segment, 'heading')
    return
  }
  if (/[!?:;]$/u.test(previous.text) || (/\.$/u.test(previous.text) && !/\b\p{Lu}\.$/u.test(previous.text) && previous.kind !== 'address')) return
  if (!hasPartyWord(joined) || !/^[\p{Lu}\d"“‘'([]/u.test(joined)) return
  if (previous.kind !== 'heading' && /\d/u.test(joined)) {
    // A telegram address line wrapped: `Number 32. … For Marshal Stalin from the` / `President.`
    const address = parseAddressLine(joined)
    if (address) {
      previous.kind = 'address'
      previous.address = address
      remember(previous).address = {text: joined, value: address}
      markContinuation(previous, segment, 'address')
      return
    }
  }
  // A heading that ends in a date or a citation is complete.
  if (previous.kind === 'heading' && (previous.heading?.date || previous.heading?.citation)) return
  const heading = parseHeading(joined)
  if (!heading || heading.strength !== 'strong') return
  // The joined reading must name more than the first line alone does.
  const alone = previous.kind === 'heading' ? previous.heading : null
  const names = (h: typeof heading | null | undefined) => (h ? h.from.length + h.to.length : 0)
  const partyText = (h: typeof heading | null | undefined) => (h ? [...h.from, ...h.to].map((p) => p.text).join(' ') : '')
  if (alone && (names(alone) > names(heading) || partyText(alone).length >= partyText(heading).length)) return
  previous.kind = 'heading'
  previous.heading = heading
  remember(previous).heading = {text: joined, value: heading}
  markContinuation(previous, segment, 'heading')
}

const loose = new Set<Kind>(['prose', 'name', 'capitals', 'heading', 'address'])
const structural = new Set<Kind>(['letterNumber', 'sourceNote', 'serial', 'dateline', 'classification', 'furniture', 'metadata', 'label', 'actionLine'])

function markContinuation(previous: Segment, segment: Segment, what: 'heading' | 'address'): void {
  previous.reason = `a ${what === 'heading' ? 'heading' : 'telegram address line'} wrapped over two lines`
  segment.kind = 'headingContinuation'
  segment.reason = `continues the ${what === 'heading' ? 'heading' : 'address line'} above`
}
