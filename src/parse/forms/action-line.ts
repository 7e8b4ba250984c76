/** `Received on November 22, 1941.`, `Sent on …`: an action line with a date. */
import {readActionLine} from '../../extract/dateline.js'
import {defineForm} from './types.js'

export const actionLine = defineForm({
  kind: 'actionLine',
  offsets: true,
  maxLength: 159,
  hint: (_text, facts) => facts.hasDigit,
  read(text) {
    const parts = readActionLine(text)
    return parts ? {parts} : null
  },
  reason: (result) => `a \`${result.parts.action}\` action line with a date`
})
