import {parsePerson} from '../extract/person.js'
import type {Person} from '../schema/person.js'
import {remember} from './remember.js'
import type {Rule} from './rule.js'

const mark = /\p{M}/gu
const nonLetters = /\P{L}+/u
const capitals = /^\p{Lu}{1,4}$/u
const spacedCapitals = /^(?:\p{Lu}\.?\s*){1,4}$/u

/** Lower case, accents and punctuation off: `CHURCHILL.` → `churchill`, `Molotoff` stays itself. */
function fold(value: string): string {
  return value.normalize('NFD').replace(mark, '').toLowerCase()
}

function words(value: string): string[] {
  // `F[ranklin] D. R[oosevelt]`: editorial brackets complete a word, they do not split it.
  return fold(value.replace(/[[\]]/gu, ''))
    .split(nonLetters)
    .filter(Boolean)
}

/** `GW.`, `G.W.`, `J. V. S.`: a signature of initials only. */
function initials(name: string): string | null {
  const compact = name.replace(/[\s.]+/gu, '')
  if (!capitals.test(compact)) return null
  if (!spacedCapitals.test(name.trim())) return null
  return fold(compact)
}

/**
 * Does the signed name fit this sender? Surname as a word, initials ending with the
 * surname's, or a forename alone (`Harry` for Hopkins, `Winston`) unless it is a surname
 * met elsewhere in the file. `wordsOf` is `words`, remembered.
 */
function fits(name: string, sender: Person, surnames: ReadonlySet<string>, wordsOf: (value: string) => readonly string[]): boolean {
  const surname = sender.surname ? wordsOf(sender.surname) : []
  if (surname.length === 0) return true
  const signed = wordsOf(name)
  if (surname.every((part) => signed.includes(part))) return true
  if (signed.length === 1 && !initials(name)) {
    if (surnames.has(signed[0]!)) return false
    const forename = sender.forename ? wordsOf(sender.forename) : []
    return forename.length === 0 || forename[0] === signed[0] || (forename[0]!.length === 1 && signed[0]!.startsWith(forename[0]!))
  }
  const letters = initials(name)
  if (letters) {
    const last = surname.at(-1)![0]!
    const first = sender.forename ? wordsOf(sender.forename)[0]?.[0] : undefined
    return letters.endsWith(last) && (letters.length === 1 || first === undefined || letters.startsWith(first))
  }
  return false
}

/**
 * The signature names someone other than the sender. Surnames are compared; initials
 * (`GW.`, `G.W.`) are compared with the sender's initials; senders named only by an office
 * (`The President`), signatures that are an office, and senders read from the signature
 * itself are left alone.
 */
export const signatureMismatch: Rule = {
  id: 'signature-mismatch',
  severity: 'warn',
  description: 'A signature that names someone other than the sender.',
  check({letters, report}) {
    // The same names come back letter after letter: each is split into words once.
    const wordsOf = remember(words)
    const surnames = new Set<string>()
    for (const {letter} of letters) {
      for (const person of letter.from) if (person.surname) surnames.add(wordsOf(person.surname).join(' '))
      for (const person of letter.to) if (person.surname) surnames.add(wordsOf(person.surname).join(' '))
    }
    for (const {letter} of letters) {
      const signature = letter.signature
      if (!signature || !signature.name.trim()) continue
      const senders = letter.from.filter((p) => p.kind === 'person' && p.surname)
      if (senders.length === 0) continue
      // The sender read from this very signature agrees with it by construction.
      if (senders.some((p) => p.position && signature.position && p.position.start.offset === signature.position.start.offset)) continue
      if (!initials(signature.name)) {
        const signed = parsePerson(signature.name)
        if (!signed || signed.kind !== 'person') continue
      }
      if (senders.some((sender) => fits(signature.name, sender, surnames, wordsOf))) continue
      const names = senders.map((p) => p.name).join(' and ')
      report({
        place: signature.position ?? letter.position,
        reason: `Unexpected signature \`${signature.name}\` for a letter from ${names}, expected the sender’s name`,
        actual: signature.name,
        note: 'Check the signature line and the heading: one of them belongs to another letter, or the sender is misread.'
      })
    }
  }
}
