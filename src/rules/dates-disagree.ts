import type {Rule} from './rule.js'

/** One letter's date printed twice, differently. */
export const datesDisagree: Rule = {
  id: 'dates-disagree',
  severity: 'warn',
  description: 'A letter prints its date twice and the two differ.',
  check({letters, report}) {
    for (const {dateProblems} of letters) {
      for (const problem of dateProblems) {
        if (problem.reason !== 'disagree') continue
        report({place: problem.node.position, reason: `Unexpected second date ${problem.detail}, expected the same date as above`})
      }
    }
  }
}
