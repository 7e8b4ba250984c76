/**
 * What the TEI, CMIF and CSV outputs say, on the real fixtures: every paragraph's text kept
 * whole, notes at their markers, page breaks, text outside letters, values marked where they are
 * printed, nothing invented, inferred values flagged; CSV read back to the same values; the
 * edition and register files. (Validity under the schemas: `export-validation.test.ts`.)
 */
import {readdirSync, readFileSync} from 'node:fs'
import {join} from 'node:path'
import {parse} from 'csv-parse/sync'
import fc from 'fast-check'
import {create} from 'xmlbuilder2'
import {unified} from 'unified'
import {describe, expect, it} from 'vitest'
import {
  cmifEntries,
  cmifFrame,
  csvColumns,
  editionJsonSchema,
  editionProblems,
  parseArchive,
  registerJsonSchema,
  RegisterSchema,
  teiCorpusFrame,
  epistolaParse,
  epistolaTei,
  toCmif,
  toCsv,
  toTei,
  type Letter
} from '../src/index.js'
import {createLookup} from '../src/export/register.js'
import {csvRow} from '../src/export/csv.js'
import {toString} from '../src/tree/to-string.js'
import {afterVisible, markWords, writePhrase} from '../src/export/phrase.js'
import {teiFragment, serialize} from '../src/export/xml.js'
import {edition, hostileLetter, register} from './export-helpers.js'

const root = new URL('../', import.meta.url).pathname
const dev = join(root, 'fixtures/dev')
/** The sample first, then every transcript of the corpora (dev, printed, official). */
const corpus = [
  join(root, 'fixtures/stalin-churchill-1941.txt'),
  ...['dev', 'printed', 'official'].flatMap((folder) => {
    const dir = join(root, 'fixtures', folder)
    return readdirSync(dir).filter((name) => name.endsWith('.txt')).map((name) => join(dir, name))
  })
]
const read = (path: string) => readFileSync(path, 'utf8')

interface El {
  tagName: string
  textContent: string
  childNodes: ArrayLike<El & {nodeType: number; nodeValue: string | null}>
  getAttribute(name: string): string | null
  getElementsByTagName(name: string): ArrayLike<El>
}

function dom(xml: string): {all(name: string): El[]} {
  const document = create(xml).node as unknown as El
  return {all: (name) => Array.from(document.getElementsByTagName(name))}
}

/** The text of an element without its notes (a note's text is not the paragraph's). */
function ownText(element: El): string {
  let text = ''
  for (const child of Array.from(element.childNodes)) {
    if (child.nodeType === 3) text += child.nodeValue
    else if (child.nodeType === 1 && child.tagName !== 'note') text += ownText(child)
  }
  return text
}

describe('toTei', () => {
  it('keeps every paragraph of every letter whole, and one correspDesc and div per letter', () => {
    for (const path of corpus) {
      const archive = parseArchive(read(path))
      const xml = dom(toTei(archive, {file: path}))
      const divs = xml.all('div').filter((div) => div.getAttribute('type') === 'letter')
      expect(divs.length, path).toBe(archive.letters.length)
      expect(xml.all('correspDesc').length, path).toBe(archive.letters.length)
      divs.forEach((div, index) => {
        const letter = archive.letters[index]!
        const paragraphs = Array.from(div.childNodes).filter((child) => child.nodeType === 1 && child.tagName === 'p')
        expect(paragraphs.map(ownText), path).toEqual(letter.body.map((paragraph) => paragraph.text))
        expect(div.getAttribute('xml:id')).toBe(letter.id)
        expect(div.getAttribute('n')).toBe(letter.number)
      })
    }
  })

  it('puts a <note> at each footnote marker and a <pb/> at each page break of the tree', () => {
    for (const path of corpus) {
      const archive = parseArchive(read(path))
      const xml = dom(toTei(archive, {file: path}))
      const markers = {notes: 0, pages: 0}
      const walk = (node: {type: string; children?: unknown[]}, inLetter: boolean) => {
        if (inLetter && node.type === 'footnoteReference') markers.notes++
        if (node.type === 'pageMarker') markers.pages++
        for (const child of (node.children ?? []) as Array<{type: string}>) walk(child, inLetter || node.type === 'letter')
      }
      walk(archive.tree, false)
      const notes = archive.letters.reduce((sum, letter) => sum + letter.notes.length, 0)
      expect(xml.all('pb').length, path).toBe(markers.pages)
      // Every note of every letter is written once; markers without a note object are written as empty notes.
      expect(xml.all('note').filter((note) => note.getAttribute('place') === 'foot').length, path).toBeGreaterThanOrEqual(notes)
    }
    const sample = dom(toTei(parseArchive(read(corpus[0]!))))
    const paragraph = sample.all('p').find((p) => p.textContent.includes('in constant consultation with you'))!
    expect(ownText(paragraph)).toContain('with you to the utmost')
    expect(Array.from(paragraph.childNodes).map((child) => (child.nodeType === 1 ? `<${child.tagName} n=${child.getAttribute('n')}>` : 'text'))).toEqual(['text', '<note n=*>', 'text'])
  })

  it('marks dates, places and parties where they are printed, and keeps text outside letters', () => {
    const archive = parseArchive(read(join(dev, 'frus-1861-d59-d60.txt')))
    const xml = toTei(archive)
    expect(xml).toContain('<dateline>Legation of the United States, <placeName>London</placeName>, <date when="1861-07-12">July 12, 1861</date>.</dateline>')
    expect(xml).toContain('<head><persName>Mr. Adams</persName> to <persName>Mr. Seward</persName>.</head>')
    expect(xml).toContain('<p><seg type="salute">Sir</seg>: Your despatches')
    expect(xml).toContain('<note type="insideAddress">Hon. William H. Seward, &amp;c., &amp;c., &amp;c.</note>')
    expect(xml).toContain('He<pb n="115"/> seemed')
  })

  it('keeps the text outside letters and the lines of a letter that no field holds', () => {
    const kept = new Set(['unplaced', 'furniture', 'source', 'metadata', 'letterhead', 'byline', 'insideAddress', 'editorialNote', 'addressLine', 'footnoteDefinition'])
    const squash = (text: string) => text.replace(/\s+/gu, ' ').trim()
    let checked = 0
    for (const path of corpus) {
      const archive = parseArchive(read(path))
      const text = squash(dom(toTei(archive)).all('body')[0]!.textContent)
      const lines: string[] = []
      for (const node of archive.tree.children) {
        if (node.type !== 'letter' && kept.has(node.type)) lines.push(toString(node))
        if (node.type === 'letter') for (const child of node.children) if (kept.has(child.type) && !(child.type === 'metadata' && child.key === 'title') && child.type !== 'source' && child.type !== 'footnoteDefinition') lines.push(toString(child))
      }
      for (const line of lines) expect(text, path).toContain(squash(line))
      checked += lines.length
    }
    expect(checked).toBeGreaterThan(40)
    const editorial = dom(toTei(parseArchive(read(join(dev, 'ciml-stalin-correspondence-v1-1945-p1.txt'))))).all('div').filter((div) => div.getAttribute('type') === 'editorial')
    expect(editorial.length).toBeGreaterThan(0)
  })

  it('leaves out what is null and flags what is inferred (cert="medium", with the reason)', () => {
    for (const path of corpus) {
      const archive = parseArchive(read(path))
      const xml = dom(toTei(archive))
      xml.all('correspDesc').forEach((desc, index) => {
        const letter = archive.letters[index]!
        const [sent, received] = Array.from(desc.getElementsByTagName('correspAction'))
        expect(sent!.getElementsByTagName('date').length).toBe(letter.date ? 1 : 0)
        expect(received!.getElementsByTagName('date').length).toBe(letter.received ? 1 : 0)
        expect(sent!.getElementsByTagName('placeName').length).toBe(letter.place ? 1 : 0)
        if (letter.date) expect(sent!.getElementsByTagName('date')[0]!.getAttribute('when')).toBe(letter.date.iso)
        if (letter.date) expect(sent!.getElementsByTagName('date')[0]!.getAttribute('cert')).toBe(letter.date.inferred ? 'medium' : null)
        const flagged = Array.from(sent!.getElementsByTagName('persName')).filter((name) => name.getAttribute('cert') === 'medium').length
        expect(flagged).toBe(letter.from.filter((person) => person.inferred && person.kind !== 'group').length)
        const notes = Array.from(desc.getElementsByTagName('note')).map((note) => note.textContent)
        expect(notes).toEqual(letter.inferences.map((inference) => `${inference.field}: ${inference.reason}`))
      })
    }
    const inferred = parseArchive(read(join(root, 'fixtures/rules/inferred-value/fail.txt')))
    expect(inferred.letters.some((letter) => letter.inferences.length > 0)).toBe(true)
    expect(toTei(inferred)).toContain('cert="medium"')
  })

  it('writes letters without their tree (from JSON): notes at the end of their paragraph, no page breaks', () => {
    const archive = parseArchive(read(corpus[0]!))
    const letters = JSON.parse(JSON.stringify(archive.letters)) as Letter[]
    const xml = toTei(letters, {title: 'Sample'})
    expect(xml).toContain('<title>Sample</title>')
    expect(xml).toContain('with you to the utmost of our strength')
    expect(xml).toContain('with you to discuss the whole of this field with you.<note n="*" place="foot"/></p>'.slice(-60))
    expect(xml).not.toContain('<pb')
    expect(toTei({letters})).toBe(toTei(letters))
  })

  it('writes a document without letters, and ids that are unique and valid', () => {
    const empty = toTei([])
    expect(empty).toContain('<div type="editorial">')
    expect(empty).not.toContain('<profileDesc')
    const letter = parseArchive(read(corpus[0]!)).letters[0]!
    const ids = dom(toTei([letter, letter, {...letter, id: '1 bad'}], {idPrefix: 'd1-'})).all('div').map((div) => div.getAttribute('xml:id'))
    expect(ids).toEqual(['d1-letter-1', 'd1-letter-1-2', 'd1-letter-3'])
  })

  it('gives well-formed XML for hostile text in every field', () => {
    fc.assert(
      fc.property(fc.string({unit: 'binary', maxLength: 30}), fc.nat(20), (text, index) => {
        const letters = [hostileLetter(text, index)]
        for (const xml of [toTei(letters, {file: text, title: text}), toCmif(letters, {edition, register})]) {
          expect(() => create(xml)).not.toThrow()
          // Nothing XML 1.0 cannot hold: no C0 control but tab and line feeds, no lone surrogate, no `]]>` in text.
          expect(xml).not.toMatch(/[\u0000-\u0008\v\f\u000E-\u001F\uFFFE\uFFFF]|\]\]>/u)
          expect((xml as string & {isWellFormed(): boolean}).isWellFormed()).toBe(true)
        }
      }),
      {numRuns: 200}
    )
  })
})

describe('toCmif', () => {
  it('writes the edition, a correspDesc per letter pointing to its bibl, and URIs from the register only', () => {
    const letters = parseArchive(read(corpus[0]!)).letters
    const xml = toCmif(letters, {edition, register})
    expect(xml).toContain('<editor>Ada Archivist <email>ada@example.org</email></editor>')
    expect(xml).toContain('<idno type="url">https://example.org/cmif/fixtures.xml</idno>')
    expect(xml).toContain('<date when="2026-01-01"/>')
    expect(xml).toMatch(/<bibl type="print" xml:id="bibl-[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}">/u)
    const doc = dom(xml)
    const id = doc.all('bibl')[0]!.getAttribute('xml:id')
    expect(doc.all('correspDesc').map((desc) => desc.getAttribute('source'))).toEqual(letters.map(() => `#${id}`))
    expect(doc.all('persName').map((name) => [name.textContent, name.getAttribute('ref')])).toEqual([
      ['Stalin', 'https://d-nb.info/gnd/118642499'],
      ['Churchill', 'https://d-nb.info/gnd/118520776'],
      ['W. Churchill', 'https://d-nb.info/gnd/118520776'],
      ['J. V. Stalin', 'https://d-nb.info/gnd/118642499'],
      ['Stalin', 'https://d-nb.info/gnd/118642499'],
      ['Churchill', 'https://d-nb.info/gnd/118520776']
    ])
    expect(toCmif(letters, {edition})).not.toContain('ref=')
    // The same file, the same id; the frame and entries put together are toCmif.
    expect(toCmif(letters, {edition, register})).toBe(xml)
    const frame = cmifFrame({edition, register})
    expect(frame.open + cmifEntries(letters, {edition, register}) + frame.close + '\n').toBe(xml)
    expect(toCmif(letters, {edition: {...edition, bibl: {...edition.bibl, id: 'my-edition', url: 'https://example.org/edition'}}})).toContain('<bibl type="print" xml:id="my-edition">Correspondence')
  })

  it('writes cert="low" on an inferred date (all CMIF 1.1 allows), and an empty name for a party not known', () => {
    const letter = hostileLetter('x', 2)
    const xml = toCmif([{...letter, to: [], received: null, date: {...letter.date!, inferred: true}}], {edition})
    expect(xml).toMatch(/<date when="1941" cert="low"\/>/u)
    expect(xml).toContain('<correspAction type="received">\n          <persName/>')
    expect(xml).not.toContain('cert="medium"')
  })

  it('names each key the edition lacks', () => {
    expect(editionProblems(edition)).toEqual([])
    const {editor: _, ...noEditor} = edition
    expect(editionProblems({...noEditor, licence: 'not a url', extra: 1})).toEqual([
      expect.stringContaining('`editor`'),
      expect.stringContaining('`licence`'),
      expect.stringContaining('`extra`')
    ])
    expect(editionProblems({...edition, editor: {name: 'A'}})).toEqual(['Missing `editor.email` in the edition, expected it (CMIF requires it)'])
    expect(() => toCmif([], {edition: {...edition, url: ''}})).toThrow(/`url`/u)
    expect(editionJsonSchema()).toMatchObject({$id: 'https://unpkg.com/epistola/schema/edition.schema.json', title: 'Edition'})
    expect(JSON.parse(read(join(root, 'schema/edition.schema.json')))).toEqual(JSON.parse(JSON.stringify(editionJsonSchema())))
    expect(JSON.parse(read(join(root, 'schema/register.schema.json')))).toEqual(JSON.parse(JSON.stringify(registerJsonSchema())))
  })
})

describe('register', () => {
  it('finds a party by how it is printed, its name, its full name or its surname; a place by its name', () => {
    const lookup = createLookup({persons: {'j. v. stalin': 'https://a.example/1', Roosevelt: 'https://a.example/2'}, places: {'Moscow.': 'https://a.example/3'}})
    const person = (raw: string, forename: string | null, surname: string | null) => ({raw, name: raw, forename, surname, roles: [], kind: 'person' as const, inferred: false, position: null})
    expect(lookup.person(person('Premier Stalin', 'J. V.', 'Stalin'))).toBe('https://a.example/1')
    expect(lookup.person(person('PRESIDENT ROOSEVELT', null, 'Roosevelt'))).toBe('https://a.example/2')
    expect(lookup.person(person('Mr Churchill', null, 'Churchill'))).toBeNull()
    expect(lookup.place('  MOSCOW ')).toBe('https://a.example/3')
    expect(lookup.place(null)).toBeNull()
    expect(createLookup(null).place('Moscow')).toBeNull()
    expect(RegisterSchema.safeParse({persons: {Stalin: 'not a uri'}}).success).toBe(false)
    expect(RegisterSchema.safeParse({people: {}}).success).toBe(false)
  })
})

describe('toCsv', () => {
  const columns = [...csvColumns]

  it('writes one row per letter that reads back to the same values (RFC 4180, CRLF)', () => {
    for (const path of corpus) {
      const letters = parseArchive(read(path)).letters
      const text = toCsv(letters, {file: path})
      expect(text.endsWith('\r\n')).toBe(true)
      const rows = parse(text, {columns: true, relax_column_count: false}) as Array<Record<string, string>>
      expect(rows).toEqual(letters.map((letter) => csvRow(letter, path)))
      expect(Object.keys(rows[0] ?? Object.fromEntries(columns.map((c) => [c, ''])))).toEqual(columns)
    }
    expect(toCsv([])).toBe(columns.join(',') + '\r\n')
    expect(toCsv([], {header: false})).toBe('')
  })

  it('reads back hostile text: quotes, commas, line breaks; lone surrogates as U+FFFD', () => {
    fc.assert(
      fc.property(fc.string({unit: 'binary', maxLength: 30}), fc.nat(20), (text, index) => {
        const letter = hostileLetter(text, index)
        const [row] = parse(toCsv([letter], {file: text + ',"\n'}), {columns: true}) as Array<Record<string, string>>
        const expected = Object.fromEntries(Object.entries(csvRow(letter, text + ',"\n')).map(([key, value]) => [key, (value as string & {toWellFormed(): string}).toWellFormed()]))
        expect(row).toEqual(expected)
      }),
      {numRuns: 200}
    )
  })

  it('fills the columns from the letter, empty where a value is unknown', () => {
    const [letter] = parseArchive(read(corpus[0]!)).letters
    expect(csvRow(letter!, 'sample.txt')).toEqual({
      id: 'letter-1',
      file: 'sample.txt',
      number: '',
      date: '1941-07-18',
      date_precision: 'day',
      date_inferred: 'false',
      sender: 'Stalin',
      addressee: 'Churchill',
      place: '',
      received: '',
      first_words: 'Allow me to thank you for your two personal messages.',
      source: 'Stalin: Works, Vol. 17: 1941',
      confidence: String(letter!.confidence.letter)
    })
  })
})

describe('phrase', () => {
  it('puts inserts between characters and marks around words, text written once', () => {
    const fragment = teiFragment()
    const p = fragment.ele('p')
    const text = 'Moscow, July 1, 1941'
    writePhrase(p, text, [markWords(text, 'July 1, 1941', (into) => into.ele('date')), markWords(text, 'Moscow', (into) => into.ele('placeName')), markWords(text, 'Moscow', (into) => into.ele('x')), markWords(text, 'nowhere', (into) => into.ele('y'))], [
      {at: afterVisible(text, 6), write: (into) => void into.ele('pb')},
      {at: 100, write: (into) => void into.ele('end')}
    ])
    expect(serialize(p, {declaration: false})).toBe('<p><placeName>Moscow</placeName><pb/>, <date>July 1, 1941</date><end/></p>')
    expect(afterVisible('a b', 0)).toBe(0)
    expect(afterVisible('a b', 9)).toBe(3)
    expect(markWords('a b a', 'a', (into) => into, 1)).toMatchObject({start: 4, end: 5})
    expect(markWords('b a', 'a', (into) => into, 3)).toMatchObject({start: 2})
  })
})

describe('corners', () => {
  const [sample] = parseArchive(read(corpus[0]!)).letters

  it('writes a date whose words are not in its line as a <date> of the whole line', () => {
    const letter = {...sample!, date: {...sample!.date!, raw: 'the eighteenth', text: 'July 18, 1941', position: null}}
    expect(toTei([letter])).toContain('<dateline><date when="1941-07-18">the eighteenth</date></dateline>')
  })

  it('frames a teiCorpus, and compiles a file without a path', async () => {
    const {open, close} = teiCorpusFrame({title: 'All <letters>'})
    expect(open).toContain('<title>All &lt;letters&gt;</title>')
    expect(open.endsWith('</teiHeader>')).toBe(true)
    expect(close).toBe('\n</teiCorpus>')
    const file = await unified().use(epistolaParse).use(epistolaTei).process(read(corpus[0]!))
    expect(String(file)).toContain('<title>Letters</title>')
  })

  it('writes empty cells for a letter without body, date or file', () => {
    const row = csvRow({...sample!, body: [], date: null})
    expect([row.first_words, row.date, row.date_precision, row.date_inferred, row.file]).toEqual(['', '', '', '', ''])
    expect(toCsv([{...sample!, body: []}])).toContain('letter-1,,,1941-07-18')
  })

  it('names unknown keys and bad values of an edition; dates a file of today without one', () => {
    expect(editionProblems({...edition, a: 1, b: 2})).toEqual(['Unexpected keys `a`, `b` in the edition, expected only the keys of `epistola/edition.schema.json`'])
    expect(editionProblems({...edition, editor: 5})).toEqual(['Unexpected `editor`: Invalid input: expected object, received number'])
    expect(editionProblems({...edition, editor: {...edition.editor, x: 1}})).toEqual([expect.stringContaining('`editor.x`')])
    expect(editionProblems(null)).toEqual([expect.stringContaining('`edition`')])
    const {date: _, ...undated} = edition
    expect(toCmif([], {edition: undated})).toContain(`<date when="${new Date().toISOString().slice(0, 10)}"/>`)
  })

  it('writes a letter without a confidence (JSON of an older version) without one', () => {
    const old = {...sample!, confidence: undefined} as unknown as Letter
    expect(csvRow(old).confidence).toBe('')
    expect(toTei([old])).toContain('<div type="letter" xml:id="letter-1" source=')
    expect(toTei([sample!])).toContain(`<div type="letter" xml:id="letter-1" cert="${Math.round(sample!.confidence.letter * 100) / 100}"`)
  })

  it('keeps the first URI of a name listed twice in a register', () => {
    const lookup = createLookup({places: {Moscow: 'https://a.example/1', 'moscow ': 'https://a.example/2'}})
    expect(lookup.place('Moscow')).toBe('https://a.example/1')
  })

  it('writes the letters of a tree whose nodes have no positions as letters without their tree', () => {
    const archive = parseArchive(read(join(dev, 'frus-1861-d59-d60.txt')))
    const strip = (node: {position?: unknown; children?: unknown[]}) => {
      delete node.position
      for (const child of (node.children ?? []) as Array<typeof node>) strip(child)
    }
    strip(archive.tree as never)
    const xml = toTei({letters: archive.letters, tree: archive.tree})
    expect(xml).toBe(toTei(archive.letters))
  })
})

describe('a letter without a body', () => {
  it('gets an empty <p/> before its closer, which TEI puts only after text', () => {
    const [letter] = parseArchive(read(corpus[0]!)).letters
    const xml = toTei([{...letter!, body: [], signature: {raw: 'J. Stalin', name: 'J. Stalin', titles: [], position: null}}])
    expect(xml).toMatch(/<p\/>\n\s*<closer>/u)
  })
})
