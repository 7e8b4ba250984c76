/**
 * Property-based tests (issue 6): on any string, and above all on letter-like text,
 * `parseArchive` is total, its letters are valid, its positions are true to the input,
 * body text comes from the input, and the output is a function of the input.
 *
 * Runs: `EPISTOLA_PROPERTY_RUNS` (default 100 000, split between the generators below);
 * `npm run test:properties:long` runs 1 000 000. A failure prints the seed and the
 * shrunk counterexample: paste it into a regression test.
 */
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {LetterSchema, parseArchive, type Letter} from '../src/index.js'
import {textLost} from './helpers/no-text-lost.js'
import {expectProperty} from './helpers/property.js'

const totalRuns = Number(process.env.EPISTOLA_PROPERTY_RUNS ?? 100_000)
const seed = process.env.EPISTOLA_PROPERTY_SEED === undefined ? undefined : Number(process.env.EPISTOLA_PROPERTY_SEED)
/** A hang guard, not a speed test: far above the few milliseconds a case takes. */
const timeout = Math.max(60_000, totalRuns * 20)

// ---------------------------------------------------------------- generators

const surnames = ['STALIN', 'CHURCHILL', 'ROOSEVELT', 'Truman', 'Washington', 'Jefferson', 'J. V. STALIN', 'W. CHURCHILL', 'F. D. Roosevelt', 'the President', 'Marshal Stalin', 'Mr. Seward', 'Lord Lothian']
const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December', 'Jan.', 'Sept.', 'Dec']
const places = ['Moscow', 'London', 'Washington', 'The Kremlin', 'Mount Vernon', 'Tehran', 'Yalta']
const words = ['the', 'of', 'and', 'to', 'I', 'have', 'received', 'your', 'message', 'Dear', 'Sir', 'treaty', 'Government', 'No.', 'TO', 'FROM', 'Received', 'Source:', 'P.S.', 'Yours', 'sincerely,', 'Page', 'May', 'March', '1941', '1945.', 'Personal', 'and', 'Secret', '*', '"', '“', '”', '(', ')', '[', ']', '—', 'Vol.', 'p.', 'Number']

const marker = fc.oneof(fc.constantFrom('*', '**', '*1'), fc.integer({min: 1, max: 999}).map(String))
const name = fc.constantFrom(...surnames)
const year = fc.integer({min: 1700, max: 2030})
const date = fc.oneof(
  fc.tuple(fc.constantFrom(...months), fc.integer({min: 0, max: 40}), year).map(([m, d, y]) => `${m} ${d}, ${y}`),
  fc.tuple(fc.integer({min: 0, max: 40}), fc.constantFrom(...months), year).map(([d, m, y]) => `${d} ${m} ${y}`),
  fc.tuple(year, fc.integer({min: 0, max: 13}), fc.integer({min: 0, max: 32})).map(([y, m, d]) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`)
)
const word = fc.oneof({weight: 4, arbitrary: fc.constantFrom(...words)}, {weight: 1, arbitrary: fc.string({minLength: 1, maxLength: 8})})
const prose = fc
  .array(fc.tuple(word, fc.option(marker, {freq: 6}), fc.option(fc.integer({min: 1, max: 400}), {freq: 12})), {minLength: 1, maxLength: 14})
  .map((parts) => parts.map(([w, m, page]) => `${w}${m ?? ''}${page === null ? '' : ` [Page ${page}]`}`).join(' '))

/** One line of a letter-like transcript. */
const line = fc.oneof(
  {weight: 3, arbitrary: fc.tuple(name, name, fc.option(marker)).map(([a, b, m]) => `${a} TO ${b}${m ?? ''}`)},
  {weight: 1, arbitrary: fc.array(name, {minLength: 2, maxLength: 21}).map((names) => names.join(' TO '))},
  {weight: 2, arbitrary: date},
  {weight: 2, arbitrary: fc.tuple(fc.constantFrom(...places), date).map(([p, d]) => `${p}, ${d}.`)},
  {weight: 2, arbitrary: date.map((d) => `Received on ${d}`)},
  {weight: 1, arbitrary: date.map((d) => `Sent on ${d}`)},
  {weight: 2, arbitrary: prose.map((p) => `Source: ${p}`)},
  {weight: 2, arbitrary: fc.integer({min: 0, max: 2000}).map((n) => `No. ${n}`)},
  {weight: 1, arbitrary: fc.tuple(fc.integer({min: 1, max: 99}), prose).map(([n, p]) => `   ${n}. ${p}`)},
  {weight: 1, arbitrary: prose.map((p) => `* ${p}`)},
  {weight: 1, arbitrary: fc.integer({min: 1, max: 999}).map((n) => `[Page ${n}]`)},
  {weight: 1, arbitrary: fc.constantFrom('Dear Sir,', 'My dear Mr. President,', 'Yours sincerely,', 'I have the honor to be, Sir,', 'J. STALIN', '(Signed) L. Lothian', 'Personal and Most Secret', 'P.S. Kind regards.', '* * *', '. . . .', 'Number 32.', 'No. 14.]', '297', 'Title: Letter', 'From: Stalin')},
  {weight: 8, arbitrary: prose},
  {weight: 1, arbitrary: fc.string({maxLength: 40, unit: 'binary'})},
  {weight: 1, arbitrary: fc.constantFrom('', ' ', '\t', '\uFEFF', '\0', '\u001B[0m', '\uD800', '\uDC00x', '\u00A0', '\u2028', '\u200B')}
)
const ending = fc.constantFrom('\n', '\n', '\n\n', '\r\n', '\r\n\r\n', '\r', '\n\r')
const noise = fc.constantFrom('', '', '', '', '\uFEFF', '\0', '\uD83D', '\r')

/** A transcript: lines with mixed endings, BOMs and NULs sprinkled in. */
const transcript = fc
  .array(fc.tuple(noise, line, ending), {maxLength: 30})
  .chain((lines) => fc.tuple(fc.constant(lines), fc.boolean()))
  .map(([lines, bom]) => (bom ? '\uFEFF' : '') + lines.map(([n, l, e]) => n + l + e).join(''))

/** Any string: ASCII-heavy, full Unicode (lone surrogates included), and line-ending soup. */
const anyString = fc.oneof(
  fc.string({maxLength: 300}),
  fc.string({maxLength: 300, unit: 'binary'}),
  fc.string({maxLength: 300, unit: fc.constantFrom('\r', '\n', ' ', 'a', 'A', '1', '.', '*', '[', ']', '\0', '\uFEFF', '\uD800', 'TO', 'No. ', ':')})
)

// ---------------------------------------------------------------- checks

interface Point {
  line: number
  column: number
  offset: number
}

/** Line starts of the input, computed here independently of the parser (CRLF, CR, LF). */
function lineStarts(text: string): number[] {
  const starts = [0]
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    if (code === 13 && text.charCodeAt(i + 1) === 10) {
      starts.push(i + 2)
      i++
    } else if (code === 10 || code === 13) starts.push(i + 1)
  }
  return starts
}

/** Fail with a message (cheaper than `expect` in a loop run a million times). */
function fail(message: string): never {
  throw new Error(message)
}

function checkPoint(point: Point, text: string, starts: number[], where: string): void {
  if (!(point.offset >= 0 && point.offset <= text.length)) fail(`${where}: offset ${point.offset} outside the input (length ${text.length})`)
  let low = 0
  let high = starts.length - 1
  while (low < high) {
    const middle = (low + high + 1) >> 1
    if (starts[middle]! <= point.offset) low = middle
    else high = middle - 1
  }
  const line = low + 1
  const column = point.offset - starts[low]! + 1
  if (point.line !== line || point.column !== column) fail(`${where}: offset ${point.offset} is ${line}:${column}, not ${point.line}:${point.column}`)
}

function isPosition(value: unknown): value is {start: Point; end: Point} {
  return typeof value === 'object' && value !== null && 'start' in value && 'end' in value && typeof (value as {start: {offset?: unknown}}).start?.offset === 'number'
}

/** Every position anywhere in `value` (letters or tree), with a path for messages. */
function positions(value: unknown, path: string, found: Array<{position: {start: Point; end: Point}; path: string}> = []) {
  if (Array.isArray(value)) value.forEach((item, index) => positions(item, `${path}[${index}]`, found))
  else if (typeof value === 'object' && value !== null) {
    for (const [key, child] of Object.entries(value)) {
      if ((key === 'position' || path.endsWith('.positions')) && isPosition(child)) found.push({position: child, path: `${path}.${key}`})
      else positions(child, `${path}.${key}`, found)
    }
  }
  return found
}

const pageMarker = /\[\s*(?:Page|p\.)\s*[0-9ivxlcdm]+\s*\]/giu
/** Whitespace, and the invisible characters the line splitter treats as blank. */
const normalise = (value: string) => value.replace(/[\s\0\u200B]+/gu, ' ').trim()

/**
 * The paragraph as the input has it: the slice of its position, with the footnote markers
 * the letter reports inside it (by their own positions) and `[Page N]` markers taken out.
 */
function paragraphFromInput(text: string, paragraph: Letter['body'][number], letter: Letter, place: 'body' | 'postscript'): string {
  const {start, end} = paragraph.position!
  const cuts = letter.notes
    .filter((note) => note.in === place && note.position && note.position.start.offset >= start.offset && note.position.end.offset <= end.offset)
    .map((note) => [note.position!.start.offset, note.position!.end.offset] as const)
    .sort((a, b) => a[0] - b[0])
  let value = ''
  let at = start.offset
  for (const [from, to] of cuts) {
    value += text.slice(at, from)
    at = to
  }
  value += text.slice(at, end.offset)
  return value.replace(pageMarker, '')
}

function check(text: string): void {
  let archive: ReturnType<typeof parseArchive>
  try {
    archive = parseArchive(text)
  } catch (error) {
    fail(`parseArchive threw: ${String(error)}`)
  }
  const {letters, tree, file} = archive
  const starts = lineStarts(text)

  letters.forEach((letter, index) => {
    const result = LetterSchema.safeParse(letter)
    if (!result.success) fail(`letter ${index} fails LetterSchema: ${result.error.message}`)
  })

  for (const {position, path} of [...positions(letters, 'letters'), ...positions(tree.children, 'tree')]) {
    checkPoint(position.start, text, starts, `${path}.start`)
    checkPoint(position.end, text, starts, `${path}.end`)
    if (position.start.offset > position.end.offset) fail(`${path}: start after end`)
  }

  for (let i = 1; i < letters.length; i++) {
    if (letters[i]!.position.start.offset < letters[i - 1]!.position.end.offset) fail(`letter ${i} starts before letter ${i - 1} ends`)
  }
  for (const [index, letter] of letters.entries()) {
    for (const [place, paragraphs] of [['body', letter.body], ['postscript', letter.postscript]] as const) {
      let previousEnd = letter.position.start.offset
      for (const [p, paragraph] of paragraphs.entries()) {
        const where = `letter ${index} ${place} paragraph ${p}`
        if (!paragraph.position) fail(`${where} has no position`)
        const {start, end} = paragraph.position
        if (start.offset < previousEnd) fail(`${where} starts before the previous one ends (or before its letter)`)
        if (end.offset > letter.position.end.offset) fail(`${where} ends after its letter`)
        previousEnd = end.offset
        const expected = normalise(paragraphFromInput(text, paragraph, letter, place))
        if (normalise(paragraph.text) !== expected) fail(`${where}: text ${JSON.stringify(paragraph.text)} is not the input ${JSON.stringify(expected)}`)
      }
    }
  }

  const lost = textLost(text, archive)
  if (lost.length > 0) fail(`text lost:\n${lost.join('\n')}`)

  const again = parseArchive(text)
  if (JSON.stringify(again.letters) !== JSON.stringify(letters)) fail('a second parse gives other letters')
  if (JSON.stringify(again.tree) !== JSON.stringify(tree)) fail('a second parse gives another tree')
  if (again.file.messages.map(String).join('\n') !== file.messages.map(String).join('\n')) fail('a second parse gives other messages')
}

// ---------------------------------------------------------------- properties

describe('parseArchive on any input (properties)', () => {
  it('holds on letter-like transcripts', () => {
    expectProperty(fc.property(transcript, check), {numRuns: Math.round(totalRuns * 0.8), seed})
  }, timeout)

  it('holds on any string', () => {
    expectProperty(fc.property(anyString, check), {numRuns: Math.round(totalRuns * 0.2), seed})
  }, timeout)

  it('holds on two hand-written samples', () => {
    expect(() => check('W. CHURCHILL TO J. V. STALIN*\r\nSent on July 18, 1941\r\n\r\nI am very glad1 to get [Page 3] your message.\n\nJ. STALIN\n')).not.toThrow()
    expect(() => check('\uFEFFNo. 1\rSTALIN TO CHURCHILL\r\rDear Sir,\r\r\0text\u2028 more\r')).not.toThrow()
  })

  it('joins the pieces of one split line with the text between them, not a line break (found by the properties)', () => {
    const text = 'the\nYours ,A the\nthe\n'
    const [letter] = parseArchive(text).letters
    expect(letter!.body.map((p) => p.text)).toEqual(['the\nYours ,A the\nthe'])
    expect(() => check(text)).not.toThrow()
  })

  it('splits two columns after a character beyond the BMP, not inside it (found by the properties)', () => {
    const text = '𐀀\t𝘼'
    expect(() => check(text)).not.toThrow()
  })

  it('reads a second close under the signature as the postscript, one close a letter (found by the properties)', () => {
    const text = 'the [Page 1] sincerely, A [Page 1]\n\rYours sincerely,\n'
    const [letter] = parseArchive(text).letters
    expect(letter!.postscript.map((p) => p.text)).toEqual(['Yours sincerely,'])
    expect(() => check(text)).not.toThrow()
  })

  it('holds where page markers stand inside closings set apart (found by the properties)', () => {
    for (const text of [
      'the\n\nYours the [Page 1]\n  [Page 1]  * [Page 1]\nJanuary 0, 1700\n\nI have the honor to be, Sir,\n',
      'the [Page 1] sincerely,\nthe the [Page 1] the  * [Page 1]\n\rYours sincerely,\n'
    ]) {
      expect(() => check(text), text).not.toThrow()
    }
  })

  it('reads a header with no letter open yet without throwing (found by the properties)', () => {
    const text = '*\n\r\r!\n\r]\n\n\re\n\re\n\n]\n\re\n\rN\n\r]'
    expect(() => parseArchive(text)).not.toThrow()
    expect(() => check(text)).not.toThrow()
  })

  it('ends a letter where its postscript ends, after a page marker (found by the properties)', () => {
    const text = 'STALIN TO STALIN\nP.S. Kind regards.\n[Page 1]\nthe\n'
    const [letter] = parseArchive(text).letters
    expect(letter!.postscript.map((p) => p.text)).toEqual(['P.S. Kind regards.', 'the'])
    expect(letter!.position.end.offset).toBe(text.indexOf('the\n') + 3)
    expect(() => check(text)).not.toThrow()
  })
})
