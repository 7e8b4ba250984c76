/**
 * The public functions on input a caller may pass by mistake: no string, bytes in a VFile,
 * a text cut at `maxLength` with old Mac line endings, a stream that is no stream.
 */
import {describe, expect, it} from 'vitest'
import {VFile} from 'vfile'
import {parseArchive, parseLetters} from '../src/api.js'
import {parseLettersStream} from '../src/stream/parse-letters-stream.js'

const text = 'Prime Minister Churchill to President Roosevelt\n\nLondon, September 30, 1941.\n\nDear Mr. President,\n\nWe are well.\n\nW. Churchill\n'

describe('parseArchive input', () => {
  it('throws a TypeError naming what it got for a value that is no string (a mistake in the call, not in the text)', () => {
    expect(() => parseArchive(undefined as unknown as string)).toThrow(new TypeError('Unexpected input of type undefined, expected a string or a VFile'))
    expect(() => parseArchive(null as unknown as string)).toThrow(new TypeError('Unexpected input of type null, expected a string or a VFile'))
    expect(() => parseArchive(42 as unknown as string)).toThrow(TypeError)
    expect(() => parseLetters(undefined as unknown as string)).toThrow(new TypeError('Unexpected input of type undefined, expected a string'))
    expect(() => parseLetters(['a'] as unknown as string)).toThrow(new TypeError('Unexpected input of type array, expected a string'))
  })
  it('decodes a VFile whose value is bytes, and gives it back as text', () => {
    const file = new VFile({value: new TextEncoder().encode(text), path: 'letter.txt'})
    const archive = parseArchive(file)
    expect(archive.file).toBe(file)
    expect(archive.file.value).toBe(text)
    expect(archive.letters.map((l) => [l.date?.iso, l.place])).toEqual([['1941-09-30', 'London']])
    expect(archive.letters).toEqual(parseLetters(text))
  })
  it('counts CR alone as a line ending when it says where a long input was cut', () => {
    const crText = text.replace(/\n/gu, '\r')
    // The heading (47 characters) and a blank line fit in 60; the dateline would not.
    const {file, letters} = parseArchive(crText, {maxLength: 60})
    expect(letters.map((l) => [l.from.map((p) => p.name), l.to.map((p) => p.name), l.date])).toEqual([[['Churchill'], ['Roosevelt'], null]])
    const message = file.messages.find((m) => m.ruleId === 'input-too-large')
    expect(message?.reason).toBe(`Unexpected input of ${crText.length} characters, expected at most 60 (\`maxLength\`): read up to line 3 only`)
    expect([message?.line, message?.column]).toEqual([3, 1])
  })
})

describe('parseLettersStream input', () => {
  it('rejects a value that is no stream with a TypeError in the words of a message', async () => {
    const letters = parseLettersStream(42 as unknown as AsyncIterable<string>)
    await expect(letters.next()).rejects.toThrow(new TypeError('Unexpected input, expected an async iterable or a readable stream'))
  })
})
