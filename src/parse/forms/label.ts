/** An editorial label: `(Telegraphic.)`, `[Translation.]`, `Enclosure`. */
import {isLabel} from '../../extract/classification.js'
import {defineForm} from './types.js'

export const label = defineForm({
  kind: 'label',
  maxLength: 39,
  read: (text) => (isLabel(text) ? {parts: true} : null),
  reason: () => 'an editorial label'
})
