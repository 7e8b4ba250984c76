/** `No. 14.]` (a despatch number), `Number 616.`, `297` alone on a line (a telegram serial). */
import {readSerial} from '../../extract/lines.js'
import {defineForm} from './types.js'

export const serial = defineForm({
  kind: 'serial',
  maxLength: 29,
  hint: (_text, facts) => facts.hasDigit,
  read(text) {
    const parts = readSerial(text)
    return parts ? {parts} : null
  },
  reason: (result) => (result.parts.kind === 'despatch' ? '`No. N.]`: a despatch number' : 'a number alone on a line: a telegram serial')
})
