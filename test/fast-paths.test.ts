/**
 * The hand-written scans that replaced regular expressions for speed (issue 5) must give the
 * same answers as the expressions they replaced. Each is checked against its old expression on
 * the lines of every corpus text and on random strings built from the characters that matter.
 */
import {readdirSync, readFileSync} from 'node:fs'
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {findDate} from '../src/extract/date.js'
import {endsInParenthesis, hasPartyWord, parseHeading} from '../src/extract/heading.js'
import {hasSourceNoteHint, isCapitalsLine, isNameLine, isSourceNote} from '../src/extract/lines.js'
import {keepReadings, readOrParse} from '../src/parse/readings.js'
import {expectProperty} from './helpers/property.js'

const root = new URL('../fixtures/', import.meta.url)
const corpusLines = [
  ...readdirSync(root).filter((name) => name.endsWith('.txt')).map((name) => readFileSync(new URL(name, root), 'utf8')),
  ...readdirSync(new URL('dev/', root)).filter((name) => name.endsWith('.txt')).map((name) => readFileSync(new URL(`dev/${name}`, root), 'utf8'))
]
  .flatMap((text) => text.split(/\r\n|\r|\n/u))
  .map((line) => line.trim())
  .filter(Boolean)

/** Strings over the characters and words the scans look at. */
const pieces = fc.constantFrom(
  ...' \t\u00a0\u2003,.:;/()"“”’\'*-_1234567890aAbBfFkKtToOrRmMsSſK\u212aÉé'.split(''),
  'to ', 'TO ', 'for ', 'From ', 'by\t', 'Papers', 'Files', 'Folder', 'Record Office', 'Records', 'Archive', 'Library',
  'Collection', 'Manuscripts', 'RC ', 'ALS', 'July ', 'Jan', 'sept', '1941', '18,', ')', ' .', 'ÉTAT', 'Ünd'
)
const samples = fc.array(pieces, {maxLength: 30}).map((parts) => parts.join(''))
const runs = 20_000

const oldCapitals = (text: string) => text.length <= 60 && /\p{Lu}{2}/u.test(text) && !/\p{Ll}/u.test(text) && !/\d{3}/u.test(text)
const oldHint = (text: string) => /[:/”"]|Papers|Files|Records|Collection|Archive|Folder|Manuscripts|Library|Record Office|^(?:RC|FC|Dft|Df|Tr|ALS|LS|ADfS|ADf|AL|Lb|LbC|Copy|Typescript|MS)\b/u.test(text)
// A party word before a space, or before the dashes of an elided name (`To----Bolton.`).
const oldPartyWord = (text: string) => /\b(?:to|for|from|by)[\s-]/iu.test(text)
const oldParenthesis = (text: string) => /\)\s*\.?$/u.test(text)

const pairs: Array<[string, (text: string) => unknown, (text: string) => unknown]> = [
  ['hasPartyWord', hasPartyWord, oldPartyWord],
  ['isCapitalsLine', isCapitalsLine, oldCapitals],
  ['hasSourceNoteHint', hasSourceNoteHint, oldHint],
  ['endsInParenthesis', endsInParenthesis, oldParenthesis]
]

describe('fast paths give the answers of the expressions they replaced', () => {
  for (const [name, fast, reference] of pairs) {
    it(`${name} on every corpus line`, () => {
      const differ = corpusLines.filter((line) => fast(line) !== reference(line))
      expect(differ).toEqual([])
    })
    it(`${name} on random strings`, () => {
      expectProperty(fc.property(samples, (text) => fast(text) === reference(text)), {numRuns: runs})
    })
  }

  it('findDate finds nothing in text with fewer than three digits', () => {
    // The digit count skips the scans: no date form has fewer than three digits.
    expectProperty(
      fc.property(samples, (text) => {
        const digits = text.replace(/\D/gu, '').length
        return digits >= 3 || (findDate(text) === null && findDate(text, {bareYear: true}) === null)
      }),
      {numRuns: runs}
    )
    expect(findDate('July 18, 194l')?.iso).toBe('1941-07-18')
  })

  it('isNameLine and isSourceNote refuse lines whose first character cannot open them', () => {
    expect(isNameLine('of the President')).toBe(false)
    expect(isNameLine('(Signed) J. STALIN')).toBe(true)
    expect(isNameLine('signed: J. Stalin')).toBe(true)
    expect(isNameLine('Émile Zola')).toBe(true)
    expect(isSourceNote('roosevelt Papers: Telegram')).toBe(false)
    expect(isSourceNote('Roosevelt Papers: Telegram')).toBe(true)
    expect(isSourceNote('740.0011 European War 1939/18642: Telegram')).toBe(true)
    expect(isSourceNote('“Great Britain Folder”')).toBe(true)
  })
})

describe('readings kept from classification', () => {
  it('are used only for the text they were read from', () => {
    const node = {}
    const parsed: string[] = []
    const parse = (text: string) => {
      parsed.push(text)
      return parseHeading(text)
    }
    const kept = parseHeading('Stalin to Churchill')
    keepReadings(node, {heading: {text: 'Stalin to Churchill', value: kept}})
    expect(readOrParse(node, 'heading', 'Stalin to Churchill', parse)).toBe(kept)
    expect(parsed).toEqual([])
    expect(readOrParse(node, 'heading', 'Churchill to Stalin', parse)?.from[0]?.text).toBe('Churchill')
    expect(readOrParse({}, 'heading', 'Stalin to Churchill', parse)).toEqual(kept)
    expect(parsed).toEqual(['Churchill to Stalin', 'Stalin to Churchill'])
  })
})
