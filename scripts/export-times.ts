// Times the exports against the parse on the dev corpus repeated to about 5 MB:
// `npx tsx scripts/export-times.ts [megabytes]`. A rough figure for the note and for catching
// a writer that grows faster than its input (run it with 2 and 4 MB: the times should double).
import {readdirSync, readFileSync} from 'node:fs'
import {parseArchive, toCmif, toCsv, toTei} from '../src/index.js'

const megabytes = Number(process.argv[2] ?? 5)
const dir = new URL('../fixtures/dev/', import.meta.url)
const one = readdirSync(dir)
  .filter((name) => name.endsWith('.txt'))
  .map((name) => readFileSync(new URL(name, dir), 'utf8'))
  .join('\n\n')
const text = Array.from({length: Math.ceil((megabytes * 1e6) / one.length)}, () => one).join('\n\n')
const edition = {
  title: 'Timing',
  editor: {name: 'A', email: 'a@example.org'},
  publisher: 'epistola',
  url: 'https://example.org/cmif.xml',
  licence: 'https://creativecommons.org/licenses/by/4.0/',
  date: '2026-01-01',
  bibl: {type: 'print' as const, text: 'Timing'}
}

function time<T>(label: string, run: () => T): T {
  const start = performance.now()
  const result = run()
  console.log(`${label.padEnd(8)} ${Math.round(performance.now() - start)} ms`)
  return result
}

toTei(parseArchive(one))
const archive = time('parse', () => parseArchive(text, {maxLength: Infinity, maxLetters: Infinity}))
console.log(`${(text.length / 1e6).toFixed(1)} MB, ${archive.letters.length} letters`)
const tei = time('toTei', () => toTei(archive))
time('toCmif', () => toCmif(archive.letters, {edition}))
time('toCsv', () => toCsv(archive.letters))
console.log(`TEI ${(tei.length / 1e6).toFixed(1)} MB`)
