import {letterPlace} from './place.js'
import type {Rule} from './rule.js'

/**
 * A letter without a source citation (neither its own `Source:` line nor one for the page)
 * where other letters of the file cite theirs: a line lost in transcription. A file in which no
 * letter cites a source (a printed edition, whose source is the book) is `no-sources`, once.
 */
export const missingSource: Rule = {
  id: 'missing-source',
  severity: 'warn',
  description: 'A letter without a source citation, where the other letters of the file cite theirs.',
  check({letters, report}) {
    if (!letters.some((compiled) => compiled.letter.source !== null)) return
    for (const compiled of letters) {
      if (compiled.letter.source !== null) continue
      report({
        place: letterPlace(compiled),
        reason: 'Unexpected letter without a source where the other letters cite theirs, expected a `Source:` line citing the edition or archive it was transcribed from'
      })
    }
  }
}
