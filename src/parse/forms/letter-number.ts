/** `No. 28`, `№ 98`, `Letter 4`, `[Document 12]` alone on a line: the edition’s document number. */
import {readLetterNumber} from '../../extract/lines.js'
import {defineForm} from './types.js'

export const letterNumber = defineForm({
  kind: 'letterNumber',
  maxLength: 23,
  hint: (text) => /^\[?[NnDL№]/u.test(text),
  read(text) {
    const number = readLetterNumber(text)
    return number === null ? null : {parts: {number}}
  },
  reason: () => '`No. N` alone on a line: the edition’s document number'
})
