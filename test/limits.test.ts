import {describe, expect, it} from 'vitest'
import {LetterSchema, LimitError, defaultLimits, parseArchive, parseLetters} from '../src/index.js'
import {readFileSync} from 'node:fs'

const sample = readFileSync(new URL('../fixtures/stalin-churchill-1941.txt', import.meta.url), 'utf8')

describe('limits', () => {
  it('has defaults for a web service', () => {
    expect(defaultLimits).toEqual({maxLength: 10_000_000, maxLetters: 20_000})
  })

  it('reads up to `maxLength` characters, cut at a line ending, with a fatal message', () => {
    const whole = parseArchive(sample)
    const {letters, file, tree} = parseArchive(sample, {maxLength: 2000})
    const message = file.messages.find((m) => m.ruleId === 'input-too-large')
    expect(message?.fatal).toBe(true)
    expect(message?.source).toBe('epistola')
    expect(message?.reason).toMatch(/^Unexpected input of \d+ characters, expected at most 2000/)
    expect(message?.actual).toBe(String(sample.length))
    const cut = message!.place as {offset: number; line: number}
    expect(cut.offset).toBeLessThanOrEqual(2000)
    expect(sample[cut.offset - 1]).toMatch(/[\r\n]/)
    expect(tree.position?.end.offset).toBe(cut.offset)
    expect(letters.length).toBeGreaterThan(0)
    expect(letters.length).toBeLessThan(whole.letters.length)
    for (const letter of letters) {
      expect(LetterSchema.safeParse(letter).success).toBe(true)
      expect(letter.position.end.offset).toBeLessThanOrEqual(cut.offset)
    }
    expect(whole.file.messages.some((m) => m.ruleId === 'input-too-large')).toBe(false)
  })

  it('cuts a text without line endings at the limit, never inside a surrogate pair', () => {
    const text = 'a'.repeat(9) + '😀' + 'b'.repeat(20)
    const {file, tree} = parseArchive(text, {maxLength: 10})
    expect(file.messages.find((m) => m.ruleId === 'input-too-large')).toBeDefined()
    expect(tree.position?.end.offset).toBe(9)
    expect(parseArchive('x'.repeat(50), {maxLength: 0}).letters).toEqual([])
  })

  it('returns at most `maxLetters` letters, with a fatal message at the first left out', () => {
    const whole = parseArchive(sample)
    expect(whole.letters.length).toBeGreaterThan(2)
    const {letters, file, tree} = parseArchive(sample, {maxLetters: 2})
    expect(letters.map((l) => l.id)).toEqual(whole.letters.slice(0, 2).map((l) => l.id))
    expect(letters).toEqual(whole.letters.slice(0, 2))
    expect(tree.children.filter((c) => c.type === 'letter')).toHaveLength(2)
    const message = file.messages.find((m) => m.ruleId === 'too-many-letters')
    expect(message?.fatal).toBe(true)
    expect(message?.reason).toBe(`Unexpected ${whole.letters.length} letters, expected at most 2 (\`maxLetters\`): the letters from here on are left out`)
    expect((message?.place as {start: {offset: number}}).start.offset).toBe(whole.letters[2]!.position.start.offset)
    expect(parseArchive('', {maxLetters: 0}).letters).toEqual([])
  })

  it('takes `Infinity` as no limit and throws a TypeError on a limit that is no number of 0 or more', () => {
    const whole = parseArchive(sample).letters
    expect(parseLetters(sample, {maxLength: Number.POSITIVE_INFINITY, maxLetters: Number.POSITIVE_INFINITY})).toEqual(whole)
    expect(() => parseLetters(sample, {maxLength: Number.NaN})).toThrow(new TypeError('Unexpected `maxLength` of NaN, expected a number of 0 or more (`Infinity`: no limit)'))
    expect(() => parseArchive(sample, {maxLetters: -1})).toThrow(new TypeError('Unexpected `maxLetters` of -1, expected a number of 0 or more (`Infinity`: no limit)'))
    expect(() => parseArchive(sample, {maxLength: '1000' as unknown as number})).toThrow(new TypeError('Unexpected `maxLength` of type string, expected a number of 0 or more (`Infinity`: no limit)'))
  })

  it('parseLetters throws a LimitError past a limit rather than return some letters as if they were all', () => {
    const tooLong = (() => parseLetters(sample, {maxLength: 2000})) as () => unknown
    expect(tooLong).toThrow(LimitError)
    expect(tooLong).toThrow(RangeError)
    try {
      tooLong()
    } catch (error) {
      const limit = error as LimitError
      expect(limit.name).toBe('LimitError')
      expect(limit.code).toBe('input-too-large')
      expect(limit.limit).toBe(2000)
      expect(limit.actual).toBe(sample.length)
      expect(limit.message).toMatch(/^Unexpected input of \d+ characters, expected at most 2000 \(`maxLength`\): read up to line \d+ only \(parseArchive returns the letters within the limit, with this message\)$/u)
    }
    try {
      parseLetters(sample, {maxLetters: 2})
      expect.unreachable()
    } catch (error) {
      expect(error).toBeInstanceOf(LimitError)
      expect((error as LimitError).code).toBe('too-many-letters')
      expect((error as LimitError).limit).toBe(2)
      expect((error as LimitError).actual).toBe(parseArchive(sample).letters.length)
    }
    // Within the limits, the letters; at the limit exactly, too.
    expect(parseLetters(sample, {maxLength: sample.length, maxLetters: 3})).toEqual(parseArchive(sample).letters)
  })
})
