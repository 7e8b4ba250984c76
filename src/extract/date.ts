/**
 * Dates: find a printed date in a string and read it into an ISO 8601 calendar date
 * cut to the precision printed. No `Date` objects, no time zones, no invented parts.
 *
 * The formats are one ordered table (`formats`), one entry a format, as chrono keeps one parser a
 * format: each finds its first match in the text, and the leftmost, then longest, match that reads
 * as a date wins (on a tie, the format earlier in the table).
 */
import {months, pattern, words} from '../lexicon/index.js'
import {isRealIsoDate} from '../schema/date.js'

export interface FoundDate {
  /** Offsets of the date phrase in the searched string. */
  start: number
  end: number
  /** The date phrase as printed. */
  text: string
  /** `null` when the phrase is date-shaped but not a real date (`February 30, 1942`). */
  iso: string | null
  precision: 'day' | 'month' | 'year'
  /** A part was repaired or supplied: OCR letters for digits, a two-digit year. */
  inferred: boolean
  /** Why the value is inferred or missing, in words. */
  problems: string[]
}

/** Month numbers by the first three letters of the month's name (`sep` → 9). */
const monthNumbers = new Map(months.map((forms, index) => [forms[0]!.slice(0, 3).toLowerCase(), index + 1]))

/** The number of the month `name` names (`Septr.` → 9), by its first three letters. */
export function monthNumber(name: string): number | undefined {
  return monthNumbers.get(name.slice(0, 3).toLowerCase())
}

/** A month's name in any of its forms (`January`, `Sept`, `Novr`), then an optional full stop. */
export const monthSource = String.raw`${words(months.flat())}\.?`
// Day, with OCR letters allowed (`llth`) and ordinals (`3d`, `18th`).
const day = String.raw`(?<day>[0-9lIO]{1,2})(?<suffix>st|nd|rd|th|d)?\.?`
// Year, with OCR letters allowed (`194l`).
const year = String.raw`(?<year>[0-9lIO]{4})(?![0-9])`

/** The start of a month's name after a word boundary, where the formats that need one can match. */
const monthStart = pattern('iu')`\b${months.map((forms) => forms[0]!.slice(0, 3))}`

/** Read digits that OCR may have turned into letters (`l`, `I` for 1, `O` for 0). */
function ocrNumber(value: string): {value: number; repaired: boolean} | null {
  let repaired = false
  let digits = ''
  for (const char of value) {
    if (char >= '0' && char <= '9') digits += char
    else if (char === 'l' || char === 'I') {
      digits += '1'
      repaired = true
    } else if (char === 'O') {
      digits += '0'
      repaired = true
    } else return null
  }
  if (digits.length === 0) return null
  return {value: Number(digits), repaired}
}

const pad = (value: number, size: number) => String(value).padStart(size, '0')

function build(
  text: string,
  start: number,
  parts: {year: number; month?: number | undefined; day?: number | undefined},
  inferred: boolean,
  problems: string[]
): FoundDate {
  const precision = parts.day !== undefined ? 'day' : parts.month !== undefined ? 'month' : 'year'
  let iso = pad(parts.year, 4)
  if (parts.month !== undefined) iso += '-' + pad(parts.month, 2)
  if (parts.day !== undefined) iso += '-' + pad(parts.day, 2)
  const valid = parts.year >= 1000 && parts.year <= 2099 && isRealIsoDate(iso)
  if (!valid) problems.push(`\`${text}\` is not a real date`)
  return {start, end: start + text.length, text, iso: valid ? iso : null, precision, inferred, problems}
}

function dayPart(value: string, suffix: string | undefined, problems: string[]): {value: number; repaired: boolean} | null {
  const read = ocrNumber(value)
  if (!read) return null
  // Letters standing for digits are only trusted next to an ordinal suffix (`llth`).
  if (read.repaired && !suffix) return null
  if (read.repaired) problems.push(`OCR letters read as digits in day \`${value}${suffix ?? ''}\``)
  return read
}

function yearPart(value: string, problems: string[]): {value: number; repaired: boolean} | null {
  const read = ocrNumber(value)
  if (!read) return null
  const letters = value.replace(/\d/g, '').length
  if (letters > 1) return null
  if (read.repaired) problems.push(`OCR letter read as digit in year \`${value}\``)
  return read
}

/** A date with a month's name (`July 18, 1941`, `3d of Septr. 1781`, `June, 1942`): its named groups read. */
function readNamed(match: RegExpExecArray): FoundDate | null {
  const groups = match.groups!
  const problems: string[] = []
  const d = groups.day === undefined ? undefined : dayPart(groups.day, groups.suffix, problems)
  const y = yearPart(groups.year!, problems)
  if (d === null || !y) return null
  return build(match[0], match.index, {year: y.value, month: monthNumber(groups.month!), day: d?.value}, (d?.repaired ?? false) || y.repaired, problems)
}

/** `18.07.1941`, `7/18/41`: day first (European and Soviet editions); month first only when the day cannot be. */
function readNumeric(match: RegExpExecArray): FoundDate {
  const problems: string[] = []
  let a = Number(match[1])
  let b = Number(match[3])
  const yearText = match[4]!
  let inferred = false
  let y = Number(yearText)
  if (yearText.length === 2) {
    y += 1900
    inferred = true
    problems.push(`two-digit year \`${yearText}\` read as ${y}`)
  }
  if (match[2] === '/' && a <= 12 && b > 12) [a, b] = [b, a]
  return build(match[0], match.index, {year: y, month: b, day: a}, inferred, problems)
}

/** What a format may look at before it runs its pattern. */
interface Clues {
  text: string
  /** A month's name starts after a word boundary somewhere in the text. */
  named: boolean
  /** The caller accepts a bare year. */
  bareYear: boolean
}

/** One printed date format: a pattern (global, for `lastIndex`), a cheap test, and how to read a match. */
interface DateFormat {
  example: string
  pattern: RegExp
  /** Can the pattern match at all? (Cheaper than running it.) */
  may: (clues: Clues) => boolean
  read: (match: RegExpExecArray) => FoundDate | null
}

/** The formats, in the order that breaks ties. */
const formats: DateFormat[] = [
  {
    example: 'July 18, 1941',
    pattern: pattern('giu')`\b(?<month>${monthSource})\s*${day}\s*(?:,\s*)?${year}`,
    may: (clues) => clues.named,
    read: readNamed
  },
  {
    example: '18th of July, 1941',
    pattern: pattern('giu')`(?<![0-9])${day}\s+(?:of\s+)?(?<month>${monthSource})\s*(?:,\s*)?${year}`,
    may: (clues) => clues.named,
    read: readNamed
  },
  {
    example: 'July, 1941',
    pattern: pattern('giu')`\b(?<month>${monthSource})\s*(?:,\s*)?${year}`,
    may: (clues) => clues.named,
    read: readNamed
  },
  {
    example: '1941-07-18',
    pattern: /(?<!\d)(\d{4})-(\d{2})(?:-(\d{2}))?(?!\d)/gu,
    may: (clues) => clues.text.includes('-'),
    read: (match) => build(match[0], match.index, {year: Number(match[1]), month: Number(match[2]), day: match[3] === undefined ? undefined : Number(match[3])}, false, [])
  },
  {
    example: '18.07.1941',
    pattern: /(?<![0-9./])(\d{1,2})([./])(\d{1,2})\2(\d{4}|\d{2})(?!\d)/gu,
    may: (clues) => clues.text.includes('.') || clues.text.includes('/'),
    read: readNumeric
  },
  {
    example: '1941',
    pattern: /(?<!\d)(1\d{3}|20\d{2})(?!\d)/gu,
    may: (clues) => clues.bareYear,
    read: (match) => build(match[0], match.index, {year: Number(match[1])}, false, [])
  }
]

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
