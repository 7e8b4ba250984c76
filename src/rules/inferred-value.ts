import type {Position} from '../schema/position.js'
import {letterPlace} from './place.js'
import type {Rule} from './rule.js'

/**
 * Every value the parser inferred rather than read (a sender from the page, a year from the
 * letter's date, the century of a two-digit year, an editor's bracketed place or date) is flagged in the letter's
 * `inferences` and reported here, so a reader can check it.
 */
export const inferredValue: Rule = {
  id: 'inferred-value',
  severity: 'info',
  description: 'A value inferred rather than printed with the letter; the reason is given.',
  check({letters, report}) {
    for (const compiled of letters) {
      const {letter} = compiled
      for (const inference of letter.inferences) {
        // At the value itself when it stands in the letter; a value from the page is reported at the letter.
        const field = inference.field === 'place' ? letter.positions.place : fieldPosition(letter[inference.field as keyof typeof letter])
        const inside = field && field.start.offset >= letter.position.start.offset && field.end.offset <= letter.position.end.offset
        report({
          place: inside ? field : letterPlace(compiled),
          reason: `Unexpected \`${inference.field}\` not printed as such, expected it stated with the letter: ${inference.reason}`
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
