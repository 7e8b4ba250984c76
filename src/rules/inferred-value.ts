import {quote} from './place.js'
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
    for (const {letter, dateProblems} of letters) {
      for (const inference of letter.inferences) {
        const field = letter[inference.field as keyof typeof letter]
        const position = Array.isArray(field) ? (field[0] as {position?: unknown} | undefined)?.position : (field as {position?: unknown} | null)?.position
        report({
          place: (position as typeof letter.position | null | undefined) ?? letter.position,
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
