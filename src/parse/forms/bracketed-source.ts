/** A citation in parentheses: `(Stalin, Works, Vol. 15)`. */
import {isBracketedSource} from '../../extract/lines.js'
import {defineForm, shortLine} from './types.js'

export const bracketedSource = defineForm({
  kind: 'bracketedSource',
  maxLength: shortLine,
  hint: (text) => text.startsWith('('),
  read: (text) => (isBracketedSource(text) ? {parts: true} : null),
  reason: () => 'a citation in parentheses'
})
