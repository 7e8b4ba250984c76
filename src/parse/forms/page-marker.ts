/** A page marker of the printed edition alone on a line: `[Page 114]`, `[p. 12]`. */
import {readPageMarkerLine} from '../../extract/lines.js'
import {defineForm, shortLine} from './types.js'

export const pageMarker = defineForm({
  kind: 'pageMarker',
  maxLength: shortLine,
  hint: (text) => text.startsWith('['),
  read: (text) => (readPageMarkerLine(text) === null ? null : {parts: true}),
  reason: () => 'a page marker of the printed edition'
})
