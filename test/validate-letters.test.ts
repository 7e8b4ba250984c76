/**
 * `validateLetters` on JSON made from a real transcript (fixtures/validate/frus-1861-d59-d60.txt),
 * tampered with, and on another tool's JSON (a gold answer file).
 */
import {readFileSync} from 'node:fs'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import type {VFileMessage} from 'vfile-message'
import {parseArchive, validateLetters, validationRules} from '../src/index.js'

const fixtures = join(import.meta.dirname, '..', 'fixtures', 'validate')
const transcript = readFileSync(join(fixtures, 'frus-1861-d59-d60.txt'), 'utf8')
const letters = parseArchive(transcript).letters
const jsonText = JSON.stringify(letters, null, 2)

function place(message: VFileMessage): string {
  const p = message.place
  if (!p) return 'none'
  if ('start' in p) return `${p.start.line}:${p.start.column}-${p.end.line}:${p.end.column}`
  return `${p.line}:${p.column}`
}

/** Line:column of the `n`th occurrence of `needle` in `text`, as `line:column`. */
function at(text: string, needle: string, n = 0): string {
  let index = -1
  for (let i = 0; i <= n; i++) index = text.indexOf(needle, index + 1)
  expect(index).toBeGreaterThanOrEqual(0)
  const before = text.slice(0, index)
  return `${before.split('\n').length}:${index - before.lastIndexOf('\n')}`
}

describe('validateLetters: our own JSON', () => {
  it('has letters to work on', () => {
    expect(letters.length).toBe(5)
    expect(letters[0]!.date?.iso).toBe('1861-07-12')
  })

  it('accepts it as a value, as text, as bytes and wrapped in `{letters}`', () => {
    for (const input of [letters, jsonText, new TextEncoder().encode(jsonText), {letters}, JSON.stringify({file: 'x.txt', letters})]) {
      const result = validateLetters(input)
      expect(result.file.messages.map(String)).toEqual([])
      expect(result.valid).toBe(true)
      expect(result.letters).toEqual(letters)
    }
  })
})

describe('validateLetters: tampered JSON', () => {
  it('an impossible `date.iso` is named, placed in the JSON text', () => {
    const text = jsonText.replace('"iso": "1861-07-12"', '"iso": "1861-02-30"')
    expect(text).not.toBe(jsonText)
    const result = validateLetters(text, {path: 'letters.json'})
    expect(result.valid).toBe(false)
    expect(result.letters).toBeNull()
    const [message, ...rest] = result.file.messages
    expect(rest).toEqual([])
    expect(message!.ruleId).toBe('schema')
    expect(message!.source).toBe('epistola')
    expect(message!.fatal).toBe(true)
    expect(message!.reason).toBe('Unexpected string `"1861-02-30"` at `letters[0].date.iso`, expected a real calendar date')
    expect(message!.actual).toBe('1861-02-30')
    expect(place(message!).split('-')[0]).toBe(at(text, '"1861-02-30"'))
    expect(message!.file).toBe('letters.json')
    expect(String(message)).toMatch(/^letters\.json:\d+:\d+-\d+:\d+: Unexpected string/u)
  })

  it('with the transcript at hand, the problem is placed at the field’s own position', () => {
    const data = JSON.parse(jsonText)
    data[0].date.iso = '1861-07-38'
    const result = validateLetters(data, {text: transcript, path: 'frus-1861-d59-d60.txt'})
    const [message] = result.file.messages
    expect(message!.reason).toContain('`letters[0].date.iso`')
    // `London, July 12, 1861.` on line 6 of the transcript.
    expect(place(message!)).toBe('6:9-6:22')
    expect(result.file.value).toBe(transcript)
  })

  it('a missing `from` is named, placed at its letter (transcript) or its object (JSON)', () => {
    const data = JSON.parse(jsonText)
    delete data[3].from
    const withText = validateLetters(data, {text: transcript})
    expect(withText.file.messages.map((m) => m.reason)).toEqual(['Unexpected missing field `letters[3].from`, expected array'])
    expect(place(withText.file.messages[0]!)).toBe('72:1-90:43')
    const text = JSON.stringify(data, null, 2)
    const inJson = validateLetters(text)
    expect(inJson.file.messages.map((m) => m.reason)).toEqual(['Unexpected missing field `letters[3].from`, expected array'])
    // The letter object that lacks it.
    expect(place(inJson.file.messages[0]!).split('-')[0]).toBe(at(text, '  {\n    "id": "letter-4"').replace(/:\d+$/u, ':3'))
  })

  it('a position that does not fit the transcript is not used', () => {
    const data = JSON.parse(jsonText)
    delete data[3].from
    data[3].position.start.column = 99
    const result = validateLetters(data, {text: transcript})
    expect(result.file.messages[0]!.place).toBeUndefined()
    expect(result.file.messages[0]!.reason).toContain('`letters[3].from`')
  })

  it('an unknown key is a warning, named and placed; the letters are still read, without it', () => {
    const text = jsonText.replace('"id": "letter-2",', '"id": "letter-2",\n    "colour": "red",')
    const result = validateLetters(text)
    expect(result.valid).toBe(true)
    const [message, ...rest] = result.file.messages
    expect(rest).toEqual([])
    expect(message!.ruleId).toBe('unknown-key')
    expect(message!.fatal).toBe(false)
    expect(message!.reason).toBe('Unexpected unknown key `colour` at `letters[1].colour`, expected a field of `Letter`')
    expect(place(message!)).toBe(`${at(text, '"colour"')}-${at(text, '"colour"').replace(/\d+$/u, (c) => String(Number(c) + 8))}`)
    expect(result.letters).toHaveLength(5)
    expect(Object.hasOwn(result.letters![1]!, 'colour')).toBe(false)
  })

  it('`__proto__`, `constructor` and `prototype` keys are reported and never reach a prototype', () => {
    const text = jsonText
      .replace('"id": "letter-1",', '"id": "letter-1",\n    "__proto__": {"polluted": true, "id": "evil"},')
      .replace('"raw": "Mr. Adams",', '"raw": "Mr. Adams",\n        "constructor": {"prototype": {"polluted": true}},')
      .replace('"notes": [],', '"notes": [], "prototype": 1,')
    const result = validateLetters(text)
    const reasons = result.file.messages.map((m) => m.reason)
    expect(reasons).toContain('Unexpected key `__proto__` at `letters[0].__proto__`, expected no `__proto__`, `constructor` or `prototype` key (ignored, never copied)')
    expect(reasons.some((r) => r.startsWith('Unexpected key `constructor` at `letters[0].from[0].constructor`'))).toBe(true)
    expect(reasons.some((r) => /^Unexpected key `prototype` at `letters\[0\]\.[a-z.[\]0-9]*prototype`/u.test(r))).toBe(true)
    expect(result.file.messages.every((m) => m.ruleId === 'unknown-key' && m.fatal === false)).toBe(true)
    expect(result.valid).toBe(true)
    const first = result.letters![0]!
    expect(Object.getPrototypeOf(first)).toBe(Object.prototype)
    expect(first.id).toBe('letter-1')
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined()
    expect((Object.prototype as Record<string, unknown>)['polluted']).toBeUndefined()
  })

  it('severities are configurable: unknown keys off, schema problems as warnings', () => {
    const text = jsonText.replace('"id": "letter-2",', '"id": "letter-2", "colour": "red",').replace('"iso": "1861-07-12"', '"iso": "1861-02-30"')
    const result = validateLetters(text, {rules: {'unknown-key': 'off', schema: 'warn'}})
    expect(result.file.messages.map((m) => [m.ruleId, m.fatal])).toEqual([['schema', false]])
    expect(result.valid).toBe(true)
    expect(result.letters).toBeNull()
  })
})

describe('validateLetters: another tool’s JSON', () => {
  it('names every field that does not fit, at its place in the JSON text', () => {
    const text = readFileSync(join(fixtures, 'stalin-churchill-1941.gold.json'), 'utf8')
    const result = validateLetters(text, {path: 'stalin-churchill-1941.gold.json'})
    expect(result.valid).toBe(false)
    const reasons = result.file.messages.map((m) => m.reason)
    expect(reasons).toContain('Unexpected string `"Personal Message from Stalin to Mr Chur…"` at `letters[0].heading`, expected object')
    expect(reasons).toContain('Unexpected string `"Stalin"` at `letters[0].from[0]`, expected object')
    expect(reasons).toContain('Unexpected missing field `letters[0].id`, expected string')
    expect(reasons).toContain('Unexpected unknown key `firstWords` at `letters[0].firstWords`, expected a field of `Letter`')
    const heading = result.file.messages.find((m) => m.reason.includes('`letters[0].heading`'))!
    expect(place(heading).split('-')[0]).toBe(at(text, '"Personal Message from Stalin'))
  })
})

describe('validateLetters: input that is not letters', () => {
  it('a text that is not JSON: one fatal message at the syntax error', () => {
    const result = validateLetters('[\n  {"id": "letter-1",\n  }\n]', {path: 'broken.json'})
    expect(result.valid).toBe(false)
    expect(result.letters).toBeNull()
    expect(result.file.messages).toHaveLength(1)
    const [message] = result.file.messages
    expect(message!.ruleId).toBe('json-syntax')
    expect(message!.fatal).toBe(true)
    expect(message!.reason).toMatch(/^Unexpected text that is not JSON \(.+\), expected a JSON array of letters/u)
    expect(place(message!)).toBe('3:3')
  })

  it('an empty text, a truncated text, bytes that are not UTF-8', () => {
    expect(place(validateLetters('').file.messages[0]!)).toBe('1:1')
    expect(place(validateLetters(jsonText.slice(0, 100)).file.messages[0]!)).toMatch(/^\d+:\d+$/u)
    const bytes = validateLetters(new Uint8Array([0x5b, 0xff, 0x5d]))
    expect(bytes.file.messages.map((m) => m.reason)).toEqual(['Unexpected bytes that are not UTF-8, expected a UTF-8 JSON text'])
  })

  it('JSON that is not letters', () => {
    for (const [input, reason] of [
      ['null', 'Unexpected JSON null, expected an array of letters or an object with `letters`'],
      ['{"letters": 3}', 'Unexpected JSON number, expected an array of letters or an object with `letters`'],
      ['{"items": []}', 'Unexpected object without `letters`, expected an array of letters or an object with `letters`'],
      ['[1]', 'Unexpected number `1` at `letters[0]`, expected object']
    ] as const) {
      const result = validateLetters(input)
      expect(result.valid, input).toBe(false)
      expect(result.file.messages.map((m) => m.reason), input).toEqual([reason])
    }
  })

  it('never throws', () => {
    const circular: Record<string, unknown> = {id: 'x'}
    circular['self'] = circular
    const hostile = new Proxy([], {
      get() {
        throw new Error('trap')
      },
      getOwnPropertyDescriptor() {
        throw new Error('trap')
      }
    })
    const getter = [{get id() {
      throw new Error('getter')
    }}]
    const inputs: unknown[] = [undefined, 42, true, Symbol('s'), () => 1, 10n, circular, [circular], hostile, getter, '['.repeat(100_000), `${'['.repeat(5000)}${']'.repeat(5000)}`, '\u0000', '"a string"']
    for (const input of inputs) {
      const result = validateLetters(input)
      expect(result.valid).toBe(false)
      expect(result.file.messages.length).toBeGreaterThan(0)
    }
  })
})

describe('validationRules', () => {
  it('lists the ids validateLetters reports under, with their default severities', () => {
    expect(validationRules.map((r) => [r.id, r.severity])).toEqual([
      ['json-syntax', 'error'],
      ['schema', 'error'],
      ['unknown-key', 'warn']
    ])
  })
})
