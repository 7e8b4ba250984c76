import {lowConfidence} from '../compile/confidence.js'
import {letterPlace} from './place.js'
import {perLetter, type Rule} from './rule.js'

/**
 * A letter read with little evidence: its confidence (`letter.confidence.letter`) is below 0.7.
 * The few letters of a large conversion that are worth checking by eye; the reasons say why.
 */
export const lowConfidenceRule: Rule = perLetter({
  id: 'low-confidence',
  severity: 'info',
  description: 'A letter whose reading is unsure (confidence below 0.7): check it by eye.',
  checkLetter(compiled, report) {
    const confidence = compiled.letter.confidence
    if (confidence.letter >= lowConfidence) return
    report({
      place: letterPlace(compiled),
      reason: `Unexpected unsure reading (confidence ${confidence.letter.toFixed(2)}: ${confidence.reasons.join('; ')}), expected a letter whose parts stand on lines of their own form`
    })
  }
})
