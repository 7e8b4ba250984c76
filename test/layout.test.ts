/**
 * The layout learnt from an archive (src/parse/layout/), told in words, and declared by a user
 * where the learnt one is wrong: on real transcripts.
 */
import {spawnSync} from 'node:child_process'
import {mkdtempSync, readFileSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {explainLayout, fromText, parseArchive, parseLetters, readLayout} from '../src/index.js'

function fixture(name: string): string {
  return readFileSync(new URL(`../fixtures/${name}.txt`, import.meta.url), 'utf8')
}

const lamb = fixture('printed/gutenberg-lamb-best-letters-1800-xx-xxiv')
const monroe = fixture('official/gutenberg-richardson-monroe-special-messages-1817-12')
const mozart = fixture('printed/gutenberg-mozart-letters-v1-1771-33-39')

describe('learnLayout', () => {
  it('learns the roman number lines that open Lamb’s letters, and his repeated signature', () => {
    const layout = fromText(lamb).data!.layout!
    expect(layout.numberLines).toEqual(['roman'])
    expect(layout.signatures).toEqual(['C. LAMB.'])
    expect(parseLetters(lamb).map((letter) => letter.number)).toEqual(['XX', 'XXI', 'XXII', 'XXIII', 'XXIV'])
  })
  it('learns the three blank lines that part Monroe’s messages, and his signature', () => {
    const layout = fromText(monroe).data!.layout!
    expect(layout.letterGap).toBe(3)
    expect(layout.signatures).toEqual(['JAMES MONROE.'])
    const letters = parseLetters(monroe)
    expect(letters).toHaveLength(8)
    expect(letters.every((letter) => letter.signature?.raw === 'JAMES MONROE.')).toBe(true)
  })
  it('learns arabic number lines (Mozart) and tells a year line from a number', () => {
    expect(fromText(mozart).data!.layout!.numberLines).toEqual(['arabic'])
    expect(fromText('1845.\n\nText of a narrative.\n\n1846.\n\nMore of it.\n').data!.layout!.numberLines).toEqual([])
  })
  it('learns nothing from a text without repetition', () => {
    const layout = fromText('Dear Sir,\n\nI am well.\n\nJ. Smith\n').data!.layout!
    expect(layout).toMatchObject({numberLines: [], letterGap: null, signatures: []})
  })
})

describe('explainLayout', () => {
  it('tells the learnt layout in words', () => {
    expect(explainLayout(fromText(lamb).data!.layout!)).toEqual([
      'Letters open with a number line: roman numeral alone on a line (`XX.`).',
      'Running text after a signature is read as the letter’s postscript (headings open the letters).',
      'Repeated signatures: `C. LAMB.`.'
    ])
    expect(explainLayout(fromText(monroe).data!.layout!)).toContain('Letters are parted by 3 or more blank lines (paragraphs by fewer).')
  })
})

describe('a declared layout', () => {
  // One letter alone gives no repetition to learn its number line from: the user declares it.
  const one = lamb.slice(0, lamb.indexOf('XXI.'))
  it('repairs what one letter cannot teach: `XX.` read as the number once `roman` lines are declared', () => {
    expect(parseLetters(one)[0]!.number).toBeNull()
    const {layout, file} = readLayout('{"numberLines": ["roman"]}', 'lamb.layout.json')
    expect(file.messages).toEqual([])
    const letters = parseArchive(one, {layout: layout!}).letters
    expect(letters[0]!.number).toBe('XX')
    expect(letters[0]!.heading?.text).toBe('TO COLERIDGE,')
  })
  it('wins over what is learnt, key by key', () => {
    const tree = parseArchive(monroe, {layout: {letterGap: null, signatures: []}}).tree
    expect(tree.data!.layout).toMatchObject({letterGap: null, signatures: []})
  })
  it('gives located messages for bad values, never a layout', () => {
    const {layout, file} = readLayout('{\n  "numberLines": ["(a+)+"],\n  "colour": 1\n}', 'bad.json')
    expect(layout).toBeNull()
    expect(file.messages.map((m) => `${m.line}:${m.column} ${m.ruleId}`)).toEqual(['2:19 layout-invalid', '3:3 layout-invalid'])
    expect(file.messages[0]!.reason).toMatch(/^Unexpected value at `numberLines\[0\]`/u)
    expect(file.messages.every((m) => m.fatal === true)).toBe(true)
  })
  it('reports a file that is not JSON at its place', () => {
    const {layout, file} = readLayout('{"numberLines": [roman]}')
    expect(layout).toBeNull()
    expect(file.messages[0]!.ruleId).toBe('layout-invalid')
    expect(file.messages[0]!.line).toBe(1)
    expect(file.messages[0]!.reason).toMatch(/^Unexpected text that is not JSON/u)
  })
})

describe('epistola convert --layout, --explain', () => {
  const cli = new URL('../dist/cli.js', import.meta.url).pathname
  const run = (args: string[]) => spawnSync(process.execPath, [cli, ...args], {encoding: 'utf8'})
  const dir = mkdtempSync(join(tmpdir(), 'epistola-layout-'))
  const one = join(dir, 'lamb-xx.txt')
  writeFileSync(one, lamb.slice(0, lamb.indexOf('XXI.')))

  it('explains the layout learnt from each file in the report', () => {
    const file = join(dir, 'monroe.txt')
    writeFileSync(file, monroe)
    const result = run([file, '--explain', '-o', join(dir, 'monroe.json')])
    expect(result.status).toBe(0)
    expect(result.stderr).toContain('Layout: Letters are parted by 3 or more blank lines (paragraphs by fewer).')
    expect(result.stderr).toContain('Layout: Repeated signatures: `JAMES MONROE.`.')
  })
  it('repairs a layout with a --layout file', () => {
    const layout = join(dir, 'lamb.layout.json')
    writeFileSync(layout, '{"numberLines": ["roman"]}')
    const before = JSON.parse(run([one]).stdout) as Array<{number: string | null}>
    const after = JSON.parse(run([one, '--layout', layout]).stdout) as Array<{number: string | null}>
    expect(before.map((letter) => letter.number)).toEqual([null])
    expect(after.map((letter) => letter.number)).toEqual(['XX'])
  })
  it('refuses a bad layout file with located messages and exit code 2, reading no transcript', () => {
    const layout = join(dir, 'bad.layout.json')
    writeFileSync(layout, '{"numberLines": ["rom"], "x": 1}')
    const result = run([one, '--layout', layout])
    expect(result.status).toBe(2)
    expect(result.stdout).toBe('')
    expect(result.stderr).toMatch(/1:18 +error +Unexpected value at `numberLines\[0\]`/u)
    expect(result.stderr).toContain('layout-invalid')
  })
})
