/**
 * The command line's guards, on the built command (`dist/cli.js`) spawned as a user runs it:
 * it never writes onto an input, never writes two inputs to one output, and reports a file it
 * may not read. The permission test runs as an unprivileged user (`setpriv`, util-linux) when
 * the suite runs as root, as CI does: root reads any file.
 */
import {spawnSync} from 'node:child_process'
import {chmodSync, copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {parseLetters} from '../src/index.js'

const root = new URL('../', import.meta.url).pathname
const cli = join(root, 'dist/cli.js')
const sampleName = 'stalin-churchill-1941.txt'
const sample = readFileSync(join(root, 'fixtures', sampleName), 'utf8')
const asJson = (value: unknown) => JSON.parse(JSON.stringify(value))

/** The user the permission test runs as: nobody, when the suite runs as root. */
const unprivileged = process.getuid?.() === 0 ? ['setpriv', '--reuid=65534', '--regid=65534', '--clear-groups'] : []

let dir: string

function epistola(args: string[], options: {as?: string[]} = {}) {
  const [command, ...prefix] = [...(options.as ?? []), process.execPath]
  const result = spawnSync(command!, [...prefix, cli, ...args], {cwd: dir, encoding: 'utf8', input: ''})
  if (result.error) throw result.error
  return {code: result.status, stdout: result.stdout, stderr: result.stderr}
}

interface Reported {
  path: string
  messages: Array<{reason: string; ruleId: string; fatal?: boolean}>
}

/** The file's messages of the output guards. */
const guards = (file: Reported) => file.messages.filter((message) => message.ruleId === 'unwritable-output')

beforeAll(() => {
  if (!existsSync(cli)) throw new Error('dist/cli.js is missing: run `npm run build` (npm test does) first')
  dir = mkdtempSync(join(tmpdir(), 'epistola-guards-'))
  // Others may enter and read (the unprivileged run), not write.
  chmodSync(dir, 0o755)
  copyFileSync(join(root, 'fixtures', sampleName), join(dir, sampleName))
})

afterAll(() => {
  if (dir) rmSync(dir, {recursive: true, force: true})
})

describe('epistola never writes onto its input', () => {
  const spellings: Record<string, () => string> = {
    'its own name': () => sampleName,
    './name': () => `./${sampleName}`,
    '../folder/name': () => join('..', dir.split('/').at(-1)!, sampleName)
  }
  for (const [spelling, spell] of Object.entries(spellings)) {
    it(`refuses \`-o\` onto the input spelt as ${spelling}, and leaves the transcript as it was`, () => {
      const output = spell()
      const {code, stdout, stderr} = epistola([sampleName, '-o', output, '--report', 'json'])
      expect(readFileSync(join(dir, sampleName), 'utf8')).toBe(sample)
      expect(code).toBe(1)
      expect(stdout).toBe('')
      const [file] = JSON.parse(stderr) as Reported[]
      expect(guards(file!)).toEqual([expect.objectContaining({fatal: true, reason: expect.stringContaining(output)})])
    })
  }

  it('refuses the outputs of a folder whose inputs are the outputs (`--ext json -o`)', () => {
    const folder = join(dir, 'json-inputs')
    mkdirSync(folder)
    for (const name of ['a.json', 'b.json']) copyFileSync(join(dir, sampleName), join(folder, name))
    const {code, stderr} = epistola(['json-inputs', '--ext', 'json', '-o', '--report', 'json'])
    expect(code).toBe(1)
    for (const name of ['a.json', 'b.json']) expect(readFileSync(join(folder, name), 'utf8'), name).toBe(sample)
    const report = JSON.parse(stderr) as Reported[]
    expect(report.map((file) => guards(file).length)).toEqual([1, 1])
  })
})

describe('epistola never writes two inputs to one output', () => {
  it('writes the first of two inputs claiming `out/a.json`, and refuses the second', () => {
    const inputs = join(dir, 'claims')
    mkdirSync(inputs)
    copyFileSync(join(dir, sampleName), join(inputs, 'a.txt'))
    writeFileSync(join(inputs, 'a.md'), 'MARSHAL STALIN TO PRESIDENT ROOSEVELT\n\nThank you.\n\nJ. STALIN\n')
    const {code, stderr} = epistola(['claims/a.txt', 'claims/a.md', '-o', 'out/', '--report', 'json'])
    expect(code).toBe(1)
    expect(readdirSync(join(dir, 'out'))).toEqual(['a.json'])
    // ids in folder output are qualified by the file's path below the inputs' base (`convert --help`)
    expect(JSON.parse(readFileSync(join(dir, 'out/a.json'), 'utf8'))).toEqual(asJson(parseLetters(sample).map((letter) => ({...letter, id: `a.txt#${letter.id}`}))))
    const report = JSON.parse(stderr) as Reported[]
    const second = report.find((file) => file.path === 'claims/a.md')!
    expect(guards(second)).toEqual([expect.objectContaining({fatal: true, reason: expect.stringContaining('a.json')})])
    expect(guards(report.find((file) => file.path === 'claims/a.txt')!)).toEqual([])
  })
})

describe('epistola on a file it may not read', () => {
  it(`runs as ${unprivileged.length > 0 ? 'nobody (the suite runs as root)' : 'this user'}`, () => {
    const [command, ...prefix] = [...unprivileged, process.execPath]
    const {status, stdout} = spawnSync(command!, [...prefix, '-e', 'process.stdout.write(String(process.getuid()))'], {encoding: 'utf8'})
    expect(status).toBe(0)
    expect(stdout).toMatch(/^\d+$/u)
    expect(stdout).not.toBe('0')
  })

  it('reports it in one line (permission denied) and converts the others', () => {
    copyFileSync(join(dir, sampleName), join(dir, 'locked.txt'))
    chmodSync(join(dir, 'locked.txt'), 0o000)
    const {code, stdout, stderr} = epistola(['locked.txt', sampleName, '--report', 'json'], {as: unprivileged})
    expect(code).toBe(1)
    const entries = JSON.parse(stdout) as Array<{file: string; letters: unknown[] | null}>
    expect(entries).toEqual([
      {file: 'locked.txt', letters: null},
      // several files share stdout, so each letter's id is qualified by its file (`convert --help`)
      {file: sampleName, letters: asJson(parseLetters(sample).map((letter) => ({...letter, id: `${sampleName}#${letter.id}`})))}
    ])
    const report = JSON.parse(stderr) as Reported[]
    expect(report.find((file) => file.path === 'locked.txt')!.messages).toEqual([
      expect.objectContaining({reason: 'Cannot read file: permission denied', ruleId: 'unreadable-file', fatal: true})
    ])
    const text = epistola(['locked.txt'], {as: unprivileged})
    expect(text.code).toBe(1)
    expect(text.stdout).toBe('')
    expect(text.stderr).toMatch(/^locked\.txt\n\s*error\s+Cannot read file: permission denied\s+unreadable-file/u)
  })
})
