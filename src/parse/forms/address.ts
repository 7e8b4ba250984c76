/**
 * A telegram’s address line: serial, marking and parties, `Number 32. Personal and secret for
 * Marshal Stalin from the President.` Read only where no heading is (a heading wins).
 */
import {hasPartyWord, parseAddressLine} from '../../extract/heading.js'
import {defineForm} from './types.js'
import {withoutMarkers} from './without-markers.js'

/** What an address line shows besides its parties: a digit, a leading `for`/`to`/`from`, two sentences. */
function mayBeAddress(text: string): boolean {
  return /\d/u.test(text) || /^(?:for|to|from)\b/iu.test(text) || /\.\s+\S/u.test(text)
}

export const address = defineForm({
  kind: 'address',
  offsets: true,
  maxLength: 259,
  hint: (text) => hasPartyWord(text),
  read(text) {
    const clean = withoutMarkers(text)
    const parts = mayBeAddress(clean) ? parseAddressLine(clean) : null
    return parts ? {parts, text: clean} : null
  },
  reason: () => 'serial, marking and parties of a telegram'
})
