/**
 * Dates in numbers: `1941-07-18` (ISO), `18.07.1941`, `12/25/1850`, `26.5.43`, and a bare year
 * (`1941`). A numeric date says its order only when one of its first two numbers cannot be a
 * month (`12/25/1850`: month first; `25.12.1850`: day first); `5/1/1850` and a year of two digits
 * are left to the document (`settleDate`).
 */
import {build, eitherOrder, noCentury, undecided, type DateFormat, type FoundDate} from './parts.js'

/** `18.07.1941`, `12/25/1850`, `5/1/1850`, `26.5.43`. */
function readNumeric(match: RegExpExecArray): FoundDate {
  const a = Number(match[1])
  const b = Number(match[3])
  const yearText = match[4]!
  const shortYear = yearText.length === 2
  const order = a > 12 && b <= 12 ? 'dmy' : b > 12 && a <= 12 ? 'mdy' : null
  const either = order === null && a >= 1 && b >= 1 && a <= 12 && b <= 12 && a !== b
  const [day, month] = order === 'mdy' ? [b, a] : [a, b]
  const problems: string[] = []
  if (shortYear) problems.push(noCentury(yearText))
  if (either) problems.push(eitherOrder(match[0]))
  if (shortYear || either) {
    const found = undecided(match[0], match.index, {year: Number(yearText), shortYear, month, day, order: either}, problems)
    if (order) found.order = order
    return found
  }
  const found = build(match[0], match.index, {year: Number(yearText), month, day}, false, problems)
  if (order) found.order = order
  return found
}

/** The formats in numbers, in the order that breaks ties. */
export const numericFormats: DateFormat[] = [
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
