import type {Position} from '../schema/position.js'
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
        // At the value itself when it stands in the letter; a value from the page is reported at the letter.
        const field = inference.field === 'place' ? letter.positions.place : fieldPosition(letter[inference.field as keyof typeof letter])
        const inside = field && field.start.offset >= letter.position.start.offset && field.end.offset <= letter.position.end.offset
        report({
          place: inside ? field : letterPlace(compiled),
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

function fieldPosition(value: unknown): Position | null {
  const first: unknown = Array.isArray(value) ? value[0] : value
  const position = first && typeof first === 'object' && 'position' in first ? (first as {position: unknown}).position : null
  return position && typeof position === 'object' ? (position as Position) : null
}
