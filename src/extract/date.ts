/**
 * Dates: find a printed date in a string and read it into an ISO 8601 calendar date
 * cut to the precision printed. No `Date` objects, no time zones, no invented parts.
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
const month = monthSource
// Day, with OCR letters allowed (`llth`) and ordinals (`3d`, `18th`).
const day = '([0-9lIO]{1,2})(st|nd|rd|th|d)?\\.?'
// Year, with OCR letters allowed (`194l`).
const year = '([0-9lIO]{4})(?![0-9])'

const monthDayYear = pattern('giu')`\b(${month})\s*${day}\s*(?:,\s*)?${year}`
const dayMonthYear = pattern('giu')`(?<![0-9])${day}\s+(?:of\s+)?(${month})\s*(?:,\s*)?${year}`
const monthYear = pattern('giu')`\b(${month})\s*(?:,\s*)?${year}`
// The start of a month name where the three patterns above can match it (after a word boundary).
const monthName = pattern('iu')`\b${months.map((forms) => forms[0]!.slice(0, 3))}`
const isoDate = /(?<!\d)(\d{4})-(\d{2})(?:-(\d{2}))?(?!\d)/gu
const numericDate = /(?<![0-9./])(\d{1,2})([./])(\d{1,2})\2(\d{4}|\d{2})(?!\d)/gu
const bareYear = /(?<!\d)(1\d{3}|20\d{2})(?!\d)/gu

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

const monthOf = monthNumber

interface Candidate {
  index: number
  make: () => FoundDate | null
  length: number
}

/** Three digits, anywhere (a regular expression scans faster than a loop over the characters). */
const threeDigits = /\d\D*\d\D*\d/

function firstMatch(pattern: RegExp, text: string): RegExpExecArray | null {
  pattern.lastIndex = 0
  return pattern.exec(text)
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

/**
 * Find the first (leftmost, then longest) date in `text`.
 * `bare` also accepts a bare year (`1941`); only use it on text that is a date line.
 */
export function findDate(text: string, options: {bareYear?: boolean} = {}): FoundDate | null {
  // Every readable date has at least three digits (a year keeps three even when OCR turned one
  // into a letter): most lines have fewer, and skip the six scans below.
  if (!threeDigits.test(text)) return null
  const candidates: Candidate[] = []
  // Each pattern below needs a month name, a hyphen, or a `.` or `/`: test for those first.
  const named = monthName.test(text)

  const mdy = named ? firstMatch(monthDayYear, text) : null
  if (mdy) {
    candidates.push({
      index: mdy.index,
      length: mdy[0].length,
      make() {
        const problems: string[] = []
        const d = dayPart(mdy[2]!, mdy[3], problems)
        const y = yearPart(mdy[4]!, problems)
        if (!d || !y) return null
        return build(mdy[0], mdy.index, {year: y.value, month: monthOf(mdy[1]!), day: d.value}, d.repaired || y.repaired, problems)
      }
    })
  }

  const dmy = named ? firstMatch(dayMonthYear, text) : null
  if (dmy) {
    candidates.push({
      index: dmy.index,
      length: dmy[0].length,
      make() {
        const problems: string[] = []
        const d = dayPart(dmy[1]!, dmy[2], problems)
        const y = yearPart(dmy[4]!, problems)
        if (!d || !y) return null
        return build(dmy[0], dmy.index, {year: y.value, month: monthOf(dmy[3]!), day: d.value}, d.repaired || y.repaired, problems)
      }
    })
  }

  const my = named ? firstMatch(monthYear, text) : null
  if (my) {
    candidates.push({
      index: my.index,
      length: my[0].length,
      make() {
        const problems: string[] = []
        const y = yearPart(my[2]!, problems)
        if (!y) return null
        return build(my[0], my.index, {year: y.value, month: monthOf(my[1]!)}, y.repaired, problems)
      }
    })
  }

  const iso = text.includes('-') ? firstMatch(isoDate, text) : null
  if (iso) {
    candidates.push({
      index: iso.index,
      length: iso[0].length,
      make: () =>
        build(iso[0], iso.index, {year: Number(iso[1]), month: Number(iso[2]), day: iso[3] === undefined ? undefined : Number(iso[3])}, false, [])
    })
  }

  const numeric = text.includes('.') || text.includes('/') ? firstMatch(numericDate, text) : null
  if (numeric) {
    candidates.push({
      index: numeric.index,
      length: numeric[0].length,
      make() {
        const problems: string[] = []
        let a = Number(numeric[1])
        let b = Number(numeric[3])
        const yearText = numeric[4]!
        let inferred = false
        let y = Number(yearText)
        if (yearText.length === 2) {
          y += 1900
          inferred = true
          problems.push(`two-digit year \`${yearText}\` read as ${y}`)
        }
        // Day first (European and Soviet editions); month first only when the day cannot be.
        if (numeric[2] === '/' && a <= 12 && b > 12) [a, b] = [b, a]
        return build(numeric[0], numeric.index, {year: y, month: b, day: a}, inferred, problems)
      }
    })
  }

  if (options.bareYear) {
    const bare = firstMatch(bareYear, text)
    if (bare) {
      candidates.push({index: bare.index, length: bare[0].length, make: () => build(bare[0], bare.index, {year: Number(bare[1])}, false, [])})
    }
  }

  candidates.sort((a, b) => a.index - b.index || b.length - a.length)
  for (const candidate of candidates) {
    const found = candidate.make()
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
const dateShaped = pattern('iu')`^\W*(?:${month})\s*[0-9lIO]\S*\s*(?:,\s*)?[0-9lIO]{2,4}\W*$`

export function looksLikeDate(text: string): boolean {
  return dateShaped.test(text) || /^\W*\d{1,2}[./-]\d{1,2}[./-]\d{1,4}\W*$/u.test(text)
}
