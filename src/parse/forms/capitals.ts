/** A line in capitals: `THE WHITE HOUSE`, `SPECIAL MESSAGES.` */
import {isCapitalsLine} from '../../extract/lines.js'
import {defineForm, shortLine} from './types.js'

export const capitals = defineForm({
  kind: 'capitals',
  maxLength: shortLine,
  read: (text) => (isCapitalsLine(text) ? {parts: true} : null),
  reason: () => 'a line in capitals'
})
