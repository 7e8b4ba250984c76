import {letterPlace, quote} from './place.js'
import type {Rule} from './rule.js'

/**
 * Every value the parser inferred rather than read (a sender from the page, a year from the
 * letter's date, a two-digit year, an editor's bracketed place) is flagged in the letter's
 * `inferences` and reported here, so a reader can check it.
 */
export const inferredValue: Rule = {
  id: 'inferred-value',
  severity: 'info',
  description: 'A value inferred rather than printed with the letter; the reason is given.',
  check({letters, report}) {
    for (const compiled of letters) {
      const {letter, dateProblems} = compiled
      for (const inference of letter.inferences) {
        report({
          place: letterPlace(compiled),
          reason: `Unexpected \`${inference.field}\` not printed as such, expected it stated with the letter: ${inference.reason}`
        })
      }
      for (const problem of dateProblems) {
        // OCR repairs are `suspicious-ocr`'s; other inferred date parts (two-digit years) are reported here.
        if (problem.reason !== 'inferred' || !problem.found || problem.detail.includes('OCR')) continue
        report({
          place: problem.node.position,
          reason: `Unexpected date \`${quote(problem.found.text)}\` read with an inferred part, expected every part printed: ${problem.detail}`
        })
      }
    }
  }
}
