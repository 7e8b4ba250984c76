import type {CompiledLetter} from '../compile/to-letters.js'
import {letterPlace, pointText} from './place.js'
import {remember} from './remember.js'
import type {Rule} from './rule.js'

const letterOrNumber = /[\p{L}\p{N}]/u
const notLettersOrNumbers = /[^\p{L}\p{N}]+/gu

/** Per UTF-16 code unit above ASCII: 0 not yet known, 1 a separator, 2 a letter or digit (or a surrogate). */
const wideKinds = new Uint8Array(0x10000)

/** Is the non-ASCII code unit `code` a separator? Letters, digits and surrogates are not. */
function wideSeparator(code: number): boolean {
  let kind = wideKinds[code]!
  if (kind === 0) {
    kind = (code >= 0xd800 && code <= 0xdfff) || letterOrNumber.test(String.fromCharCode(code)) ? 2 : 1
    wideKinds[code] = kind
  }
  return kind === 1
}

/** The definition of `wordsOf`, used as is for text with letters beyond ASCII (`Σ` lower-cases by context). */
function wordsSlow(value: string, most: number): string[] {
  const text = value.toLowerCase().replace(notLettersOrNumbers, ' ').trim()
  return text === '' ? [] : text.split(' ').slice(0, most)
}

/**
 * The first `most` words of `value`, lower case, split at every run of characters that are
 * neither letters nor digits: `Dear Sir,  I` → `dear`, `sir`, `i`. One scan over ASCII text,
 * copying whole words; a non-ASCII letter or digit sends the text to `wordsSlow`
 * (punctuation such as `’` or `—` never lower-cases into a letter, so it is a plain separator).
 */
function wordsOf(value: string, most = Infinity): string[] {
  const words: string[] = []
  let start = -1
  let upper = false
  const length = value.length
  for (let index = 0; index <= length; index++) {
    const code = index < length ? value.charCodeAt(index) : 32
    if (code >= 65 && code <= 90) upper = true
    else if (code >= 128 && !wideSeparator(code)) return wordsSlow(value, most)
    if ((code >= 97 && code <= 122) || (code >= 48 && code <= 57) || (code >= 65 && code <= 90)) {
      if (start < 0) start = index
      continue
    }
    if (start < 0) continue
    const word = value.slice(start, index)
    words.push(upper ? word.toLowerCase() : word)
    start = -1
    upper = false
    if (words.length === most) break
  }
  return words
}

/** `value` lower case, its words joined by single spaces (a flat string: joined, not concatenated). */
function normal(value: string): string {
  return wordsOf(value).join(' ')
}

/** The first words of the body, read from its first 300 characters only (cheap on long letters). */
function firstWords(letter: CompiledLetter['letter'], count: number): string[] {
  let start = ''
  for (let index = 0; index < letter.body.length && start.length < 300; index++) {
    const text = letter.body[index]!.text.slice(0, 300)
    start = index === 0 ? text : `${start} ${text}`
  }
  return wordsOf(start.slice(0, 300), count)
}

/** Bodies with the very same paragraph texts: equal when normalised too, found without normalising them. */
function sameParagraphs(a: ReadonlyArray<{text: string}>, b: ReadonlyArray<{text: string}>): boolean {
  if (a.length !== b.length) return false
  for (let index = 0; index < a.length; index++) if (a[index]!.text !== b[index]!.text) return false
  return true
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
    const body = remember((compiled: CompiledLetter) => normal(compiled.letter.body.map((p) => p.text).join(' ')))
    // Copies repeat their headings: each normalised once.
    const heading = remember(normal)
    const same = (a: CompiledLetter, b: CompiledLetter) => sameParagraphs(a.letter.body, b.letter.body) || body(a) === body(b)
    for (const compiled of letters) {
      const {letter} = compiled
      const words = firstWords(letter, 8)
      if (words.length === 0) continue
      const opening = words.join(' ')
      const key = letter.heading ? `${heading(letter.heading.text)}|${letter.date?.iso ?? ''}|${opening}` : null
      const candidates = words.length >= 5 ? (byOpening.get(opening) ?? []) : []
      const first = (key !== null ? byKey.get(key) : undefined) ?? candidates.find((other) => same(other, compiled))
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
