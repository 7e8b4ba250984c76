/** A salutation with the dash printers set after it: `Dear Sir:--`, `MY DEAR SIR,—`. */
import {isSalutation} from '../../extract/lines.js'
import {defineForm} from './types.js'

const trailingDash = /(?<=[,:.])(?:--|—)$/u

export const dashedSalutation = defineForm({
  kind: 'salutation',
  maxLength: 72,
  hint: (text) => trailingDash.test(text),
  read: (text) => (isSalutation(text.replace(trailingDash, '')) ? {parts: true} : null),
  reason: () => 'a salutation alone on a line, a dash after it'
})
