#!/usr/bin/env node
/**
 * Record the accuracy ratchet from the current build: `fixtures/accuracy.json` (each corpus
 * folder's overall field accuracy, letter precision and recall, with counts and per-field
 * figures) and each folder's `known-differences.json` (every value where the output disagrees
 * with the gold). `test/accuracy.test.ts` fails when a figure falls below the recorded one and
 * when the differences are not exactly the listed ones.
 *
 *   npm run accuracy:record            (builds, then runs this on dist/index.js)
 *   node scripts/accuracy-record.mjs [--module PATH]
 *
 * The lists are written from the build and checked (by the test) against the expected outputs,
 * which `npm run test:update` rewrites: this script names the expected outputs the build no
 * longer gives and exits 1. Read the diff: a figure that falls needs a line in CHANGELOG.md
 * saying why.
 */
import {existsSync, readFileSync, writeFileSync} from 'node:fs'
import {join, resolve} from 'node:path'
import {fileURLToPath, pathToFileURL} from 'node:url'
import {corpusFolders, differencesFile, figures, folderName, formatDifferences, goldCases, scoreFolder} from './score-core.mjs'

const argv = process.argv.slice(2)
const at = argv.indexOf('--module')
const modulePath = at >= 0 ? argv[at + 1] : 'dist/index.js'
if (!modulePath || argv.some((a, i) => a !== '--module' && i !== at + 1)) {
  console.error('usage: accuracy-record.mjs [--module PATH]')
  process.exit(2)
}
const {parseLetters} = await import(pathToFileURL(resolve(modulePath)).href)
if (typeof parseLetters !== 'function') {
  console.error(`${modulePath} exports no parseLetters`)
  process.exit(2)
}

const fixtures = fileURLToPath(new URL('../fixtures/', import.meta.url))
const accuracyPath = join(fixtures, 'accuracy.json')
const before = existsSync(accuracyPath) ? JSON.parse(readFileSync(accuracyPath, 'utf8')) : {}
const pct = (x) => (x === undefined ? '   —  ' : `${(100 * x).toFixed(1).padStart(5)}%`)

const record = {}
const fallen = []
const stale = []
for (const folder of corpusFolders(fixtures)) {
  const name = folderName(folder)
  const dir = join(fixtures, folder)
  const {summary, differences} = scoreFolder(dir, (text) => parseLetters(text))
  record[name] = figures(summary)
  writeFileSync(differencesFile(fixtures, folder), formatDifferences(differences))

  // The lists are checked against the expected outputs: say which of these the build no longer gives.
  for (const {stem, txt} of goldCases(dir)) {
    const expectedPath = join(dir, `${stem}.letters.json`)
    const expected = existsSync(expectedPath) ? JSON.stringify(JSON.parse(readFileSync(expectedPath, 'utf8')).letters) : null
    if (expected !== JSON.stringify(parseLetters(readFileSync(txt, 'utf8')))) stale.push(join('fixtures', folder, `${stem}.letters.json`))
  }

  const old = before[name]
  const line = ['overall', 'precision', 'recall'].map((key) => `${key} ${pct(old?.[key])} → ${pct(record[name][key])}`).join(', ')
  console.log(`${name.padEnd(9)} ${line}; ${differences.length} known differences`)
  for (const key of ['overall', 'precision', 'recall']) if (old && record[name][key] < old[key]) fallen.push(`${name} ${key}`)
}
writeFileSync(accuracyPath, JSON.stringify(record, null, 2) + '\n')
console.log(`wrote fixtures/accuracy.json and ${Object.keys(record).length} known-differences.json files`)

if (fallen.length > 0) console.log(`\nLower than recorded before: ${fallen.join(', ')}. Say why in CHANGELOG.md (Unreleased).`)
if (stale.length > 0) {
  console.log(`\n${stale.length} expected outputs differ from this build (the test checks the lists against them):`)
  for (const path of stale) console.log(`  ${path}`)
  console.log('The figures and lists written here are this build\'s: run `npm run test:update` and review those files.')
  process.exitCode = 1
}
