/** A metadata line of a web page: `Title: …`, `Source : …`, `Publisher : …`. */
import {readMetadata} from '../../extract/lines.js'
import {defineForm, shortLine} from './types.js'

/** The key must end within this many characters. */
const longestKey = 44

export const metadata = defineForm({
  kind: 'metadata',
  offsets: true,
  maxLength: shortLine,
  hint(text) {
    const colon = text.indexOf(':')
    return colon > 0 && colon <= longestKey
  },
  read(text) {
    const parts = readMetadata(text)
    return parts ? {parts} : null
  },
  reason: (result) => `a \`${result.parts.key}:\` metadata line`
})
