/**
 * No text lost (issue 16) on real inputs: every transcript in `fixtures/` and `test/fixtures/`,
 * as it is and with other line endings, indentation, a BOM, trailing spaces or a hard wrap at 72,
 * passes `textLost` (`test/helpers/no-text-lost.ts`; the generated inputs of
 * `test/properties.test.ts` pass it too). The checker is shown to catch what it is for (a
 * paragraph dropped from the letters or from the tree, a position that points elsewhere), and
 * each of its exceptions to be still needed.
 */
import {readdirSync, readFileSync, statSync} from 'node:fs'
import {join, relative} from 'node:path'
import {fileURLToPath} from 'node:url'
import {describe, expect, it} from 'vitest'
import {parseArchive, type Archive} from '../src/index.js'
import {EXCEPTIONS, noUses, textLost} from './helpers/no-text-lost.js'
import {variants, wrap} from './helpers/variants.js'

const repository = fileURLToPath(new URL('../', import.meta.url))

function transcripts(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const path = join(dir, name)
      if (statSync(path).isDirectory()) return transcripts(path)
      return name.endsWith('.txt') ? [path] : []
    })
}

const files = [...transcripts(join(repository, 'fixtures')), ...transcripts(join(repository, 'test/fixtures'))].map((path) => ({
  name: relative(repository, path),
  text: readFileSync(path, 'utf8')
}))

const clothes: Record<string, (text: string) => string> = {'as it is': (t) => t, ...variants, 'wrapped at 72': wrap}

const sample = files.find((file) => file.name === 'fixtures/stalin-churchill-1941.txt')!.text

describe('no text lost, on every real transcript', () => {
  it('finds the transcripts of every folder', () => {
    expect(files.length).toBeGreaterThan(150)
    for (const folder of ['fixtures/dev/', 'fixtures/printed/', 'fixtures/official/', 'fixtures/frus/', 'fixtures/rules/']) expect(files.some((file) => file.name.startsWith(folder)), folder).toBe(true)
  })

  it.each(Object.keys(clothes))('holds on each one, %s', (variant) => {
    const change = clothes[variant]!
    const failures = files.flatMap(({name, text}) => {
      const input = change(text)
      const problems = textLost(input, parseArchive(input))
      return problems.length > 0 ? [`${name}:\n  ${problems.join('\n  ')}`] : []
    })
    expect(failures).toEqual([])
  })
})

describe('the no-text-lost checker', () => {
  const archive = parseArchive(sample)
  const copy = (): Archive => structuredClone({letters: archive.letters, tree: archive.tree, file: archive.file})

  it('passes the sample as parsed', () => {
    expect(textLost(sample, archive)).toEqual([])
  })

  it('catches a letter that drops its last paragraph (compile)', () => {
    const changed = copy()
    for (const letter of changed.letters) letter.body.pop()
    const problems = textLost(sample, changed)
    expect(problems).toHaveLength(3)
    for (const problem of problems) expect(problem).toMatch(/^letter \d \(letter-\d\): its paragraph is not in the letter from \d+:1 /u)
  })

  it('catches a tree that drops a paragraph (parse)', () => {
    const changed = copy()
    const letter = changed.tree.children[0]!
    expect(letter.type).toBe('letter')
    if (letter.type === 'letter') letter.children = letter.children.filter((child, index) => !(child.type === 'paragraph' && index === 1))
    expect(textLost(sample, changed)[0]).toMatch(/^in no node of the tree: 5:1 /u)
  })

  it('catches two leaves over one character, and a text leaf that is not its slice', () => {
    const changed = copy()
    const letter = changed.tree.children[0]!
    if (letter.type === 'letter') letter.children.push(structuredClone(letter.children[1]!))
    expect(textLost(sample, changed)).toContainEqual(expect.stringMatching(/^in 2 nodes of the tree: 5:1 /u))
    const renamed = copy()
    const heading = renamed.tree.children[0]
    if (heading?.type === 'letter' && heading.children[0]?.type === 'heading' && heading.children[0].children[0]?.type === 'text') heading.children[0].children[0].value = 'Personal Message from Stalin to Mr Roosevelt'
    expect(textLost(sample, renamed)).toContainEqual(expect.stringMatching(/text "Personal Message from Stalin to Mr Roosevelt" is not its slice of the input/u))
  })

  it('catches a field whose position points at other text', () => {
    const changed = copy()
    const date = changed.letters[0]!.date!
    date.position = changed.letters[0]!.body[0]!.position
    expect(textLost(sample, changed)).toEqual([expect.stringMatching(/^letter 1 \(letter-1\): date "July 18, 1941" is not in the text its position points at/u)])
  })

  describe('exceptions, each still needed', () => {
    it(`backLink: ${EXCEPTIONS.backLink}`, () => {
      const {text} = files.find((file) => file.name === 'fixtures/dev/frus-1945v02-d11.txt')!
      const uses = noUses()
      expect(textLost(text, parseArchive(text), uses)).toEqual([])
      expect(uses).toEqual({...noUses(), backLink: 2})
    })

    it(`receiptDash: ${EXCEPTIONS.receiptDash}`, () => {
      const {text} = files.find((file) => file.name === 'fixtures/official/gutenberg-why-we-are-at-war-blue-book-1914-nos-123-153.txt')!
      const uses = noUses()
      expect(textLost(text, parseArchive(text), uses)).toEqual([])
      expect(uses).toEqual({...noUses(), receiptDash: 2})
    })

    it(`footnoteStar: ${EXCEPTIONS.footnoteStar}`, () => {
      const {text} = files.find((file) => file.name === 'fixtures/printed/gutenberg-byron-letters-journals-v1-25-29.txt')!
      const uses = noUses()
      expect(textLost(text, parseArchive(text), uses)).toEqual([])
      expect(uses).toEqual({...noUses(), footnoteStar: 2})
    })

    it(`joinedClosing: ${EXCEPTIONS.joinedClosing}`, () => {
      // Found by the properties.
      const text = 'Yours sincerely,\nthe [Page 1] the [Page 1] the [Page 1]\nP.S. Kind regards.\nI have the honor to be, Sir,\n'
      const archive = parseArchive(text)
      const uses = noUses()
      expect(textLost(text, archive, uses)).toEqual([])
      expect(uses).toEqual({...noUses(), joinedClosing: 1, secondOfKind: 1})
      expect(archive.letters[0]!.closing).toBe('Yours sincerely, I have the honor to be, Sir,')
    })

    it(`secondOfKind: ${EXCEPTIONS.secondOfKind}`, () => {
      const text = 'STALIN TO CHURCHILL\n\nDear Sir,\nDear Sir,\n\nThank you.\n'
      const archive = parseArchive(text)
      const uses = noUses()
      expect(textLost(text, archive, uses)).toEqual([])
      expect(uses).toEqual({...noUses(), secondOfKind: 1})
      expect(archive.letters[0]!.salutation).toBe('Dear Sir')
    })
  })
})
