import type {CompiledLetter} from '../compile/to-letters.js'
import {letterPlace, pointText} from './place.js'
import type {Rule} from './rule.js'

function normal(value: string): string {
  return value
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
}

/** The first words of the body, read from its start only (cheap on long letters). */
function firstWords(letter: CompiledLetter['letter'], count: number): string {
  const start = letter.body.map((p) => p.text.slice(0, 300)).join(' ').slice(0, 300)
  return normal(start).split(' ').slice(0, count).join(' ')
}

/**
 * The same letter twice: same heading, date and first words, or the very same body text
 * (of at least five words). Reported on the second copy, pointing at the first. Whole
 * bodies are compared only between letters that open with the same words.
 */
export const duplicateLetter: Rule = {
  id: 'duplicate-letter',
  severity: 'warn',
  description: 'A letter transcribed twice.',
  check({letters, report}) {
    const byKey = new Map<string, CompiledLetter>()
    const byOpening = new Map<string, CompiledLetter[]>()
    const bodies = new Map<CompiledLetter, string>()
    const body = (compiled: CompiledLetter) => {
      let value = bodies.get(compiled)
      if (value === undefined) {
        value = normal(compiled.letter.body.map((p) => p.text).join(' '))
        bodies.set(compiled, value)
      }
      return value
    }
    for (const compiled of letters) {
      const {letter} = compiled
      const opening = firstWords(letter, 8)
      if (!opening) continue
      const key = letter.heading ? `${normal(letter.heading.text)}|${letter.date?.iso ?? ''}|${opening}` : null
      const candidates = opening.split(' ').length >= 5 ? (byOpening.get(opening) ?? []) : []
      const first = (key !== null ? byKey.get(key) : undefined) ?? candidates.find((other) => body(other) === body(compiled))
      if (first) {
        report({
          place: letterPlace(compiled),
          reason: `Unexpected second copy of the letter at ${pointText(letterPlace(first))}, expected each letter once`,
          note: 'If the same text was sent to two addressees, keep both and give each its own heading.'
        })
        continue
      }
      if (key !== null) byKey.set(key, compiled)
      candidates.push(compiled)
      if (candidates.length === 1) byOpening.set(opening, candidates)
    }
  }
}
