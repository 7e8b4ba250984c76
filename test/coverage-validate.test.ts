/**
 * The words of validation messages: every kind of value a JSON file (or a caller) may hold where
 * the schema wants another, every kind of zod issue, field paths with odd keys.
 */
import {describe, expect, it} from 'vitest'
import type {z} from 'zod'
import {parseLetters} from '../src/api.js'
import {isRealIsoDate} from '../src/schema/date.js'
import {appendPath, formatPath} from '../src/validate/field-path.js'
import {describeValue, issueExpected, issueReason} from '../src/validate/issue-reason.js'
import {locateJson} from '../src/validate/json-locations.js'
import {validateLetters} from '../src/validate/validate-letters.js'

const issue = (fields: Record<string, unknown>) => ({path: [], input: undefined, ...fields}) as unknown as z.core.$ZodIssue

describe('describeValue', () => {
  it('names every kind of value', () => {
    expect(describeValue(undefined)).toBe('nothing')
    expect(describeValue(null)).toBe('`null`')
    expect(describeValue([1])).toBe('an array')
    expect(describeValue({a: 1})).toBe('an object')
    expect(describeValue('1941-02-30')).toBe('string `"1941-02-30"`')
    expect(describeValue('x'.repeat(50))).toBe(`string \`"${'x'.repeat(39)}…"\``)
    expect(describeValue(12)).toBe('number `12`')
    expect(describeValue(true)).toBe('boolean `true`')
    expect(describeValue(12n)).toBe('a bigint')
    expect(describeValue(Symbol('s'))).toBe('a symbol')
  })
})

describe('issueReason and issueExpected', () => {
  it('words a missing field apart from a wrong one', () => {
    const wrongType = issue({code: 'invalid_type', expected: 'string', message: 'Invalid input'})
    expect(issueReason(wrongType, 'letters[0].id', undefined)).toBe('Unexpected missing field `letters[0].id`, expected string')
    expect(issueReason(wrongType, 'letters[0].id', null)).toBe('Unexpected `null` at `letters[0].id`, expected string')
    expect(issueExpected(wrongType)).toBeUndefined()
  })
  it('lists the allowed values of an enum, as words and as `expected`', () => {
    const choice = issue({code: 'invalid_value', values: ['day', 'month', 'year'], message: 'Invalid option'})
    expect(issueReason(choice, 'letters[0].date.precision', 'hour')).toBe('Unexpected string `"hour"` at `letters[0].date.precision`, expected one of `day`, `month`, `year`')
    expect(issueExpected(choice)).toEqual(['day', 'month', 'year'])
  })
  it('quotes the pattern of a format issue, else reads what the message expects', () => {
    const pattern = issue({code: 'invalid_format', format: 'regex', pattern: '/^\\d{4}$/', message: 'Invalid string'})
    expect(issueReason(pattern, 'a', '19')).toBe('Unexpected string `"19"` at `a`, expected a string matching `/^\\d{4}$/`')
    const noPattern = issue({code: 'invalid_format', format: 'email', message: 'Invalid email: expected an address.'})
    expect(issueReason(noPattern, 'a', 'x')).toBe('Unexpected string `"x"` at `a`, expected an address')
    const custom = issue({code: 'custom', message: 'Not a real calendar date'})
    expect(issueReason(custom, 'letters[0].date.iso', '1941-02-30')).toBe(
      'Unexpected string `"1941-02-30"` at `letters[0].date.iso`, expected a valid value (not a real calendar date)'
    )
  })
})

describe('field paths', () => {
  it('writes identifiers with dots, numbers and other keys in brackets', () => {
    expect(formatPath(['letters', 2, 'date', 'iso'])).toBe('letters[2].date.iso')
    expect(formatPath(['letters', 0, 'odd key'])).toBe('letters[0]["odd key"]')
    expect(appendPath('', 'letters')).toBe('letters')
    expect(appendPath('', '2nd')).toBe('["2nd"]')
    expect(appendPath('a', Symbol('s'))).toBe('a["Symbol(s)"]')
  })
})

describe('validateLetters on hand-edited JSON', () => {
  const text = 'Prime Minister Churchill to President Roosevelt\n\nLondon, September 30, 1941.\n\nDear Mr. President,\n\nWe are well.\n\nW. Churchill\n'
  const letter = JSON.parse(JSON.stringify(parseLetters(text)[0])) as Record<string, unknown> & {date: Record<string, unknown>}

  it('places each problem in a JSON text that starts with a byte order mark', () => {
    const edited = {...letter, id: 5, date: {...letter.date, precision: 'hour'}}
    const json = '\uFEFF' + JSON.stringify({letters: [edited]})
    const {valid, file} = validateLetters(json)
    expect(valid).toBe(false)
    const id = file.messages.find((m) => m.reason.includes('letters[0].id'))
    expect(id?.reason).toBe('Unexpected number `5` at `letters[0].id`, expected string')
    expect([id?.line, id?.column]).toEqual([1, json.indexOf('5,') + 1])
    const precision = file.messages.find((m) => m.reason.includes('precision'))
    expect(precision?.expected).toEqual(['day', 'month', 'year'])
    expect(precision?.column).toBe(json.indexOf('"hour"') + 1)
  })
  it('ignores a position that is no offset into the transcript', () => {
    const edited = {...letter, date: {...letter.date, position: {start: {line: 1, column: 1, offset: 1.5}, end: {line: 1, column: 2, offset: 2}}}}
    const {file} = validateLetters([edited], {text})
    const offset = file.messages.find((m) => m.ruleId === 'schema')
    expect(offset?.reason).toBe('Unexpected number `1.5` at `letters[0].date.position.start.offset`, expected int')
    // Placed at the letter's own position, not the broken one.
    expect([offset?.line, offset?.column]).toEqual([1, 1])
  })
  it('says so, and does not crash, on an object that throws whatever it is asked, even a non-Error', () => {
    const hostile = (thrown: unknown) => new Proxy([], {get: () => { throw thrown }, ownKeys: () => { throw thrown }, getOwnPropertyDescriptor: () => { throw thrown }})
    expect(validateLetters(hostile('boom')).file.messages.map((m) => m.reason)).toEqual(['Unexpected input that cannot be read (boom), expected JSON letters'])
    expect(validateLetters(hostile(new Error('boom'))).valid).toBe(false)
  })
  it('places unknown keys after nested arrays, objects and escaped strings', () => {
    const json = '[{"position": {}, "x": [[], {}], "y": "a\\\\b"}]'
    const unknown = validateLetters(json).file.messages.filter((m) => m.ruleId === 'unknown-key')
    expect(unknown.map((m) => [m.reason, m.column])).toEqual([
      ['Unexpected unknown key `x` at `letters[0].x`, expected a field of `Letter`', json.indexOf('"x"') + 1],
      ['Unexpected unknown key `y` at `letters[0].y`, expected a field of `Letter`', json.indexOf('"y"') + 1]
    ])
  })
  it('places problems of `{letters}` by the transcript, naming the schema of an unknown key’s object', () => {
    const edited = {...letter, id: 3, date: {...letter.date, colour: 'red', position: {...(letter.date.position as object), extra: 1}}}
    const {file} = validateLetters({letters: [edited]}, {text})
    expect(file.messages.map((m) => [m.ruleId, m.reason, m.line, m.column])).toEqual([
      ['unknown-key', 'Unexpected unknown key `extra` at `letters[0].date.position.extra`, expected a field of `Position`', 3, 9],
      ['unknown-key', 'Unexpected unknown key `colour` at `letters[0].date.colour`, expected a field of `DateValue`', 3, 9],
      ['schema', 'Unexpected number `3` at `letters[0].id`, expected string', 1, 1]
    ])
  })
})

describe('locateJson', () => {
  it('finds nothing in an empty text', () => {
    expect([...locateJson('')]).toEqual([])
  })
  it('stops at two values without a comma, and reads past a trailing comma', () => {
    expect([...locateJson('[1 2]')]).toEqual([['[0]', {start: 1, end: 2}]])
    expect([...locateJson('[1,]')]).toEqual([
      ['[0]', {start: 1, end: 2}],
      ['', {start: 0, end: 4}]
    ])
  })
  it('reads keys and strings with escapes, under a root path', () => {
    const spans = locateJson('{"a\\"b": [true], "c": {"d": "x\\\\"}}', 'root')
    expect(spans.get('root["a\\"b"][0]')).toEqual({start: 10, end: 14})
    expect(spans.get('root.c.d')).toEqual({start: 28, end: 33, key: {start: 23, end: 26}})
    expect(spans.get('root')).toEqual({start: 0, end: 35})
  })
})

describe('isRealIsoDate', () => {
  it('accepts years, months and real days only, leap years counted', () => {
    expect(['1941', '1941-07', '1941-07-04', '1940-02-29', '2000-02-29'].map(isRealIsoDate)).toEqual([true, true, true, true, true])
    expect(['1941-7-4', '41-07-04', '1941-13', '1941-00-10', '1941-02-29', '1900-02-29', '1941-04-31', '1941-07-00'].map(isRealIsoDate)).toEqual([
      false, false, false, false, false, false, false, false
    ])
  })
})
