/**
 * Every transcript of the corpus folders of `fixtures/` (the sample at the top, `dev/`,
 * `printed/`, `official/`, `frus/`: see `corpusFolders`) against the expected output beside it
 * (`<case>.letters.json`).
 *
 * A test run never writes an expected file unless asked: `EPISTOLA_UPDATE_FIXTURES=1`
 * (`npm run test:update`) rewrites them, and not even then when `CI` is set. A missing one
 * fails. Expected files are written by the code, so they agree with the gold only as far as the
 * parser does: where they do not, the folder's `known-differences.json` lists it
 * (`test/accuracy.test.ts`).
 */
import {existsSync, readdirSync, readFileSync, writeFileSync} from 'node:fs'
import {join, relative} from 'node:path'
import {fileURLToPath} from 'node:url'
import {describe, expect, it} from 'vitest'
import {corpusFolders} from '../scripts/score-core.mjs'
import {LetterSchema, parseArchive} from '../src/index.js'

const root = fileURLToPath(new URL('../fixtures/', import.meta.url))
const repository = fileURLToPath(new URL('../', import.meta.url))
const ci = Boolean(process.env.CI) && process.env.CI !== 'false' && process.env.CI !== '0'
const updateAsked = process.env.EPISTOLA_UPDATE_FIXTURES === '1'
const update = updateAsked && !ci

const folders = corpusFolders(root)
const cases = folders.flatMap((folder) =>
  readdirSync(join(root, folder))
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => ({folder, name, stem: name.slice(0, -'.txt'.length)}))
)

/** What a missing expected file says: how to make it, and that it is to be read. */
function missingMessage(path: string): string {
  return (
    `Missing expected output \`${path}\`. Write it with \`npm run test:update\` (EPISTOLA_UPDATE_FIXTURES=1, not in CI), ` +
    'read it against the transcript field by field, then `npm run accuracy:record` to list where it disagrees with the gold, and commit all three.'
  )
}

describe('fixtures', () => {
  it('should find the sample and every corpus folder', () => {
    expect(folders).toEqual(expect.arrayContaining(['', 'dev', 'frus', 'official', 'printed']))
    expect(cases.some((c) => c.folder === '' && c.name === 'stalin-churchill-1941.txt')).toBe(true)
    expect(cases.filter((c) => c.folder === 'dev').length).toBeGreaterThan(30)
    for (const folder of ['printed', 'official', 'frus']) expect(cases.filter((c) => c.folder === folder).length, folder).toBeGreaterThan(10)
  })

  it('should not write expected files in CI, even when asked', () => {
    expect(updateAsked && ci, 'EPISTOLA_UPDATE_FIXTURES=1 with CI set: expected files are written on a developer machine and reviewed, never by CI').toBe(false)
  })

  it.each(cases)('should parse $folder/$name as expected', ({folder, name, stem}) => {
    const text = readFileSync(join(root, folder, name), 'utf8')
    const {letters, file} = parseArchive(text)
    const actual = {
      letters,
      messages: file.messages.map((m) => `${m.line ?? 0}:${m.column ?? 0} ${m.ruleId ?? ''} ${m.reason}`)
    }

    for (const letter of letters) {
      const result = LetterSchema.safeParse(letter)
      expect(result.success ? [] : result.error.issues, `letter ${letter.id} fits LetterSchema`).toEqual([])
    }

    const expectedPath = join(root, folder, `${stem}.letters.json`)
    const serialised = JSON.stringify(actual, null, 2) + '\n'
    if (update) {
      if (!existsSync(expectedPath) || readFileSync(expectedPath, 'utf8') !== serialised) writeFileSync(expectedPath, serialised)
      expect(readFileSync(expectedPath, 'utf8')).toBe(serialised)
      return
    }
    if (!existsSync(expectedPath)) expect.fail(missingMessage(relative(repository, expectedPath)))
    expect(actual).toEqual(JSON.parse(readFileSync(expectedPath, 'utf8')))
  })
})
