/**
 * Dates: find a printed date in a string and read it into an ISO 8601 calendar date
 * cut to the precision printed. No `Date` objects, no time zones, no invented parts.
 *
 * The formats are one ordered table (`formats`), one file a family of formats (`date/named.ts`,
 * `date/numeric.ts`), as chrono keeps one parser a format: each finds its first match in the
 * text, and the leftmost, then longest, match that reads as a date wins (on a tie, the format
 * earlier in the table). What a date alone cannot decide (`5/1/1850`, `'82`) is left `undecided`
 * for the document to decide (`date/evidence.ts`).
 */
import {foreignMonths, months, pattern} from '../lexicon/index.js'
import {namedFormats} from './date/named.js'
import {numericFormats} from './date/numeric.js'
import {monthSource, type Clues, type DateFormat, type FoundDate} from './date/parts.js'

export {monthNumber, monthSource, type FoundDate, type Undecided} from './date/parts.js'

/** The start of a month's name after a word boundary, where the formats that need one can match. */
const monthStart = pattern('iu')`\b(?:${months.map((forms) => forms[0]!.slice(0, 3))}|${foreignMonths.flat()})`

/** The formats, in the order that breaks ties. */
const formats: DateFormat[] = [...namedFormats, ...numericFormats]

/** Three digits, anywhere (a regular expression scans faster than a loop over the characters). */
const threeDigits = /\d\D*\d\D*\d/

/**
 * Find the first (leftmost, then longest) date in `text`.
 * `bare` also accepts a bare year (`1941`); only use it on text that is a date line.
 */
export function findDate(text: string, options: {bareYear?: boolean} = {}): FoundDate | null {
  // Every readable date has at least three digits (a year keeps three even when OCR turned one
  // into a letter): most lines have fewer, and skip the scans below.
  if (!threeDigits.test(text)) return null
  const clues: Clues = {text, named: monthStart.test(text), bareYear: options.bareYear === true}
  const candidates: Array<{match: RegExpExecArray; format: DateFormat}> = []
  for (const format of formats) {
    if (!format.may(clues)) continue
    format.pattern.lastIndex = 0
    const match = format.pattern.exec(text)
    if (match) candidates.push({match, format})
  }
  candidates.sort((a, b) => a.match.index - b.match.index || b.match[0].length - a.match[0].length)
  for (const {match, format} of candidates) {
    const found = format.read(match)
    if (found) return found
  }
  return null
}

/** Read `text` as a date when the whole of it (trimmed, end punctuation aside) is one. */
export function readDate(text: string): FoundDate | null {
  const found = findDate(text, {bareYear: true})
  if (!found) return null
  const before = text.slice(0, found.start)
  const after = text.slice(found.end)
  if (/\S/.test(before) || /[^\s.,;:)\]]/.test(after)) return null
  return found
}

/** Does `text` look like a date that could not be read (`July 38, 1941` is read but impossible)? */
const dateShaped = pattern('iu')`^\W*(?:${monthSource})\s*[0-9lIO]\S*\s*(?:,\s*)?[0-9lIO]{2,4}\W*$`

export function looksLikeDate(text: string): boolean {
  return dateShaped.test(text) || /^\W*\d{1,2}[./-]\d{1,2}[./-]\d{1,4}\W*$/u.test(text)
}
