/**
 * Dates with a month's name: `July 18, 1941`, `18th of July, 1941`, `July, 1941`, and a year
 * printed with two digits after an apostrophe (`June 3, '82`), whose century only the document
 * can give.
 */
import {pattern} from '../../lexicon/index.js'
import {build, daySource, dayPart, monthNumber, monthSource, noCentury, undecided, yearPart, yearSource, type DateFormat, type FoundDate} from './parts.js'

/** A date with a month's name (`July 18, 1941`, `3d of Septr. 1781`, `June, 1942`): its named groups read. */
function readNamed(match: RegExpExecArray): FoundDate | null {
  const groups = match.groups!
  const problems: string[] = []
  const d = groups.day === undefined ? undefined : dayPart(groups.day, groups.suffix, problems)
  const y = yearPart(groups.year!, problems)
  if (d === null || !y) return null
  return build(match[0], match.index, {year: y.value, month: monthNumber(groups.month!), day: d?.value}, (d?.repaired ?? false) || y.repaired, problems)
}

/** `June 3, '82`: month and day read, the century left to the document. */
function readShortYear(match: RegExpExecArray): FoundDate | null {
  const groups = match.groups!
  const problems: string[] = []
  const d = dayPart(groups.day!, groups.suffix, problems)
  if (!d || d.repaired) return null
  const printed = match[0].slice(match[0].length - 3)
  problems.push(noCentury(printed))
  return undecided(match[0], match.index, {year: Number(groups.short), shortYear: true, month: monthNumber(groups.month!)!, day: d.value, order: false}, problems)
}

/** The formats with a month's name, in the order that breaks ties. */
export const namedFormats: DateFormat[] = [
  {
    example: 'July 18, 1941',
    pattern: pattern('giu')`\b(?<month>${monthSource})\s*${daySource}\s*(?:,\s*)?${yearSource}`,
    may: (clues) => clues.named,
    read: readNamed
  },
  {
    example: '18th of July, 1941',
    pattern: pattern('giu')`(?<![0-9])${daySource}\s+(?:of\s+)?(?<month>${monthSource})\s*(?:,\s*)?${yearSource}`,
    may: (clues) => clues.named,
    read: readNamed
  },
  {
    example: 'July, 1941',
    pattern: pattern('giu')`\b(?<month>${monthSource})\s*(?:,\s*)?${yearSource}`,
    may: (clues) => clues.named,
    read: readNamed
  },
  {
    example: "June 3, '82",
    pattern: pattern('giu')`\b(?<month>${monthSource})\s*${daySource}\s*(?:,\s*)?['’](?<short>[0-9]{2})(?![0-9])`,
    may: (clues) => clues.named && (clues.text.includes("'") || clues.text.includes('’')),
    read: readShortYear
  }
]
