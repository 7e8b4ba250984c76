/**
 * Classify: one pass over the lines gives each non-blank line (a segment) the kind its own text
 * allows, read by the line forms (`forms/`), with the reason. Context is applied later, by
 * `segment`.
 */
import {stripEmphasis} from '../extract/emphasis.js'
import {isNameLine} from '../extract/lines.js'
import {noteForms, readLine, shortLine, type Kind, type Parts, type PartsByKind} from './forms/index.js'
import type {Line} from './lines.js'
import type {Readings} from './readings.js'
import {splitColumns} from './columns.js'
import {splitReceiptNote} from './receipt-note.js'
import {splitCloseAndName, splitRunOn} from './run-on.js'
import {joinWrappedHeading} from './wrapped-heading.js'

export type {Kind} from './forms/index.js'

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
  /** Blank lines just before this line (0 inside a block; the first line counts from the top). */
  blanksBefore: number
  kind: Kind
  reason: string
  /** What the line’s form read from it (see `PartsByKind`); `null` for kinds without parts. */
  parts: Parts | null
  /** What the extractors read from this line, with the text they read (for the compiler). */
  readings: Readings | undefined
  /** Signature-like (a name line), besides its kind. */
  nameLike: boolean
  /** Quotation marks opened minus closed on this line. */
  quoteDelta: number
}

/** The parts of `segment` when it is of `kind`. */
export function partsOf<K extends keyof PartsByKind>(segment: Segment, kind: K): PartsByKind[K] | undefined {
  return segment.kind === kind ? (segment.parts as PartsByKind[K]) : undefined
}

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

/** Kinds whose parts the compiler reads again: kept with the text they were read from. */
const kept: Partial<Record<Kind, keyof Readings>> = {heading: 'heading', address: 'address', dateline: 'dateline', actionLine: 'action'}

/** Give one segment its context-free kind. */
function classifyText(segment: Segment): void {
  const text = segment.text
  const nameLike = text.length <= shortLine && isNameLine(stripEmphasis(text))
  const reading = readLine(text, {indent: segment.indent, hasDigit: /\d/u.test(text), nameLike})
  segment.kind = reading.kind
  segment.reason = reading.reason
  segment.nameLike = nameLike && !(reading.form && noteForms.has(reading.form))
  const result = reading.result
  if (!result || result.parts === true) return
  segment.parts = result.parts
  const keep = kept[reading.kind]
  if (keep) segment.readings = {[keep]: {text: result.text ?? text, value: result.parts}}
}

/** Make segments from lines: one per non-blank line, with its block and kinds. */
export function classify(text: string, lines: readonly Line[]): Segment[] {
  const segments: Segment[] = []
  let block = 0
  let previousBlank = true
  let blanks = 0
  for (const line of lines) {
    if (line.contentStart === line.contentEnd) {
      if (!previousBlank) block++
      previousBlank = true
      blanks++
      continue
    }
    previousBlank = false
    const blanksBefore = blanks
    blanks = 0
    let indent = 0
    for (let i = line.start; i < line.contentStart; i++) indent += text.charCodeAt(i) === 9 ? 4 : 1
    const lineText = text.slice(line.contentStart, line.contentEnd)
    const pieces = splitRunOn(lineText) ?? splitReceiptNote(lineText) ?? splitColumns(lineText) ?? splitCloseAndName(lineText, isNameLine) ?? [{start: 0, end: lineText.length}]
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
        blanksBefore: piece.start === 0 ? blanksBefore : 0,
        kind: 'prose',
        reason: '',
        parts: null,
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
