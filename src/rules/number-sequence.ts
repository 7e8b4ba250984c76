import type {Rule} from './rule.js'

/**
 * Document numbers (`No. 28`) across the file: a repeat, a number out of order, or a gap
 * (a number skipped that appears nowhere in the file). Only plain numbers are compared.
 */
export const numberSequence: Rule = {
  id: 'number-sequence',
  severity: 'warn',
  description: 'Document numbers that repeat, go backwards or skip.',
  check({letters, report}) {
    const numbered = letters
      .map(({letter}) => ({letter, value: letter.number !== null && /^\d{1,9}$/u.test(letter.number) ? Number(letter.number) : null}))
      .filter((entry): entry is {letter: (typeof letters)[number]['letter']; value: number} => entry.value !== null)
    const all = new Set(numbered.map((entry) => entry.value))
    const seen = new Set<number>()
    let highest: number | null = null
    for (const {letter, value} of numbered) {
      const place = letter.positions.number ?? letter.position
      if (highest !== null) {
        const next = highest + 1
        if (seen.has(value)) {
          report({place, reason: `Unexpected repeated number \`No. ${value}\`, expected \`No. ${next}\``, actual: String(value), expected: all.has(next) ? undefined : [String(next)]})
        } else if (value < highest) {
          report({place, reason: `Unexpected \`No. ${value}\` after \`No. ${highest}\`, expected numbers in ascending order`, actual: String(value)})
        } else if (value > next) {
          const skipped: number[] = []
          for (let n = next; n < value && skipped.length <= 3; n++) if (!all.has(n)) skipped.push(n)
          if (skipped.length > 0) {
            const gap = value - next === 1 ? `\`No. ${next}\`` : `\`No. ${next}\`–\`No. ${value - 1}\``
            report({place, reason: `Unexpected \`No. ${value}\` after \`No. ${highest}\`, expected ${gap} first`, actual: String(value)})
          }
        }
      }
      seen.add(value)
      highest = highest === null ? value : Math.max(highest, value)
    }
  }
}
