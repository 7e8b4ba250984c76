/**
 * The README's examples print what they show (issue 15, finding 17): each is run as a user
 * runs it (the built package, the built command) and its output compared with the README,
 * character for character.
 */
import {execFileSync, spawnSync} from 'node:child_process'
import {mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {parseLetters, validateLetters} from '../src/index.js'

const root = new URL('../', import.meta.url).pathname
const readme = readFileSync(join(root, 'README.md'), 'utf8')
const cli = join(root, 'dist/cli.js')
const sample = readFileSync(join(root, 'fixtures/stalin-churchill-1941.txt'), 'utf8')

/** The first fenced block that opens after `marker` in the README. */
function blockAfter(marker: string): string {
  const at = readme.indexOf(marker)
  if (at < 0) throw new Error(`README has no \`${marker}\``)
  const match = /```\w*\n([\s\S]*?)```/u.exec(readme.slice(at + marker.length))
  return match![1]!
}

let dir: string

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'epistola-readme-'))
  // The package as a user installs it, with the two packages the example also uses.
  mkdirSync(join(dir, 'node_modules'))
  symlinkSync(root, join(dir, 'node_modules/epistola'), 'dir')
  for (const name of ['vfile', 'vfile-reporter']) symlinkSync(join(root, 'node_modules', name), join(dir, 'node_modules', name), 'dir')
})

afterAll(() => {
  if (dir) rmSync(dir, {recursive: true, force: true})
})

describe('README examples', () => {
  it('Use: `node example.js` on `example.txt` yields what the README shows', () => {
    writeFileSync(join(dir, 'example.txt'), blockAfter('Say we have the following file, `example.txt`'))
    writeFileSync(join(dir, 'example.js'), blockAfter('…and a module `example.js`'))
    const out = execFileSync('node', ['example.js'], {cwd: dir, encoding: 'utf8', env: {...process.env, NO_COLOR: '1', FORCE_COLOR: '0'}})
    expect(out).toBe(blockAfter('…then running `node example.js` yields:'))
  })

  it('Quick start: `npm run example` prints the sample’s letters and, on stderr, the warnings shown', () => {
    const run = spawnSync('node', [cli, 'fixtures/stalin-churchill-1941.txt', '--pretty'], {cwd: root, encoding: 'utf8', env: {...process.env, NO_COLOR: '1'}})
    expect(run.status).toBe(0)
    expect(JSON.parse(run.stdout)).toEqual(JSON.parse(JSON.stringify(parseLetters(sample))))
    const lines = run.stdout.split('\n').length
    expect(readme).toMatch(/\(about (\d+) lines\)/u)
    const about = Number(/\(about (\d+) lines\)/u.exec(readme)![1])
    expect(Math.abs(lines - about) / about).toBeLessThan(0.05)
    expect(run.stderr).toBe(blockAfter('On stderr it reports what in the sample needs a look:'))
  })

  it('CLI: `epistola validate broken.txt` prints the report shown', () => {
    writeFileSync(join(dir, 'broken.txt'), sample.replace('July 18, 1941', 'July 38, 1941'))
    const run = spawnSync('node', [cli, 'validate', 'broken.txt'], {cwd: dir, encoding: 'utf8', env: {...process.env, NO_COLOR: '1'}})
    expect(run.status).toBe(1)
    expect(run.stdout).toBe('')
    expect(run.stderr).toBe(blockAfter('epistola validate letters.json         # JSON from epistola or from another tool\n```'))
  })

  it('validateLetters: the message shown for a first date made `1941-02-30`', () => {
    const letters = JSON.parse(JSON.stringify(parseLetters(sample)))
    letters[0].date.iso = '1941-02-30'
    const {file} = validateLetters(JSON.stringify(letters), {text: sample})
    const shown = /\/\/ (\d+:\d+-\d+:\d+: Unexpected string .*)$/mu.exec(readme)![1]
    expect(file.messages.map(String)).toEqual([shown])
  })
})
