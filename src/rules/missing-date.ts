import {findImpossibleDates} from './impossible-date.js'
import {letterPlace} from './place.js'
import {findUnreadableDates} from './unreadable-date.js'
import {perLetter, type Rule} from './rule.js'

/**
 * A letter with no date at all: no dateline, no `Sent on`/`Received on` line, no date in its
 * heading. A letter whose date is printed but impossible or unreadable is left to
 * `impossible-date` and `unreadable-date`.
 */
export const missingDate: Rule = perLetter({
  id: 'missing-date',
  severity: 'warn',
  description: 'A letter without any date (written, sent or received).',
  checkLetter(compiled, report) {
    if (compiled.letter.date !== null || compiled.letter.received !== null) return
    if (findImpossibleDates(compiled).length > 0 || findUnreadableDates(compiled).length > 0) return
    report({
      place: letterPlace(compiled),
      reason: 'Unexpected letter without a date, expected a dateline (`July 18, 1941`), a `Sent on …` or `Received on …` line, or a date in the heading'
    })
  }
})
