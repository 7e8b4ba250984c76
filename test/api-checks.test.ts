/**
 * Mistakes in a call throw, naming the mistake (issue 15, finding 15): a misspelt rule id or a
 * severity that is none, options that are no object. A setting ignored without a word is a bug
 * a user cannot see; the text itself never throws (test/properties.test.ts).
 */
import {readFileSync} from 'node:fs'
import {Readable} from 'node:stream'
import {unified} from 'unified'
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import {epistolaJson,
  epistolaLint, epistolaParse, fromText, lint, parseArchive, parseLetters, parseLettersStream, toLetters, type Severity} from '../src/index.js'

const sample = readFileSync(new URL('../fixtures/stalin-churchill-1941.txt', import.meta.url), 'utf8')
const misspelt = {'misssing-source': 'off'} as Record<string, Severity>
const loud = {'missing-source': 'loud'} as unknown as Record<string, Severity>
const unknownRule = /^Unexpected rule `misssing-source` in `rules`, expected one of .*`missing-source`/u
const badSeverity = new TypeError('Unexpected severity `loud` for rule `missing-source`, expected `off`, `info`, `warn`, `error`')

describe('the `rules` option', () => {
  it('parseArchive and parseLetters throw a TypeError on a misspelt rule id, naming it and the rules', () => {
    expect(() => parseArchive(sample, {rules: misspelt})).toThrow(TypeError)
    expect(() => parseArchive(sample, {rules: misspelt})).toThrow(unknownRule)
    expect(() => parseLetters(sample, {rules: misspelt})).toThrow(unknownRule)
  })

  it('throws on a severity that is none (it gave `fatal: null` before)', () => {
    expect(() => parseArchive(sample, {rules: loud})).toThrow(badSeverity)
    expect(() => parseLetters(sample, {rules: loud})).toThrow(badSeverity)
  })

  it('lint, the unified plugin and the stream check it too', async () => {
    const file = new VFile({value: sample})
    const tree = fromText(sample)
    expect(() => lint(tree, [], file, {rules: misspelt})).toThrow(unknownRule)
    await expect(unified().use(epistolaParse).use(epistolaLint, {rules: loud}).use(epistolaJson).process(sample)).rejects.toThrow(badSeverity)
    const letters = parseLettersStream(Readable.from([sample]), {file: new VFile(), rules: misspelt})
    await expect(letters.next()).rejects.toThrow(unknownRule)
  })

  it('throws on `rules` or options that are no object', () => {
    expect(() => parseArchive(sample, {rules: 'off' as unknown as Record<string, Severity>})).toThrow(new TypeError('Unexpected `rules` of type string, expected an object of rule ids to severities'))
    expect(() => parseLetters(sample, null as unknown as object)).toThrow(new TypeError('Unexpected options of type null, expected an object'))
  })

  it('takes every rule id at every severity, and the validation ids are not the parser’s', () => {
    for (const severity of ['off', 'info', 'warn', 'error'] as const) {
      expect(parseArchive(sample, {rules: {'missing-source': severity, 'lost-letter': severity, 'no-sources': severity}}).letters).toHaveLength(3)
    }
    expect(() => parseArchive(sample, {rules: {'unknown-key': 'off'}})).toThrow(/^Unexpected rule `unknown-key`/u)
    expect(toLetters(fromText(sample))).toEqual(parseLetters(sample))
  })
})
