/** A dateline without a year: `STEVENTON, December 1.`, `HANS PLACE, Wednesday.` (read after the datelines with one). */
import {endsInWeekday, readYearlessDateline} from '../../extract/yearless-dateline.js'
import {defineForm} from './types.js'

export const yearlessDateline = defineForm({
  kind: 'dateline',
  offsets: true,
  maxLength: 80,
  hint: (text, facts) => facts.hasDigit || endsInWeekday(text),
  read(text) {
    const parts = readYearlessDateline(text)
    return parts ? {parts} : null
  },
  reason: () => 'a place and a date without a year'
})
