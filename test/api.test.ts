/**
 * The public API: the exports, the functions, the unified plugins, and "never throws".
 */
import {readdirSync, readFileSync} from 'node:fs'
import {unified} from 'unified'
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import {
  epistolaJson,
  epistolaLint,
  epistolaTei,
  toTei,
  epistolaParse,
  fromText,
  LetterSchema,
  LettersSchema,
  parseArchive,
  parseLetters,
  toLetters
} from '../src/index.js'

const sample = readFileSync(new URL('../fixtures/stalin-churchill-1941.txt', import.meta.url), 'utf8')
const broken = sample.replace('July 18, 1941', 'July 38, 1941')

describe('api', () => {
  it('should expose the public api', async () => {
    expect(Object.keys(await import('../src/index.js')).sort()).toEqual([
      'ConfidenceSchema',
      'DateValueSchema',
      'EditionSchema',
      'HeadingSchema',
      'InferenceSchema',
      'LayoutSchema',
      'LetterSchema',
      'LettersSchema',
      'LimitError',
      'NoteSchema',
      'ParagraphSchema',
      'PersonSchema',
      'PointSchema',
      'PositionSchema',
      'RegisterSchema',
      'SerialSchema',
      'SignatureSchema',
      'SourceSchema',
      'cmifEntries',
      'cmifFrame',
      'csvColumns',
      'defaultLimits',
      'editionJsonSchema',
      'editionProblems',
      'emptyLayout',
      'epistolaJson',
      'epistolaLint',
      'epistolaParse',
      'epistolaTei',
      'explainLayout',
      'fromText',
      'layoutJsonSchema',
      'learnLayout',
      'letterJsonSchema',
      'lint',
      'lowConfidence',
      'parseArchive',
      'parseLetters',
      'parseLettersStream',
      'readLayout',
      'registerJsonSchema',
      'rules',
      'teiCorpusFrame',
      'toCmif',
      'toCsv',
      'toHtml',
      'toLetters',
      'toTei',
      'validateLetters',
      'validationRules'
    ])
  })
})

describe('parseLetters', () => {
  it('should parse the sample into three valid letters', () => {
    const letters = parseLetters(sample)
    expect(LettersSchema.parse(letters)).toEqual(letters)
    expect(letters.map((l) => l.heading?.text)).toEqual([
      'Personal Message from Stalin to Mr Churchill',
      'W. CHURCHILL TO J. V. STALIN',
      'MESSAGE FROM PREMIER STALIN TO PRIME MINISTER CHURCHILL'
    ])
    expect(letters.map((l) => [l.date?.iso ?? null, l.received?.iso ?? null])).toEqual([
      ['1941-07-18', null],
      [null, '1941-11-22'],
      [null, null]
    ])
    expect(letters.map((l) => l.body.length)).toEqual([6, 6, 6])
  })

  it('should give the same ids for the same input', () => {
    expect(parseLetters(sample).map((l) => l.id)).toEqual(parseLetters(sample).map((l) => l.id))
  })
})

describe('parseArchive', () => {
  it('should return letters, tree and a file with the sample’s real problems', () => {
    const {letters, tree, file} = parseArchive(sample)
    expect(letters).toHaveLength(3)
    expect(tree.type).toBe('root')
    expect(tree.children.filter((n) => n.type === 'letter')).toHaveLength(3)
    expect(file).toBeInstanceOf(VFile)
    // The two `*` markers have no note in this transcript; the third letter prints no date.
    expect(file.messages.map((m) => [m.line, m.column, m.ruleId, m.fatal])).toEqual([
      [23, 29, 'footnote-unresolved', false],
      [33, 169, 'footnote-unresolved', false],
      [39, 1, 'missing-date', false]
    ])
  })

  it('should accept a VFile and report on it', () => {
    const input = new VFile({path: 'intro.txt', value: 'Some introduction to the volume.\n\n' + sample})
    const {file, letters} = parseArchive(input)
    expect(file).toBe(input)
    expect(letters).toHaveLength(3)
    expect(file.messages.filter((m) => m.ruleId === 'unplaced-text').map((m) => [m.line, m.column, m.ruleId, m.source, m.reason])).toEqual([
      [
        1,
        1,
        'unplaced-text',
        'epistola',
        'Unexpected text `Some introduction to the volume.` outside any letter, expected a heading, a document number or a letter’s text'
      ]
    ])
  })

  it('should report an impossible date and not turn it into a value', () => {
    const text = 'W. CHURCHILL TO J. V. STALIN\n\nThank you for your message.\n\nI agree.\n\nFebruary 30, 1942\n'
    const {letters, file} = parseArchive(text)
    expect(letters).toHaveLength(1)
    expect(letters[0]!.date).toBeNull()
    expect(file.messages.filter((m) => m.ruleId === 'impossible-date').map((m) => [m.line, m.column, m.ruleId, m.source, m.reason])).toEqual([
      [7, 1, 'impossible-date', 'epistola', 'Unexpected impossible date `February 30, 1942`, expected a real calendar date']
    ])
  })
})

describe('fromText and toLetters', () => {
  it('should give a tree with positions, and the same letters as parseLetters', () => {
    const tree = fromText(sample)
    const letter = tree.children[0]!
    expect(letter.type).toBe('letter')
    expect(letter.position).toEqual({start: {line: 3, column: 1, offset: 2}, end: {line: 19, column: 37, offset: 2441}})
    expect(toLetters(tree, new VFile(sample))).toEqual(parseLetters(sample))
  })

  it('should give the same letters from a tree read back from JSON (no readings kept from classification)', () => {
    // Compiling reuses what classification parsed from a line (src/parse/readings.ts); a tree
    // that did not come from `fromText` is parsed again. Both ways must agree, on every corpus text.
    const root = new URL('../fixtures/', import.meta.url)
    const names = [
      ...readdirSync(root).filter((name) => name.endsWith('.txt')),
      ...readdirSync(new URL('dev/', root)).filter((name) => name.endsWith('.txt')).map((name) => `dev/${name}`)
    ]
    expect(names.length).toBeGreaterThan(10)
    for (const name of names) {
      const text = readFileSync(new URL(name, root), 'utf8')
      const tree = fromText(text)
      const copy = JSON.parse(JSON.stringify(tree)) as typeof tree
      expect(toLetters(copy, new VFile(text)), name).toEqual(toLetters(tree, new VFile(text)))
    }
  })

  it('should compile without a file', () => {
    const letters = toLetters(fromText(sample))
    expect(letters.map((l) => l.from.map((p) => p.surname))).toEqual([['Stalin'], ['Churchill'], ['Stalin']])
    for (const l of letters) expect(LetterSchema.safeParse(l).success).toBe(true)
  })

  it('should keep positions true to a larger input with `start`', () => {
    const tree = fromText('July 18, 1941\n', {start: {line: 17, column: 1, offset: 2390}})
    const points: unknown[] = []
    const walk = (node: {position?: {start: unknown}; children?: unknown[]}) => {
      if (node.position) points.push(node.position.start)
      for (const child of node.children ?? []) walk(child as typeof node)
    }
    for (const child of tree.children) walk(child)
    expect(points[0]).toEqual({line: 17, column: 1, offset: 2390})
  })
})

describe('unified plugins', () => {
  it('should compile a transcript to the JSON of Letter[], and only serialize', async () => {
    const file = await unified().use(epistolaParse).use(epistolaJson).process(broken)
    const letters = JSON.parse(String(file))
    expect(LettersSchema.parse(letters)).toEqual(letters)
    expect(letters).toEqual(JSON.parse(JSON.stringify(parseLetters(broken))))
    expect(file.messages).toEqual([])
  })

  it('should run the rules as their own step (epistolaLint), with severities', async () => {
    const file = await unified().use(epistolaParse).use(epistolaLint).use(epistolaJson).process(broken)
    expect(JSON.parse(String(file))).toEqual(JSON.parse(JSON.stringify(parseLetters(broken))))
    expect(file.messages.map(String)).toEqual(parseArchive(broken).file.messages.map(String))
    expect(file.messages.some((message) => message.ruleId === 'impossible-date')).toBe(true)
    const quiet = await unified().use(epistolaParse).use(epistolaLint, {rules: {'impossible-date': 'off'}}).use(epistolaJson).process(broken)
    expect(quiet.messages.some((message) => message.ruleId === 'impossible-date')).toBe(false)
  })

  it('should compile a transcript to TEI (epistolaTei) as toTei does with the tree', async () => {
    const file = await unified().use(epistolaParse).use(epistolaTei, {title: 'Sample'}).process(new VFile({path: 'sample.txt', value: sample}))
    expect(String(file)).toBe(toTei(parseArchive(sample), {file: 'sample.txt', title: 'Sample'}) + '\n')
  })

  it('should indent with `space`', async () => {
    const file = await unified().use(epistolaParse).use(epistolaJson, {space: 2}).process(sample)
    expect(String(file).startsWith('[\n  {\n    "id": ')).toBe(true)
  })
})

describe('never throws', () => {
  it('should give no letters and no error for empty input', () => {
    expect(parseLetters('')).toEqual([])
    const {tree, file} = parseArchive('')
    expect(tree).toMatchObject({type: 'root', children: []})
    expect(file.messages.filter((m) => m.fatal)).toEqual([])
  })

  it('should not throw on binary-looking input', () => {
    // Deterministic pseudo-random bytes, decoded as latin1: control characters, NULs, high bytes.
    let seed = 20_261_127
    const bytes = new Uint8Array(64 * 1024)
    for (let i = 0; i < bytes.length; i++) {
      seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648
      bytes[i] = seed >>> 16 & 255
    }
    const text = new TextDecoder('latin1').decode(bytes)
    const {letters, file} = parseArchive(text)
    expect(Array.isArray(letters)).toBe(true)
    for (const l of letters) expect(LetterSchema.safeParse(l).success).toBe(true)
    expect(file.messages.every((m) => m.source === 'epistola')).toBe(true)
  })

  it('should not throw on a 5 MB input', () => {
    const copies = Math.ceil((5 * 1024 * 1024) / sample.length)
    const text = Array.from({length: copies}, () => sample).join('\n')
    expect(text.length).toBeGreaterThanOrEqual(5 * 1024 * 1024)
    const letters = parseLetters(text)
    expect(letters).toHaveLength(copies * 3)
    expect(letters.at(-1)!.heading?.text).toBe('MESSAGE FROM PREMIER STALIN TO PRIME MINISTER CHURCHILL')
  })
})
