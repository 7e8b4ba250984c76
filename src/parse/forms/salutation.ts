/** A salutation alone on a line: `Dear Mr. President,`, `MY DEAR HARNESS,`, `Sir,`. */
import {isSalutation} from '../../extract/lines.js'
import {defineForm, shortLine} from './types.js'

export const salutation = defineForm({
  kind: 'salutation',
  maxLength: shortLine,
  read: (text) => (isSalutation(text) ? {parts: true} : null),
  reason: () => 'a salutation alone on a line'
})
