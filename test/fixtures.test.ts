/**
 * Every `fixtures/*.txt` and `fixtures/dev/*.txt` against the expected output beside it
 * (`<case>.letters.json`). A missing expected file, or `UPDATE=1`, writes it: review it by eye.
 */
import {existsSync, readdirSync, readFileSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {describe, expect, it} from 'vitest'
import {LetterSchema, parseArchive} from '../src/index.js'

const root = fileURLToPath(new URL('../fixtures/', import.meta.url))
const update = process.env.UPDATE === '1'

const cases = ['', 'dev'].flatMap((folder) =>
  readdirSync(join(root, folder))
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => ({folder, name, stem: name.slice(0, -'.txt'.length)}))
)

describe('fixtures', () => {
  it('should find the sample and the dev corpus', () => {
    expect(cases.some((c) => c.folder === '' && c.name === 'stalin-churchill-1941.txt')).toBe(true)
    expect(cases.filter((c) => c.folder === 'dev').length).toBeGreaterThan(30)
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
    if (update || !existsSync(expectedPath)) {
      writeFileSync(expectedPath, JSON.stringify(actual, null, 2) + '\n')
      return
    }
    expect(actual).toEqual(JSON.parse(readFileSync(expectedPath, 'utf8')))
  })
})
