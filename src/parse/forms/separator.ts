/** A row of stars, dots or dashes: `*  *  *`, `-----`. */
import {isSeparator} from '../../extract/lines.js'
import {defineForm, shortLine} from './types.js'

export const separator = defineForm({
  kind: 'separator',
  maxLength: shortLine,
  hint: (text) => /^[*.·•_=~–—#-]/u.test(text),
  read: (text) => (isSeparator(text) ? {parts: true} : null),
  reason: () => 'a row of stars, dots or dashes'
})
