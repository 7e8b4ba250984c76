import type {Rule} from './rule.js'

/** A date-like line that could not be read. */
export const unreadableDate: Rule = {
  id: 'unreadable-date',
  severity: 'warn',
  description: 'A line placed as a date that cannot be read as one.',
  check({letters, report}) {
    for (const {dateProblems} of letters) {
      for (const problem of dateProblems) {
        if (problem.reason !== 'unreadable') continue
        report({place: problem.node.position, reason: `Unexpected unreadable date \`${problem.detail}\`, expected a date such as \`July 18, 1941\``, actual: problem.detail})
      }
    }
  }
}
