/** A numbered or marked note line: `1. For Churchill’s …`, `* The message …`, `[12] …`. */
import {readFootnoteLine} from '../../extract/footnote.js'
import {defineForm} from './types.js'

export const footnote = defineForm({
  kind: 'footnote',
  offsets: true,
  maxLength: Number.POSITIVE_INFINITY,
  hint: (text) => /^[-–\d[*]/u.test(text),
  read(text, facts) {
    const note = readFootnoteLine(text, facts.indent)
    return note ? {parts: note} : null
  },
  reason: () => 'a numbered or marked note line'
})
