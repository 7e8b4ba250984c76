/** A complimentary close: `Yours sincerely,`, `I am, &c.`, `Believe me, …`. */
import {isClosing} from '../../extract/lines.js'
import {defineForm} from './types.js'

export const closing = defineForm({
  kind: 'closing',
  maxLength: 219,
  read: (text) => (isClosing(text) ? {parts: true} : null),
  reason: () => 'a complimentary close'
})
