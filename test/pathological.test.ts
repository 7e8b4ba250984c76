/**
 * Pathological inputs (issue 6): about 1 MB each, each parsed in a worker thread with a hard
 * timeout (a hang fails the test instead of stalling CI). Each must cost at most `maxRatio`
 * times a normal 1 MB archive built from the corpus, measured in the same run: relative,
 * never an absolute time. Uses the built package (`npm test` builds first).
 */
import {existsSync, readFileSync, readdirSync} from 'node:fs'
import {Worker} from 'node:worker_threads'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'

/** A pathological input may cost at most this many times the normal 1 MB archive. */
const maxRatio = 10
/**
 * Except where the input is nothing but letters: 100 000 one-line letters (117 times the letters
 * per byte of the normal archive) cost what 100 000 letters and their 400 000 messages cost,
 * linearly — 6 to 10 times the normal archive as measured. `maxLetters` bounds this in a service.
 */
const allowance: Record<string, number> = {'100 000 `No. 1` lines': 20}
const size = 1_000_000
const dist = new URL('../dist/index.js', import.meta.url)
const fixtures = new URL('../fixtures/', import.meta.url)

function fill(unit: string, length = size): string {
  return unit.repeat(Math.ceil(length / unit.length)).slice(0, length)
}

/** The normal archive: the corpus texts one after another, repeated to 1 MB. */
function normalArchive(): string {
  const texts = [
    ...readdirSync(fixtures).filter((name) => name.endsWith('.txt')).sort().map((name) => readFileSync(new URL(name, fixtures), 'utf8')),
    ...readdirSync(new URL('dev/', fixtures)).filter((name) => name.endsWith('.txt')).sort().map((name) => readFileSync(new URL(`dev/${name}`, fixtures), 'utf8'))
  ]
  const unit = texts.map((text) => text.trim()).join('\n\n\n') + '\n\n\n'
  const text = fill(unit)
  return text.slice(0, text.lastIndexOf('\n') + 1)
}

const twentyTos = Array.from({length: 21}, (_, i) => ['J. V. STALIN', 'W. CHURCHILL', 'THE PRESIDENT'][i % 3]).join(' TO ')

const inputs: Record<string, () => string> = {
  'a million `*`': () => fill('*'),
  'one line of words without a newline': () => fill('the treaty of the Government and your message of July 18, 1941 '),
  '100 000 `No. 1` lines': () => fill('No. 1\n', 600_000),
  '100 000 blank lines': () => fill('         \n'),
  '`[[[[…]]]]`': () => fill('[', size / 2) + fill(']', size / 2),
  'a million digits': () => fill('1234567890'),
  'alternating CR and LF': () => fill('\r\n\n\r'),
  'NUL and escape characters': () => fill('\0\u001B[31mNo. 1\u001B[0m\0 TO \0\u0007\b\n'),
  'lone surrogates': () => fill('\uD800 Dear Sir,\uDC00 \uDBFF\n\uDFFF'),
  'BOMs mid-text': () => fill('\uFEFFSTALIN TO CHURCHILL\uFEFF\n\uFEFFI have\uFEFF received\uFEFF your message.\n\n'),
  'a heading with twenty `TO`s': () => fill(`${twentyTos}\n`),
  'lines of dates only': () => fill('July 18, 1941\n18 July 1941\nMoscow, 1941-07-18.\nReceived on November 22, 1941\n'),
  'footnote markers everywhere': () => fill('word1 word2* word.3 [Page 4] (5)6 ”7 '),
  'one very long heading-like line': () => fill('STALIN TO CHURCHILL TO '),
  // Found while writing this suite: both were quadratic before (a `some` per pending line,
  // a `find` over every note per marker).
  'a hundred thousand signature-like lines': () => fill('J. Stalin\n'),
  // The run-in salutation pattern handed spaces back and forth: n spaces cost n² (20 000 took 11 s).
  'letters opening `Dear` and twenty thousand spaces': () => fill(`J. V. STALIN TO W. CHURCHILL\n\nDear${' '.repeat(20_000)}Sir, I have your message.\n\nJ. STALIN\n\n`),
  'fifteen thousand footnotes in one letter': () => {
    let body = ''
    let notes = ''
    for (let i = 0; i < 15_000; i++) {
      body += `I have received your message${(i % 999) + 1} of the day.\n\n`
      notes += `   ${(i % 999) + 1}. A note on the message.\n`
    }
    return `J. V. STALIN TO W. CHURCHILL\n\n${body}J. STALIN\n\n${notes}`
  }
}

interface Result {
  ms: number
  letters: number
  valid: boolean
  messages: number
  error?: string
}

/** Parse `text` in a worker (best of `runs`), terminated after `timeout` ms. */
function parseInWorker(text: string, runs: number, timeout: number): Promise<Result> {
  const code = `
    const {parentPort, workerData} = require('node:worker_threads')
    import(workerData.dist).then(({parseArchive, LetterSchema}) => {
      const options = {maxLength: Infinity, maxLetters: Infinity}
      let best = Infinity
      let archive
      for (let i = 0; i < workerData.runs; i++) {
        const start = performance.now()
        archive = parseArchive(workerData.text, options)
        best = Math.min(best, performance.now() - start)
      }
      const valid = archive.letters.every((letter) => LetterSchema.safeParse(letter).success)
      parentPort.postMessage({ms: best, letters: archive.letters.length, valid, messages: archive.file.messages.length})
    }).catch((error) => parentPort.postMessage({ms: NaN, letters: 0, valid: false, messages: 0, error: String(error && error.stack || error)}))
  `
  return new Promise((resolve, reject) => {
    const worker = new Worker(code, {eval: true, workerData: {text, runs, dist: dist.href}})
    const timer = setTimeout(() => {
      void worker.terminate()
      reject(new Error(`Timed out after ${timeout} ms: a hang or a blow-up`))
    }, timeout)
    worker.once('message', (result: Result) => {
      clearTimeout(timer)
      void worker.terminate()
      resolve(result)
    })
    worker.once('error', (error) => {
      clearTimeout(timer)
      reject(error)
    })
  })
}

describe('very many letters', () => {
  it('never overflows the stack: 200 000 letters and their 800 000 messages', async () => {
    // `file.messages.splice(first, n, ...added)` threw a RangeError past about 10⁵ messages.
    const {parseArchive} = (await import(dist.href)) as typeof import('../src/index.js')
    const {letters, file} = parseArchive('No. 1\n'.repeat(200_000), {maxLength: Number.POSITIVE_INFINITY, maxLetters: Number.POSITIVE_INFINITY})
    expect(letters).toHaveLength(200_000)
    expect(file.messages.length).toBeGreaterThan(200_000)
  }, 120_000)
})

describe('pathological inputs (about 1 MB each, in a worker, relative to a normal 1 MB archive)', () => {
  let normal: Result
  const table: Array<{input: string; ms: number; ratio: number; letters: number}> = []

  beforeAll(async () => {
    expect(existsSync(dist), 'build first: `npm run build`').toBe(true)
    normal = await parseInWorker(normalArchive(), 3, 120_000)
    expect(normal.error).toBeUndefined()
    expect(normal.letters).toBeGreaterThan(100)
    expect(normal.valid).toBe(true)
  }, 150_000)

  afterAll(() => {
    console.log(`normal 1 MB archive: ${normal.ms.toFixed(0)} ms, ${normal.letters} letters; limit ${maxRatio}×`)
    console.table(table.map((row) => ({input: row.input, ms: row.ms.toFixed(0), '× normal': row.ratio.toFixed(2), letters: row.letters})))
  })

  for (const [name, make] of Object.entries(inputs)) {
    const limit = allowance[name] ?? maxRatio
    it(`${name}: total, valid, at most ${limit}× the normal archive`, async () => {
      const text = make()
      expect(text.length).toBeGreaterThanOrEqual(500_000)
      // Hard timeout: well past the allowed cost, so a slow machine does not fail a fair run.
      const result = await parseInWorker(text, 2, Math.max(15_000, normal.ms * limit * 4))
      expect(result.error).toBeUndefined()
      expect(result.valid).toBe(true)
      const ratio = result.ms / normal.ms
      table.push({input: name, ms: result.ms, ratio, letters: result.letters})
      expect(ratio, `${name}: ${result.ms.toFixed(0)} ms vs ${normal.ms.toFixed(0)} ms for the normal archive`).toBeLessThanOrEqual(limit)
    }, 120_000)
  }
})
