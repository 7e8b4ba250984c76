/**
 * The accuracy ratchet (issue 16): every corpus folder of `fixtures/` is scored against its
 * hand-made gold (`*.gold.json`) with the project's scorer (`scripts/score-core.mjs`, the
 * rules of the shared `score-letters.mjs`):
 *
 * - the parser's overall field accuracy, letter precision and recall must not fall below the
 *   figures in `fixtures/accuracy.json`;
 * - where the expected outputs (`*.letters.json`) disagree with the gold must be exactly the
 *   folder's `known-differences.json`: a new difference fails, and so does one that is gone
 *   until the list is rewritten.
 *
 * `npm run accuracy:record` rewrites both from the build. Raising a figure is part of every
 * change that improves reading; lowering one needs a line in CHANGELOG.md saying why.
 */
import {existsSync, readFileSync} from 'node:fs'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {afterAll, describe, expect, it} from 'vitest'
import {
  corpusFolders,
  differencesFile,
  FIELDS,
  figures,
  folderName,
  goldCases,
  scoreFiles,
  scoreFolder,
  type Difference,
  type Figures,
  type Scored
} from '../scripts/score-core.mjs'
import {parseLetters} from '../src/index.js'

const fixtures = fileURLToPath(new URL('../fixtures/', import.meta.url))
const recorded = JSON.parse(readFileSync(join(fixtures, 'accuracy.json'), 'utf8')) as Record<string, Figures>
const folders = corpusFolders(fixtures).map((folder) => ({folder, name: folderName(folder)}))
const record = 'run `npm run accuracy:record` and commit fixtures/accuracy.json and the lists'

const scored = new Map<string, Scored>()
/** The parser scored on a folder, once. */
function parserScore(folder: string): Scored {
  if (!scored.has(folder)) scored.set(folder, scoreFolder(join(fixtures, folder), (text) => parseLetters(text)))
  return scored.get(folder)!
}

const pct = (x: number | undefined) => (x === undefined ? '—' : `${(100 * x).toFixed(1)}%`)
const key = (d: Difference) => JSON.stringify([d.file, d.letter, d.field, d.expected, d.gold])

describe('accuracy against the gold (the ratchet)', () => {
  afterAll(() => {
    const rows = folders.filter(({folder}) => scored.has(folder)).map(({folder, name}) => {
      const s = scored.get(folder)!.summary
      return `  ${name.padEnd(9)} ${pct(s.overall).padStart(6)} ${pct(s.precision).padStart(6)} ${pct(s.recall).padStart(6)}   ${s.letters} / ${s.predicted} / ${s.matched}`
    })
    console.log(['accuracy per folder (fields, precision, recall; gold / found / matched letters):', ...rows].join('\n'))
  })

  it('has recorded figures for every corpus folder, and for no other', () => {
    expect(Object.keys(recorded).sort(), record).toEqual(folders.map(({name}) => name).sort())
  })

  it.each(folders)('keeps $name at or above its recorded accuracy', ({folder, name}) => {
    const was = recorded[name]
    expect(was, `no figures for ${name} in fixtures/accuracy.json: ${record}`).toBeDefined()
    const now = figures(parserScore(folder).summary)
    const fallen = (['overall', 'precision', 'recall'] as const).filter((figure) => now[figure] < was![figure])
    const fields = FIELDS.filter((field) => now.fields[field] < (was!.fields?.[field] ?? 0)).map((field) => `${field} ${pct(was!.fields[field])} → ${pct(now.fields[field])}`)
    const message =
      `${name}: ${fallen.map((figure) => `${figure} ${pct(was![figure])} → ${pct(now[figure])}`).join(', ')}` +
      (fields.length > 0 ? `; fields that fell: ${fields.join(', ')}` : '') +
      ' (below fixtures/accuracy.json: fix the parser, or record the new figures with a CHANGELOG line saying why)'
    expect(fallen, message).toEqual([])
  })

  it.each(folders)('lists exactly where the expected outputs of $name disagree with the gold', ({folder, name}) => {
    const dir = join(fixtures, folder)
    const results = goldCases(dir).map(({name: gold, stem, gold: answers}) => {
      const expectedPath = join(dir, `${stem}.letters.json`)
      if (!existsSync(expectedPath)) expect.fail(`${name}: no expected output ${stem}.letters.json to compare with the gold (test/fixtures.test.ts says how to write it)`)
      return {name: gold, gold: answers, predicted: (JSON.parse(readFileSync(expectedPath, 'utf8')) as {letters: unknown[]}).letters}
    })
    const actual = scoreFiles(results).differences
    const listed = JSON.parse(readFileSync(differencesFile(fixtures, folder), 'utf8')) as Difference[]
    const listedKeys = new Set(listed.map(key))
    const actualKeys = new Set(actual.map(key))
    const added = actual.filter((d) => !listedKeys.has(key(d)))
    const gone = listed.filter((d) => !actualKeys.has(key(d)))
    const show = (d: Difference) => `${d.file} letter ${d.letter ?? '(none in the gold)'} ${d.field}: expected output ${JSON.stringify(d.expected)}, gold ${JSON.stringify(d.gold)}`
    const message = [
      `${name}: the expected outputs and the gold disagree other than fixtures/${folder ? folder + '/' : ''}known-differences.json lists`,
      ...added.map((d) => `  new: ${show(d)}`),
      ...gone.map((d) => `  no longer: ${show(d)}`),
      `(a new difference is a regression to fix; one no longer there: ${record})`
    ].join('\n')
    expect({added: added.map(show), gone: gone.map(show)}, message).toEqual({added: [], gone: []})
    // Same entries, same order (order is text order: what the recorder writes).
    expect(actual.map(key), message).toEqual(listed.map(key))
  })
})
