/** A short line of capitalised words, shaped like a signature: `J. Stalin`, `Franklin D. Roosevelt`. */
import {defineForm, shortLine} from './types.js'

export const name = defineForm({
  kind: 'name',
  maxLength: shortLine,
  read: (_text, facts) => (facts.nameLike ? {parts: true} : null),
  reason: () => 'a short line of capitalised words, shaped like a signature'
})
