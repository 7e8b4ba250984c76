import {phrasePlace} from './place.js'
import type {Rule} from './rule.js'

/** Letters read as digits (`194l`, `llth`): the value is inferred, check the transcription. */
export const suspiciousOcr: Rule = {
  id: 'suspicious-ocr',
  severity: 'warn',
  description: 'Letters standing for digits in a date (OCR errors), read and flagged as inferred.',
  check({letters, report}) {
    for (const {dateProblems} of letters) {
      for (const problem of dateProblems) {
        if (problem.reason !== 'inferred' || !problem.found || !problem.detail.includes('OCR')) continue
        // `found.text` is a date the extractor matched: a few dozen characters at most.
    // eslint-disable-next-line regexp/no-super-linear-move
    const fixed = problem.found.text.replace(/[lI](?=[0-9lI]*(?:st|nd|rd|th|d)?\b)/gu, '1').replace(/O(?=\d)/gu, '0')
        report({
          place: phrasePlace(problem.node, problem.found.start, problem.found.end),
          reason: `Unexpected \`${problem.found.text}\` in a date, expected digits (${problem.detail})`,
          actual: problem.found.text,
          expected: [fixed]
        })
      }
    }
  }
}
