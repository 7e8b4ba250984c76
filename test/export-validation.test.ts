/**
 * Every TEI and CMIF output of every fixture, validated against the real schemas
 * (`schema/vendor/`: TEI P5 4.12.0 `tei_all.rng`, CMIF 1.1.0) with a real RELAX NG validator
 * (xmllint-wasm: libxml2). Compiling `tei_all.rng` takes seconds, so all TEI documents go in one
 * call, and all CMIF documents in another; a document known to be invalid goes in each call too,
 * to show that the validator does reject. Also through the built command line (`dist/cli.js`):
 * `--format tei` on the whole folder (a `<teiCorpus>`), and one `--format cmif` file for every
 * fixture together, with CMIF's Schematron rules checked here (xmllint cannot run them).
 */
import {spawnSync} from 'node:child_process'
import {mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join, relative} from 'node:path'
import fc from 'fast-check'
import {create} from 'xmlbuilder2'
import {memoryPages, validateXML} from 'xmllint-wasm'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {parseArchive, toCmif, toTei, type Letter} from '../src/index.js'
import {edition, hostileLetter, register} from './export-helpers.js'

const root = new URL('../', import.meta.url).pathname
const cli = join(root, 'dist/cli.js')
const vendor = join(root, 'schema/vendor')
const controls = join(root, 'test/fixtures/schemas')

/** Every transcript among the fixtures. */
function transcripts(dir = join(root, 'fixtures')): string[] {
  return readdirSync(dir, {withFileTypes: true}).flatMap((entry) => {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) return transcripts(path)
    return entry.name.endsWith('.txt') ? [path] : []
  })
}

interface Doc {
  fileName: string
  contents: string
}

async function validate(schema: string, xml: Doc[]) {
  const result = await validateXML({xml, schema: [{fileName: schema, contents: readFileSync(join(vendor, schema), 'utf8')}], extension: 'relaxng', maxMemoryPages: memoryPages.GiB})
  const failed = new Set(result.errors.map((error) => error.loc?.fileName))
  return {result, failed}
}

const files = transcripts()
let dir: string
const tei: Doc[] = []
const cmif: Doc[] = []

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'epistola-validate-'))
  for (const path of files) {
    const name = relative(root, path)
    tei.push({fileName: name.replaceAll('/', '__') + '.tei.xml', contents: toTei(parseArchive(readFileSync(path, 'utf8')), {file: name, register})})
  }
  // Hostile letters: control characters, lone surrogates, `]]>`, `<`, `&` in every string field.
  const hostile = fc.sample(fc.string({unit: 'binary', maxLength: 40}), {numRuns: 60, seed: 13}).map((text, index) => hostileLetter(text, index))
  tei.push({fileName: 'hostile.tei.xml', contents: toTei(hostile, {file: '<&]]>\u0001\uD800', title: 'a]]>b\u0000'})})
  cmif.push({fileName: 'hostile.cmif.xml', contents: toCmif(hostile, {edition: {...edition, title: 'x]]>\u0007<&'}, register})})
  cmif.push({fileName: 'library.cmif.xml', contents: toCmif(files.flatMap((path) => parseArchive(readFileSync(path, 'utf8')).letters as Letter[]), {edition, register})})
  writeFileSync(join(dir, 'edition.json'), JSON.stringify(edition))
  writeFileSync(join(dir, 'register.json'), JSON.stringify(register))
})

afterAll(() => {
  if (dir) rmSync(dir, {recursive: true, force: true})
})

function epistola(args: string[]) {
  const result = spawnSync('node', [cli, ...args], {cwd: root, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024})
  return {code: result.status, stdout: result.stdout, stderr: result.stderr}
}

describe('TEI output under tei_all.rng (TEI P5 4.12.0)', () => {
  it('validates the TEI of every fixture, a teiCorpus of them all from the CLI, and hostile text; rejects the invalid control', async () => {
    const corpus = epistola(['convert', 'fixtures', '--format', 'tei', '--register', join(dir, 'register.json'), '--silent'])
    // Exit code 1: the rules' fixtures have errors on purpose; the output is written all the same.
    expect(corpus.stderr).not.toMatch(/^epistola:/mu)
    expect(corpus.stdout.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<teiCorpus xmlns="http://www.tei-c.org/ns/1.0">')).toBe(true)
    expect(corpus.stdout.match(/<TEI[ >]/gu)?.length).toBe(files.length)
    const one = epistola(['convert', 'fixtures/stalin-churchill-1941.txt', '--format', 'tei', '--silent'])
    expect(one.stdout).toBe(toTei(parseArchive(readFileSync(join(root, 'fixtures/stalin-churchill-1941.txt'), 'utf8')), {file: 'fixtures/stalin-churchill-1941.txt'}) + '\n')
    const control = {fileName: 'control-invalid.xml', contents: readFileSync(join(controls, 'tei-correspDesc-invalid-attribute.xml'), 'utf8')}
    const docs = [...tei, {fileName: 'cli-corpus.tei.xml', contents: corpus.stdout}, control]
    expect(docs.length).toBeGreaterThan(80)
    const {result, failed} = await validate('tei/tei_all.rng', docs)
    expect(result.errors.filter((error) => error.loc?.fileName !== control.fileName).map((error) => error.rawMessage)).toEqual([])
    expect([...failed]).toEqual([control.fileName])
  }, 240_000)
})

/** CMIF's Schematron rules (`odd/cmif.sch`), checked on the DOM: the messages of those broken. */
function schematron(xml: string): string[] {
  const document = create(xml).node as unknown as {getElementsByTagName(name: string): ArrayLike<DomElement>}
  const problems: string[] = []
  const ids = new Set(Array.from(document.getElementsByTagName('bibl')).map((bibl) => bibl.getAttribute('xml:id')))
  for (const id of ids) if (!/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/u.test(id ?? '')) problems.push(`W0001 ${id}`)
  for (const desc of Array.from(document.getElementsByTagName('correspDesc'))) {
    const types = Array.from(desc.getElementsByTagName('correspAction')).map((action) => action.getAttribute('type'))
    if (!types.includes('sent')) problems.push('E0001')
    if (!types.includes('received')) problems.push('E0002')
    const source = desc.getAttribute('source')
    if (source !== null && !ids.has(source.replace(/^#/u, ''))) problems.push(`E0003 ${source}`)
  }
  for (const date of Array.from(document.getElementsByTagName('date'))) {
    if (!['when', 'from', 'to', 'notBefore', 'notAfter'].some((name) => date.getAttribute(name) !== null)) problems.push('E0004')
  }
  return problems
}

interface DomElement {
  getAttribute(name: string): string | null
  getElementsByTagName(name: string): ArrayLike<DomElement>
}

describe('CMIF output under the CMIF 1.1.0 schema', () => {
  it('validates one CMIF file for all fixtures together (CLI and library) and for hostile text; rejects upstream example 1', async () => {
    const fromCli = epistola(['convert', ...files.map((path) => relative(root, path)), '--format', 'cmif', '--edition', join(dir, 'edition.json'), '--register', join(dir, 'register.json'), '--silent'])
    expect(fromCli.stderr).not.toMatch(/^epistola:/mu)
    const letters = files.reduce((sum, path) => sum + parseArchive(readFileSync(path, 'utf8')).letters.length, 0)
    expect(fromCli.stdout.match(/<correspDesc /gu)?.length).toBe(letters)
    expect(fromCli.stdout).toContain('<persName ref="https://d-nb.info/gnd/118642499">Stalin</persName>')
    const passes = {fileName: 'control-valid.xml', contents: readFileSync(join(controls, 'cmif-example01_basic.cert-low.xml'), 'utf8')}
    const fails = {fileName: 'control-invalid.xml', contents: readFileSync(join(controls, 'cmif-example01_basic.upstream.xml'), 'utf8')}
    const docs = [...cmif, {fileName: 'cli.cmif.xml', contents: fromCli.stdout}, passes, fails]
    const {result, failed} = await validate('cmif/cmi-customization.rng', docs)
    expect(result.errors.filter((error) => error.loc?.fileName !== fails.fileName).map((error) => error.rawMessage)).toEqual([])
    expect([...failed]).toEqual([fails.fileName])
    for (const doc of [...cmif, {fileName: 'cli', contents: fromCli.stdout}]) expect(schematron(doc.contents), doc.fileName).toEqual([])
    // The checks catch what they should: no received action, a date without a dating attribute, a dangling source.
    const broken = cmif[1]!.contents.replace(/<correspAction type="received">[\s\S]*?<\/correspAction>/u, '').replace('<date when="', '<date n="').replace('source="#', 'source="#x')
    expect(schematron(broken)).toEqual(expect.arrayContaining(['E0002', 'E0004', expect.stringMatching(/^E0003/u)]))
  }, 120_000)
})
