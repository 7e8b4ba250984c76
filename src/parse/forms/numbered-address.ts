/**
 * A telegram's address line printed under a serial: `  51. Personal and secret to the Prime
 * Minister from Harry L. Hopkins.` (FRUS). Shaped like a numbered note, read as an address.
 */
import {readFootnoteLine} from '../../extract/footnote.js'
import {parseAddressLine} from '../../extract/heading.js'
import {defineForm} from './types.js'
import {withoutMarkers} from './without-markers.js'

export const numberedAddress = defineForm({
  kind: 'address',
  offsets: true,
  maxLength: 259,
  hint: (text) => /^\d/u.test(text),
  read(text, facts) {
    const note = readFootnoteLine(text, facts.indent)
    if (!note || !/^\d/u.test(note.label)) return null
    const clean = withoutMarkers(text)
    const address = parseAddressLine(clean)
    return address ? {parts: address, text: clean} : null
  },
  reason: () => 'serial, marking and parties of a telegram'
})
