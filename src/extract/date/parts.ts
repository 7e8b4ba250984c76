/**
 * What every date format shares: the value a format reads (`FoundDate`), the printed parts
 * (a day, a year, OCR letters for digits) and how parts become an ISO 8601 date cut to the
 * precision printed. No `Date` objects, no time zones, no invented parts.
 */
import {foreignMonths, months, words} from '../../lexicon/index.js'
import {isRealIsoDate} from '../../schema/date.js'

/**
 * What a date cannot decide by itself and the document may (see `settleDate`): the order of a
 * numeric date whose two first numbers could both be the month (`5/1/1850`), the century of a
 * year printed with two digits (`'82`).
 */
export interface Undecided {
  /** The year: four digits, or the two printed when `shortYear`. */
  year: number
  shortYear: boolean
  /** Month and day read day first (`5/1/1850`: day 5, month 1) when `order`; `mdy` swaps them. */
  month: number
  day: number
  /** Day and month could be either way round. */
  order: boolean
}

export interface FoundDate {
  /** Offsets of the date phrase in the searched string. */
  start: number
  end: number
  /** The date phrase as printed. */
  text: string
  /**
   * `null` when the phrase is date-shaped but not a real date (`February 30, 1942`), or when
   * the date alone does not decide its value (`undecided`).
   */
  iso: string | null
  precision: 'day' | 'month' | 'year'
  /** A part was repaired or supplied: OCR letters for digits, a century, a day/month order. */
  inferred: boolean
  /** Why the value is inferred or missing, in words. */
  problems: string[]
  /** What only the document can decide (`iso` is then `null` until `settleDate` decides it). */
  undecided?: Undecided | undefined
  /** The order a numeric date shows by itself: `12/25/1850` can only be month first. */
  order?: 'dmy' | 'mdy' | undefined
}

/** Month numbers by the first three letters of the month's name (`sep` → 9). */
const monthNumbers = new Map(months.map((forms, index) => [forms[0]!.slice(0, 3).toLowerCase(), index + 1]))
/** Month numbers of other languages' names, whole (`décembre` → 12). */
const foreignNumbers = new Map(foreignMonths.flatMap((forms, index) => forms.map((form) => [form.toLowerCase(), index + 1] as const)))

/** The number of the month `name` names (`Septr.` → 9 by its first three letters; `Décembre` → 12). */
export function monthNumber(name: string): number | undefined {
  return foreignNumbers.get(name.replace(/\.$/u, '').toLowerCase()) ?? monthNumbers.get(name.slice(0, 3).toLowerCase())
}

/** A month's name in any of its forms (`January`, `Sept`, `Novr`, `Décembre`), then an optional full stop. */
export const monthSource = String.raw`${words([...months.flat(), ...foreignMonths.flat()])}\.?`
/** Day, with OCR letters allowed (`llth`) and ordinals (`3d`, `18th`). */
export const daySource = String.raw`(?<day>[0-9lIO]{1,2})(?<suffix>st|nd|rd|th|d)?\.?`
/** Year, with OCR letters allowed (`194l`). */
export const yearSource = String.raw`(?<year>[0-9lIO]{4})(?![0-9])`

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

/** The date of `parts`, printed as `text` at `start`; `iso` is `null` (with a problem) when it is not a real date. */
export function build(
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

/** A date to the day that the document must decide: no value yet, and the problems say what is missing. */
export function undecided(text: string, start: number, parts: Undecided, problems: string[]): FoundDate {
  return {start, end: start + text.length, text, iso: null, precision: 'day', inferred: false, problems, undecided: parts}
}

/** A day as printed: digits, or OCR letters next to an ordinal suffix (`llth`), or a lower-case `l` (`December l, 1843`). */
export function dayPart(value: string, suffix: string | undefined, problems: string[]): {value: number; repaired: boolean} | null {
  const read = ocrNumber(value)
  if (!read) return null
  // Letters standing for digits are only trusted next to an ordinal suffix (`llth`), or when they
  // are a lower-case `l`, which is no word (`December_ l, 1843`: the 1843 Blue Book); `I` and `O` are.
  if (read.repaired && !suffix && !/^[0-9l]+$/u.test(value)) return null
  if (read.repaired) problems.push(`OCR letters read as digits in day \`${value}${suffix ?? ''}\``)
  return read
}

/** A four-digit year as printed, one OCR letter allowed (`194l`). */
export function yearPart(value: string, problems: string[]): {value: number; repaired: boolean} | null {
  const read = ocrNumber(value)
  if (!read) return null
  const letters = value.replace(/\d/g, '').length
  if (letters > 1) return null
  if (read.repaired) problems.push(`OCR letter read as digit in year \`${value}\``)
  return read
}

/** The problem of a year printed without its century. */
export const noCentury = (printed: string) => `the year \`${printed}\` prints no century`

/** The problem of a numeric date that could be read either way round. */
export const eitherOrder = (printed: string) => `\`${printed}\` could be day first or month first`

/** What a format may look at before it runs its pattern. */
export interface Clues {
  text: string
  /** A month's name starts after a word boundary somewhere in the text. */
  named: boolean
  /** The caller accepts a bare year. */
  bareYear: boolean
}

/** One printed date format: a pattern (global, for `lastIndex`), a cheap test, and how to read a match. */
export interface DateFormat {
  example: string
  pattern: RegExp
  /** Can the pattern match at all? (Cheaper than running it.) */
  may: (clues: Clues) => boolean
  read: (match: RegExpExecArray) => FoundDate | null
}
