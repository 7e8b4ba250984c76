/** Web-page furniture: `Back to top`, `Printable version`, a licence line. */
import {isFurniture} from '../../extract/lines.js'
import {defineForm} from './types.js'

export const furniture = defineForm({
  kind: 'furniture',
  maxLength: 159,
  read: (text) => (isFurniture(text) ? {parts: true} : null),
  reason: () => 'web-page furniture (navigation, licence line)'
})
