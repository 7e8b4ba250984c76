import {readdirSync, readFileSync} from 'node:fs'
import {Readable} from 'node:stream'
import {describe, expect, it} from 'vitest'
import {VFile} from 'vfile'
import {fromText, parseArchive, parseLetters, parseLettersStream, type DeclaredLayout, type Letter} from '../src/index.js'

/**
 * The layout the whole text teaches. A stream learns its layout from its first part and carries
 * it; read by the same layout, the stream gives what `parseLetters` gives.
 */
function layoutOf(text: string): DeclaredLayout {
  const {letters: _letters, ...layout} = fromText(text).data!.layout!
  return layout
}

const root = new URL('../fixtures/', import.meta.url)
const corpus = readdirSync(new URL('dev/', root))
  .filter((name) => name.endsWith('.txt'))
  .map((name) => ({name: `dev/${name}`, text: readFileSync(new URL(`dev/${name}`, root), 'utf8')}))
const sample = {name: 'stalin-churchill-1941.txt', text: readFileSync(new URL('stalin-churchill-1941.txt', root), 'utf8')}
const all = [sample, ...corpus]
/** Every corpus text as one archive, separated by blank lines. */
const archive = all.map((entry) => entry.text).join('\n\n')

async function collect(iterable: AsyncIterable<Letter>): Promise<Letter[]> {
  const letters: Letter[] = []
  for await (const letter of iterable) letters.push(letter)
  return letters
}

/** Bytes of `text` in chunks of `size` bytes: multi-byte characters and CRLF get split. */
async function* bytes(text: string, size: number): AsyncGenerator<Uint8Array> {
  const data = new TextEncoder().encode(text)
  for (let at = 0; at < data.length; at += size) yield data.subarray(at, at + size)
}

async function* strings(text: string, size: number): AsyncGenerator<string> {
  for (let at = 0; at < text.length; at += size) yield text.slice(at, at + size)
}

describe('parseLettersStream', () => {
  for (const size of [1, 7, 65_536]) {
    it(`equals parseLetters on every fixture, ${size}-byte chunks, parsing at every blank line`, async () => {
      expect(all.length).toBeGreaterThan(30)
      expect.assertions(all.length + 1)
      for (const {name, text} of all) {
        const streamed = await collect(parseLettersStream(bytes(text, size), {minBuffer: 0}))
        expect(streamed, name).toEqual(parseLetters(text))
      }
    })
  }

  it('equals parseLetters on the whole corpus as one archive (7-byte chunks, default buffer and eager)', async () => {
    const layout = layoutOf(archive)
    const whole = parseLetters(archive, {layout})
    expect(whole.length).toBeGreaterThan(40)
    expect(await collect(parseLettersStream(bytes(archive, 7), {minBuffer: 0, layout}))).toEqual(whole)
    expect(await collect(parseLettersStream(bytes(archive, 7), {layout}))).toEqual(whole)
    expect(await collect(parseLettersStream(strings(archive, 4096), {minBuffer: 1024, layout}))).toEqual(whole)
  })

  it('equals parseLetters on the corpus joined tightly and with CRLF line endings', async () => {
    for (const text of [all.map((entry) => entry.text).join('\n'), archive.replace(/\r?\n/gu, '\r\n')]) {
      const layout = layoutOf(text)
      expect(await collect(parseLettersStream(bytes(text, 1), {minBuffer: 0, layout}))).toEqual(parseLetters(text, {layout}))
    }
  })

  it('waits for a note printed in a later letter (at the foot of the page), as parseLetters gives it', async () => {
    const lines = sample.text.split('\n')
    const at = lines.findIndex((line) => line.startsWith('The Soviet troops are still engaged'))
    lines.splice(at + 1, 0, '', '* Churchill’s message was delivered by the British Ambassador.')
    // Twice, so that letters follow the one with the note.
    const text = lines.join('\n') + '\n\n' + lines.join('\n')
    const whole = parseLetters(text)
    // The note stands in the third letter and belongs to the second letter's heading marker.
    expect(whole[1]!.notes[0]).toMatchObject({label: '*', in: 'heading', resolved: true})
    expect(whole[2]!.notes).toEqual([])
    for (const size of [1, 7, 65_536]) {
      expect(await collect(parseLettersStream(bytes(text, size), {minBuffer: 0}))).toEqual(whole)
    }
    // Not waiting, the second letter goes out before its note is read.
    const hasty = await collect(parseLettersStream(bytes(text, 7), {minBuffer: 0, holdLimit: 0}))
    expect(hasty[1]!.notes[0]).toMatchObject({label: '*', resolved: false})
  })

  it('keeps ids consecutive and positions true to the whole input', async () => {
    const layout = layoutOf(archive)
    const letters = await collect(parseLettersStream(bytes(archive, 64), {minBuffer: 0, layout}))
    expect(letters).toHaveLength(parseLetters(archive, {layout}).length)
    letters.forEach((letter, index) => expect(letter.id).toBe(`letter-${index + 1}`))
    for (const letter of letters) {
      const {start, end} = letter.position
      // The text at the letter's offsets is the text of its heading or first line.
      expect(archive.slice(start.offset, end.offset).length).toBeGreaterThan(0)
      const lineStart = archive.split(/\r\n|\r|\n/u).slice(0, start.line - 1).join('\n').length
      expect(start.line).toBeGreaterThan(0)
      expect(lineStart).toBeLessThanOrEqual(start.offset!)
    }
  })

  it('splits multi-byte UTF-8 and CRLF across chunks without harm', async () => {
    const crlf = sample.text.replace(/\r?\n/gu, '\r\n').replace(/Churchill/gu, 'Чёрчилль ✉ 𝒞hurchill')
    const whole = parseLetters(crlf)
    for (const size of [1, 2, 3, 5]) {
      expect(await collect(parseLettersStream(bytes(crlf, size), {minBuffer: 0}))).toEqual(whole)
    }
  })

  it('reads a Node readable stream', async () => {
    const letters = await collect(parseLettersStream(Readable.from([Buffer.from(sample.text)])))
    expect(letters).toEqual(parseLetters(sample.text))
  })

  it('yields a letter before the stream ends', async () => {
    const chunks = sample.text.split(/(?<=\n\n)/u)
    let read = 0
    async function* slow() {
      for (const chunk of chunks) {
        read++
        yield chunk
      }
    }
    let first: Letter | undefined
    let readBeforeFirst = 0
    for await (const letter of parseLettersStream(slow(), {minBuffer: 0})) {
      first = letter
      readBeforeFirst = read
      break
    }
    // Asserted after the loop: a stream that yields nothing fails here instead of passing.
    expect(first?.id).toBe('letter-1')
    expect(readBeforeFirst).toBeGreaterThan(0)
    expect(readBeforeFirst).toBeLessThan(chunks.length)
  })

  it('reports messages on a file when asked, as parseArchive does for each letter', async () => {
    const broken = sample.text.replace('July 18, 1941', 'July 38, 1941')
    const file = new VFile({path: 'broken.txt'})
    await collect(parseLettersStream(strings(broken, 100), {file, minBuffer: 0}))
    const expected = parseArchive(broken).file.messages.map((m) => `${m.place && 'start' in m.place ? m.place.start.line : ''} ${m.ruleId}`)
    expect(file.messages.map((m) => `${m.place && 'start' in m.place ? m.place.start.line : ''} ${m.ruleId}`).sort()).toEqual(expected.sort())
    expect(file.messages.some((m) => m.ruleId === 'impossible-date')).toBe(true)
  })

  it('throws a TypeError on bytes that are not UTF-8 only when fatal', async () => {
    const bad = [new Uint8Array([0x4d, 0x72, 0xff, 0x0a])]
    await expect(collect(parseLettersStream(Readable.from(bad), {fatal: true}))).rejects.toThrow(TypeError)
    expect(await collect(parseLettersStream(Readable.from(bad)))).toEqual(parseLetters('Mr\ufffd\n'))
  })

  it('yields nothing for empty input', async () => {
    expect(await collect(parseLettersStream(strings('', 1)))).toEqual([])
  })
})
