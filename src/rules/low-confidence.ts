import {lowConfidence} from '../compile/confidence.js'
import {letterPlace} from './place.js'
import type {Rule} from './rule.js'

/**
 * A letter read with little evidence: its confidence (`letter.confidence.letter`) is below 0.7.
 * The few letters of a large conversion that are worth checking by eye; the reasons say why.
 */
export const lowConfidenceRule: Rule = {
  id: 'low-confidence',
  severity: 'info',
  description: 'A letter whose reading is unsure (confidence below 0.7): check it by eye.',
  check({letters, report}) {
    for (const compiled of letters) {
      const confidence = compiled.letter.confidence
      if (confidence.letter >= lowConfidence) continue
      report({
        place: letterPlace(compiled),
        reason: `Unexpected unsure reading (confidence ${confidence.letter.toFixed(2)}: ${confidence.reasons.join('; ')}), expected a letter whose parts stand on lines of their own form`
      })
    }
  }
}
