import type {CompiledLetter} from '../compile/to-letters.js'
import {letterPlace, pointText} from './place.js'
import type {Rule} from './rule.js'

function normal(value: string): string {
  return value
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
}

function bodyText(letter: CompiledLetter['letter']): string {
  return normal(letter.body.map((p) => p.text).join(' '))
}

/** Heading, date and the first words of the body: what a reader recognises a letter by. */
function signature(letter: CompiledLetter['letter'], body: string): string | null {
  if (!letter.heading || !body) return null
  const firstWords = body.split(' ').slice(0, 8).join(' ')
  return `${normal(letter.heading.text)}|${letter.date?.iso ?? ''}|${firstWords}`
}

/**
 * The same letter twice: same heading, date and first words, or the very same body text
 * (of at least a few words). Reported on the second copy, pointing at the first.
 */
export const duplicateLetter: Rule = {
  id: 'duplicate-letter',
  severity: 'warn',
  description: 'A letter transcribed twice.',
  check({letters, report}) {
    const byKey = new Map<string, CompiledLetter>()
    const byBody = new Map<string, CompiledLetter>()
    for (const compiled of letters) {
      const body = bodyText(compiled.letter)
      const key = signature(compiled.letter, body)
      const first = (key !== null ? byKey.get(key) : undefined) ?? (body.split(' ').length >= 5 ? byBody.get(body) : undefined)
      if (first) {
        report({
          place: letterPlace(compiled),
          reason: `Unexpected second copy of the letter at ${pointText(letterPlace(first))}, expected each letter once`,
          note: 'If the same text was sent to two addressees, keep both and give each its own heading.'
        })
        continue
      }
      if (key !== null) byKey.set(key, compiled)
      if (body.split(' ').length >= 5) byBody.set(body, compiled)
    }
  }
}
