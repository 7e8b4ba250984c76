import {letterPlace} from './place.js'
import type {Rule} from './rule.js'

/** A letter with no source citation, neither its own `Source:` line nor one for the page. */
export const missingSource: Rule = {
  id: 'missing-source',
  severity: 'warn',
  description: 'A letter without a source citation.',
  check({letters, report}) {
    for (const compiled of letters) {
      if (compiled.letter.source !== null) continue
      report({
        place: letterPlace(compiled),
        reason: 'Unexpected letter without a source, expected a `Source:` line citing the edition or archive it was transcribed from'
      })
    }
  }
}
