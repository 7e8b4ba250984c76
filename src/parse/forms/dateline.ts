/** A dateline: `Moscow, July 18, 1941.`, `December 27, 1802.` */
import {readDateline} from '../../extract/dateline.js'
import {defineForm} from './types.js'

export const dateline = defineForm({
  kind: 'dateline',
  offsets: true,
  maxLength: 119,
  hint: (_text, facts) => facts.hasDigit,
  read(text) {
    const parts = readDateline(text)
    return parts ? {parts} : null
  },
  reason: (result) => (result.parts.place ? 'a place and a date' : 'a date alone on a line')
})
