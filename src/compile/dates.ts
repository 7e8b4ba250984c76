/** Date written, date received, place: from datelines, action lines, the heading, metadata. */
import {findDate, type FoundDate} from '../extract/date.js'
import type {Settled} from '../extract/date/evidence.js'
import {readActionLine, readDateline, type DatelineParts} from '../extract/dateline.js'
import {noYear, readYearlessDateline} from '../extract/yearless-dateline.js'
import {placeName} from '../extract/place.js'
import {readOrParse} from '../parse/readings.js'
import type {DateValue} from '../schema/date.js'
import {nodeText, spanPosition, toString, type NodeText} from '../tree/to-string.js'
import type * as T from '../tree/types.js'
import {positionOf, type LetterContext} from './context.js'

export interface DateProblem {
  node: T.LetterContent
  found: FoundDate | null
  reason: 'impossible' | 'unreadable' | 'undecided' | 'inferred' | 'disagree'
  detail: string
}

export interface Dates {
  date: DateValue | null
  received: DateValue | null
  place: string | null
  placePosition: DateValue['position']
  problems: DateProblem[]
}

/** The date value of `found`, which every caller has checked to be a real date (`iso` set). */
function value(text: NodeText, found: FoundDate, raw: string): DateValue {
  return {
    raw,
    text: found.text,
    iso: found.iso!,
    precision: found.precision,
    inferred: found.inferred,
    position: spanPosition(text, found.start, found.end)
  }
}

/** `found` with what the document decides for it (`5/1/1850`'s order, `'82`'s century), and why. */
function settle(context: LetterContext, node: T.LetterContent, found: FoundDate): Settled {
  return context.dates.settle(found, (node.position?.start.offset ?? 0) + found.start)
}

/**
 * The value of `found` as the document settles it, with the reasons it is inferred; `null` when
 * it has none, the problem noted (an undecided date is unreadable, any other impossible).
 */
function settleValue(context: LetterContext, node: T.LetterContent, text: NodeText, found: FoundDate, raw: string, problems: DateProblem[]): {value: DateValue; reasons: string[]} | null {
  const settled = settle(context, node, found)
  if (settled.found.iso) return {value: value(text, settled.found, raw), reasons: settled.reasons}
  if (found.undecided) problems.push({node, found: settled.found, reason: 'undecided', detail: settled.found.problems.join('; ')})
  else problems.push({node, found, reason: 'impossible', detail: found.text})
  return null
}

/** The value settled, its reasons noted as the letter's inferences of `field`. */
function useValue(context: LetterContext, settled: {value: DateValue; reasons: string[]} | null, field: string): DateValue | null {
  for (const reason of settled?.reasons ?? []) context.inferences.push({field, reason})
  return settled?.value ?? null
}

/** `WASHINGTO N` → `WASHINGTON`: a letter split off a word in capitals by OCR. */
function joinSplitCapitals(line: string): {value: string; repaired: boolean} {
  const match = /^(\p{Lu}{3,}) (\p{Lu})$/u.exec(line.trim())
  if (match) return {value: match[1]! + match[2]!, repaired: true}
  return {value: line.trim(), repaired: false}
}

function titleCase(value: string): string {
  if (value !== value.toUpperCase()) return value
  return value.toLowerCase().replace(/(^|[\s-])(\p{L})/gu, (_, before: string, letter: string) => before + letter.toUpperCase())
}

/** The first date of receipt a note tells: `endorsed as received “at Eppington Dec. 11. 1789”`. */
function receivedInNotes(context: LetterContext, nodes: ReadonlyArray<T.Source | T.EditorialNote>): DateValue | null {
  for (const node of nodes) {
    const text = context.spaced(node)
    // A look for the letters first, without `u` (`/iu` folds case the slow way; for these ASCII
    // letters both match the same), as most notes have no `received`.
    if (!/received/i.test(text.value)) continue
    const at = /\breceived\b/iu.exec(text.value)
    if (!at) continue
    const window = text.value.slice(at.index, at.index + 80)
    const found = findDate(window)
    if (!found?.iso) continue
    const shifted = {...found, start: found.start + at.index, end: found.end + at.index}
    const received = value(text, shifted, text.value.slice(at.index, shifted.end))
    context.inferences.push({field: 'received', reason: `the date of receipt is read from the note \`${text.value.slice(at.index, shifted.end)}\``})
    return received
  }
  return null
}

/** A dateline with a year, or one without (its date then has no value). */
function readAnyDateline(text: string): DatelineParts | null {
  return readDateline(text) ?? readYearlessDateline(text)
}

export function compileDates(context: LetterContext, headingDate: FoundDate | null, headingText: NodeText | null): Dates {
  const problems: DateProblem[] = []
  let date: DateValue | null = null
  let received: DateValue | null = null
  let place: string | null = null
  let placePosition: DateValue['position'] = null

  const datelines = context.byType('dateline')
  const readings: Array<{node: T.Dateline; value: DateValue; reasons: string[]}> = []
  for (const node of datelines) {
    const text = nodeText(node, {breaks: '\n'})
    // A dateline over two lines: the date is on the last one.
    const lastBreak = text.value.lastIndexOf('\n')
    const line = text.value.slice(lastBreak + 1)
    let parsed = readOrParse(node, 'dateline', line, readAnyDateline)
    if (!parsed) {
      const loose = findDate(line, {bareYear: true})
      parsed = loose ? {date: loose, place: null, supplied: false} : null
    }
    if (!parsed) {
      problems.push({node, found: null, reason: 'unreadable', detail: toString(node)})
      continue
    }
    const shift = lastBreak + 1
    // The date read is this call's own object: shifted in a copy only for a dateline over lines.
    const shifted = shift === 0 ? parsed.date : {...parsed.date, start: parsed.date.start + shift, end: parsed.date.end + shift}
    const {found, reasons} = settle(context, node, shifted)
    if (parsed.place && place === null) {
      const name = placeName(parsed.place.text)
      place = name.text
      placePosition = spanPosition(text, parsed.place.start + name.start + shift, parsed.place.start + name.end + shift)
      if (parsed.place.bracketed) context.inferences.push({field: 'place', reason: `the place \`${place}\` is supplied by the editor in brackets`})
    }
    if (!found.iso) {
      if (shifted.undecided) problems.push({node, found, reason: 'undecided', detail: found.problems.join('; ')})
      else if (found.problems.includes(noYear)) problems.push({node, found, reason: 'unreadable', detail: `${found.text} (${noYear})`})
      else problems.push({node, found, reason: 'impossible', detail: found.text})
      continue
    }
    if (found.inferred && reasons.length === 0) problems.push({node, found, reason: 'inferred', detail: found.problems.join('; ')})
    if (parsed.supplied) reasons.push(`the date \`${found.text}\` is supplied by the editor in brackets`)
    const reading = value(text, found, toString(node, {breaks: ' '}))
    if (parsed.supplied) reading.inferred = true
    readings.push({node, value: reading, reasons})
  }
  if (readings.length > 0) {
    date = readings[0]!.value
    for (const reason of readings[0]!.reasons) context.inferences.push({field: 'date', reason})
    for (const reading of readings.slice(1)) {
      if (reading.value.iso !== date.iso) {
        problems.push({node: reading.node, found: null, reason: 'disagree', detail: `\`${reading.value.text}\` against \`${date.text}\``})
      }
    }
  }

  for (const node of context.byType('actionLine')) {
    const text = context.spaced(node)
    const action = readOrParse(node, 'action', text.value, readActionLine)
    if (!action) continue
    const settled = action.date ? settleValue(context, node, text, action.date, text.value.trim(), problems) : null
    if (action.date && !settled) continue
    let v: DateValue | null = settled?.value ?? null
    if (!v && action.partial && date) {
      // `[Received October 2—11:58 a.m.]`: the year is the letter's own.
      const year = date.iso.slice(0, 4)
      const iso = `${year}-${String(action.partial.month).padStart(2, '0')}-${String(action.partial.day).padStart(2, '0')}`
      v = {raw: text.value.trim(), text: action.partial.text, iso, precision: 'day', inferred: true, position: spanPosition(text, action.partial.start, action.partial.end)}
      context.inferences.push({field: action.action === 'received' ? 'received' : 'date', reason: `the year of \`${action.partial.text}\` is taken from the letter’s date (${year})`})
    }
    if (!v) continue
    const field = action.action === 'received' ? 'received' : 'date'
    if ((field === 'received' ? received : date) !== null) continue
    if (field === 'received') received = v
    else date = v
    for (const reason of settled?.reasons ?? []) context.inferences.push({field, reason})
  }

  if (!received) {
    // An editorial note: `endorsed as received “at Eppington Dec. 11. 1789”`.
    received = receivedInNotes(context, context.byType('source')) ?? receivedInNotes(context, context.byType('editorialNote'))
  }

  if (!date) {
    const metadata = context.byType('metadata').find((node) => node.key === 'date')
    if (metadata) {
      const text = nodeText(metadata)
      const found = findDate(text.value, {bareYear: true})
      if (found?.iso || found?.undecided) date = useValue(context, settleValue(context, metadata, text, found, text.value.trim(), problems), 'date')
    }
  }
  const headingNode = context.first('heading')
  if (!date && (headingDate?.iso || headingDate?.undecided) && headingText && headingNode) {
    date = useValue(context, settleValue(context, headingNode, headingText, headingDate, headingText.value.trim(), problems), 'date')
  }

  if (place === null) {
    const letterhead = context.byType('letterhead').at(-1)
    if (letterhead) {
      const text = nodeText(letterhead)
      const lastLine = text.value.slice(text.value.lastIndexOf('\n') + 1)
      const joined = joinSplitCapitals(lastLine)
      place = titleCase(joined.value)
      const start = text.value.lastIndexOf('\n') + 1
      placePosition = spanPosition(text, start, text.value.length) ?? positionOf(letterhead)
      if (joined.repaired) context.inferences.push({field: 'place', reason: `the letterhead \`${lastLine.trim()}\` is read as \`${joined.value}\` (a letter split off by OCR)`})
    }
  }
  return {date, received, place, placePosition, problems}
}
