/** A dateline without a year: `STEVENTON, December 1.` (read after the datelines with one). */
import {readYearlessDateline} from '../../extract/yearless-dateline.js'
import {defineForm} from './types.js'

export const yearlessDateline = defineForm({
  kind: 'dateline',
  offsets: true,
  maxLength: 80,
  hint: (_text, facts) => facts.hasDigit,
  read(text) {
    const parts = readYearlessDateline(text)
    return parts ? {parts} : null
  },
  reason: () => 'a place and a date without a year'
})
