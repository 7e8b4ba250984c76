/**
 * `node bench/floor.mjs [MB]` (after `npm run build`): the cost of work any text → validated
 * `Letter[]` parser must do, next to the time budget the issue's target gives it (10 × the
 * line scan, for full ≥ 0.10 × line scan). Each figure is the best of 5 runs on the archive of
 * `bench/archive.mjs` (10 MB by default):
 *   - lineScan: the baseline (split into lines, one anchored regular expression per line);
 *   - read every character once (a `charCodeAt` loop);
 *   - build the letters' objects again (a deep copy of epistola's output: the same objects, no
 *     parsing: what building the output costs, at least);
 *   - validate the letters with `LetterSchema.parse` (zod), as the benchmark's `letters` task does.
 */
import {buildArchive} from './archive.mjs'
import {LetterSchema, parseLetters} from '../dist/index.js'

const mb = Number(process.argv[2] ?? 10)
const text = buildArchive(mb * 1e6)
const letters = parseLetters(text, {maxLength: Number.POSITIVE_INFINITY, maxLetters: Number.POSITIVE_INFINITY})

function best(task) {
  let time = Number.POSITIVE_INFINITY
  for (let run = 0; run < 5; run++) {
    const start = performance.now()
    task()
    time = Math.min(time, performance.now() - start)
  }
  return time
}

function copy(value) {
  if (Array.isArray(value)) return value.map(copy)
  if (value && typeof value === 'object') {
    const out = {}
    for (const key of Object.keys(value)) out[key] = copy(value[key])
    return out
  }
  return value
}

const anchored = /^(?:No\.\s+\d+|Received on\b|Source:)/u
const lineScan = best(() => {
  let hits = 0
  for (const line of text.split(/\r\n|\r|\n/u)) if (anchored.test(line)) hits++
  return hits
})
const rows = {
  'lineScan (baseline)': lineScan,
  'budget: 10 × lineScan': lineScan * 10,
  'read each character (charCodeAt loop)': best(() => {
    let sum = 0
    for (let index = 0; index < text.length; index++) sum += text.charCodeAt(index) & 1
    return sum
  }),
  [`copy the ${letters.length} letters (objects only)`]: best(() => copy(letters)),
  'LetterSchema.parse of every letter (zod)': best(() => {
    for (const letter of letters) LetterSchema.parse(letter)
  })
}
console.log(`Floor of the work on ${mb} MB (ms, best of 5)`)
console.table(Object.fromEntries(Object.entries(rows).map(([name, ms]) => [name, {ms: Number(ms.toFixed(1)), 'MB/s': Number(((mb / ms) * 1000).toFixed(1))}])))
