#!/usr/bin/env node
/**
 * `npm run calibrate`: is the letters' `confidence` calibrated? Parses every gold folder, aligns
 * its letters with the gold (the scorer's alignment), and for each confidence band prints how
 * many letters fall in it and what share of their fields is right; a predicted letter that
 * matches no gold letter counts as all wrong. Also: how many wrong letters (any field wrong, or
 * no gold letter) are flagged (`confidence.letter` below the `low-confidence` threshold).
 *
 *   node scripts/calibrate.mjs [--module dist/index.js] [--core PATH] DIR…
 */
import {readFileSync, readdirSync} from 'node:fs'
import {join, resolve} from 'node:path'
import {pathToFileURL} from 'node:url'

const argv = process.argv.slice(2)
const option = (name, fallback) => {
  const at = argv.indexOf(name)
  if (at === -1) return fallback
  const [value] = argv.splice(at, 2).slice(1)
  return value
}
const modulePath = option('--module', 'dist/index.js')
const corePath = option('--core', 'scripts/score-core.mjs')
 // `--list`: each letter with a wrong field, its confidence and reasons, on stderr.
const list = argv.includes('--list')
if (list) argv.splice(argv.indexOf('--list'), 1)
const dirs = argv.length > 0 ? argv : ['fixtures', 'fixtures/dev', 'fixtures/printed', 'fixtures/official', 'fixtures/frus']
const {parseLetters, lowConfidence} = await import(pathToFileURL(resolve(modulePath)).href)
const {FIELDS, align, flatten, same} = await import(pathToFileURL(resolve(corePath)).href)

const bands = [0.9, 0.8, 0.7, 0]
const tally = bands.map(() => ({letters: 0, fields: 0, right: 0, wrong: 0}))
let wrong = 0
let flagged = 0
for (const dir of dirs) {
  for (const name of readdirSync(dir).filter((f) => f.endsWith('.gold.json'))) {
    const gold = JSON.parse(readFileSync(join(dir, name), 'utf8')).letters
    const letters = parseLetters(readFileSync(join(dir, name.replace(/\.gold\.json$/u, '.txt')), 'utf8'))
    const flat = letters.map(flatten)
    const pairs = new Map(align(gold, flat).map(([g, p]) => [p, g]))
    letters.forEach((letter, index) => {
      const band = tally[bands.findIndex((floor) => letter.confidence.letter >= floor)]
      const g = pairs.get(index)
      const right = g === undefined ? 0 : FIELDS.filter((field) => same(field, gold[g][field], flat[index][field])).length
      band.letters++
      band.fields += FIELDS.length
      band.right += right
      if (right < FIELDS.length) {
        band.wrong++
        wrong++
        if (letter.confidence.letter < lowConfidence) flagged++
        if (list) {
          const fields = g === undefined ? ['(no gold letter)'] : FIELDS.filter((field) => !same(field, gold[g][field], flat[index][field]))
          console.error(`${letter.confidence.letter.toFixed(2)}  ${name} #${index + 1}  wrong: ${fields.join(', ')}  (${letter.confidence.reasons.join('; ')})`)
        }
      }
    })
  }
}
console.log('| confidence | letters | fields right | letters with a wrong field |')
console.log('|---|---|---|---|')
bands.forEach((floor, i) => {
  const t = tally[i]
  const upper = i === 0 ? '1.0' : String(bands[i - 1])
  const pct = t.fields ? ((100 * t.right) / t.fields).toFixed(1) + '%' : '–'
  console.log(`| ${floor.toFixed(1)}–${upper} | ${t.letters} | ${pct} | ${t.wrong} |`)
})
console.log(`\nwrong letters flagged (confidence below ${lowConfidence}): ${flagged} of ${wrong}`)
