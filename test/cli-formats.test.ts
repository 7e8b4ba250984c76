/**
 * The command line's export formats (`--format tei|cmif|csv`, `--edition`, `--register`), run
 * in this process (`run()`, as `test/cli-run.test.ts` does, so that `src/cli/` counts for
 * coverage; the built binary is spawned by `export-validation.test.ts`): the same text as the
 * library's functions, one output per input or one for the run, and the problems of the
 * edition and register files in one line each.
 */
import {copyFileSync, mkdirSync, readFileSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {parse} from 'csv-parse/sync'
import {afterAll, beforeAll, describe, expect, it, vi} from 'vitest'
import {csvColumns, parseArchive, toCmif, toCsv, toTei, type Letter} from '../src/index.js'
import {edition, register} from './export-helpers.js'
import {loadRun, root} from './helpers/cli-in-process.js'

/** The pool, in this thread (see the helper). */
vi.mock('../src/workers/run-on-pool.js', async () => ({runOnPool: (await import('./helpers/cli-in-process.js')).runOnPoolInThread}))

const sampleName = 'stalin-churchill-1941.txt'
const sample = readFileSync(join(root, 'fixtures', sampleName), 'utf8')
const others = ['frus-1861-d59-d60.txt', 'frus-1939v01-d123.txt']
let cli: Awaited<ReturnType<typeof loadRun>>
let dir: string
let cwd: string

/** Run the command line in the temporary folder with `args`, stdin from `input`. */
const epistola: typeof cli.epistola = (args, options) => cli.epistola(args, options)

const lettersOf = (name: string) => parseArchive(readFileSync(join(dir, name), 'utf8')).letters as Letter[]

beforeAll(async () => {
  // Batches of two files or more go to the (replaced) pool.
  cli = await loadRun('epistola-formats-', 2)
  dir = cli.dir
  cwd = process.cwd()
  process.chdir(dir)
  writeFileSync(join(dir, sampleName), sample)
  mkdirSync(join(dir, 'archive'))
  for (const name of others) copyFileSync(join(root, 'fixtures/dev', name), join(dir, 'archive', name))
  writeFileSync(join(dir, 'edition.json'), JSON.stringify(edition))
  writeFileSync(join(dir, 'register.json'), JSON.stringify(register))
})

afterAll(() => {
  process.chdir(cwd)
  cli?.cleanup()
})

describe('--format csv', () => {
  it('writes the header and one row per letter, as toCsv does, for a file, a folder (header once) and stdin', async () => {
    const one = await epistola([sampleName, '--format', 'csv'])
    expect(one.code).toBe(0)
    expect(one.stdout).toBe(toCsv(lettersOf(sampleName), {file: sampleName}))
    const folder = await epistola(['archive', '--format', 'csv'])
    const rows = parse(folder.stdout, {columns: true}) as Array<Record<string, string>>
    expect(rows.map((row) => row.file)).toEqual(others.flatMap((name) => lettersOf(join('archive', name)).map(() => join('archive', name))))
    expect(folder.stdout.split('\r\n').filter((line) => line === csvColumns.join(',')).length).toBe(1)
    const piped = await epistola(['--format', 'csv', '--file-path', 'piped.txt'], {input: sample})
    expect(piped.stdout).toBe(toCsv(lettersOf(sampleName), {file: 'piped.txt'}))
  })

  it('writes NAME.csv beside each input with -o, each with its header', async () => {
    expect((await epistola(['archive', '--format', 'csv', '-o'])).code).toBe(0)
    for (const name of others) {
      const path = join('archive', name)
      // In a batch, ids are qualified by the file (`NAME.txt#letter-1`), as in every output of several files.
      const letters = lettersOf(path).map((letter) => ({...letter, id: `${name}#${letter.id}`}))
      expect(readFileSync(join(dir, path.replace(/\.txt$/u, '.csv')), 'utf8')).toBe(toCsv(letters, {file: path}))
    }
  })
})

describe('--format tei', () => {
  it('writes the TEI of one file as toTei does, to stdout and to NAME.tei.xml', async () => {
    const expected = toTei(parseArchive(sample), {file: sampleName}) + '\n'
    expect((await epistola([sampleName, '--format', 'tei'])).stdout).toBe(expected)
    expect((await epistola([sampleName, '--format', 'tei', '-o'])).code).toBe(0)
    expect(readFileSync(join(dir, 'stalin-churchill-1941.tei.xml'), 'utf8')).toBe(expected)
  })

  it('writes a <teiCorpus> of several inputs, ids prefixed per document; nothing for a file it cannot read', async () => {
    const {stdout, stderr} = await epistola(['archive', sampleName, 'missing.txt', '--format', 'tei', '--register', 'register.json'])
    expect(stdout.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<teiCorpus xmlns="http://www.tei-c.org/ns/1.0">\n  <teiHeader>')).toBe(true)
    expect(stdout.endsWith('</teiCorpus>\n')).toBe(true)
    expect(stdout.match(/<TEI xmlns/gu)?.length).toBe(3)
    expect(stdout).toContain('xml:id="d1-letter-1"')
    expect(stdout).toContain('xml:id="d3-letter-1"')
    expect(stdout).toContain('<persName ref="https://d-nb.info/gnd/118642499">Stalin</persName>')
    expect(stderr).toContain('missing.txt')
  })
})

describe('--format cmif', () => {
  it('writes one CMIF file for every input of the run, as toCmif does', async () => {
    const all = [...others.map((name) => join('archive', name)), sampleName]
    const {code, stdout} = await epistola([...all, '--format', 'cmif', '--edition', 'edition.json', '--register', 'register.json'])
    expect(code).toBe(0)
    expect(stdout).toBe(toCmif(all.flatMap(lettersOf), {edition, register}))
    expect((await epistola([sampleName, '--format', 'cmif', '--edition', 'edition.json', '-o', 'out/letters.xml'])).code).toBe(0)
    expect(readFileSync(join(dir, 'out/letters.xml'), 'utf8')).toBe(toCmif(lettersOf(sampleName), {edition}))
    // On worker threads, the same file.
    const pooled = await epistola([...all, '--format', 'cmif', '--edition', 'edition.json', '--register', 'register.json', '--jobs', '2'])
    expect(pooled.stdout).toBe(stdout)
    const single = await epistola([...all, '--format', 'cmif', '--edition', 'edition.json', '--register', 'register.json', '--jobs', '1'])
    expect(single.stdout).toBe(stdout)
  })

  it('refuses to run without an edition, with a bad one, a bad register, or -o without a file; one line each, exit 2 (usage)', async () => {
    const cases: Array<[string[], RegExp]> = [
      [[sampleName, '--format', 'cmif'], /^epistola: Missing `--edition FILE\.json` for --format cmif/u],
      [[sampleName, '--format', 'cmif', '--edition', 'nope.json'], /^epistola: No such file or folder: `nope\.json`/u],
      [[sampleName, '--format', 'cmif', '--edition', sampleName], /^epistola: Unexpected text in `stalin-churchill-1941\.txt` that is not JSON/u],
      [[sampleName, '--format', 'cmif', '--edition', 'edition.json', '-o'], /^epistola: Unexpected `--output` without a file, expected `--output FILE`/u],
      [[sampleName, '--format', 'cmif', '--edition', 'edition.json', '-o', 'archive'], /that is a folder/u],
      [[sampleName, '--format', 'cmif', '--edition', 'edition.json', '-o', sampleName], /that is an input/u],
      [[sampleName, '--format', 'tei', '--register', 'edition.json'], /^epistola: register\.json|^epistola: edition\.json: Unexpected/u]
    ]
    for (const [args, pattern] of cases) {
      const {code, stdout, stderr} = await epistola(args)
      expect(code, args.join(' ')).toBe(2)
      expect(stdout).toBe('')
      expect(stderr).toMatch(pattern)
    }
    const {editor: _, ...incomplete} = edition
    writeFileSync(join(dir, 'incomplete.json'), JSON.stringify({...incomplete, bibl: {type: 'print'}}))
    const {stderr} = await epistola([sampleName, '--format', 'cmif', '--edition', 'incomplete.json'])
    expect(stderr.trim().split('\n')).toEqual([
      'epistola: incomplete.json: Missing `editor` in the edition, expected it (CMIF requires it)',
      'epistola: incomplete.json: Missing `bibl.text` in the edition, expected it (CMIF requires it)'
    ])
  })
})

describe('--help', () => {
  it('documents the formats, the edition file and the register file', async () => {
    const {stdout} = await epistola(['convert', '--help'])
    for (const name of ['json', 'jsonl', 'tree', 'tei', 'cmif', 'csv']) expect(stdout).toMatch(new RegExp(`^  ${name} +\\.`, 'mu'))
    expect(stdout).toContain('--edition <file>')
    expect(stdout).toContain('--register <file>')
    expect(stdout).toContain('{"persons": {NAME: URI}, "places": {NAME: URI}}')
  })
})
