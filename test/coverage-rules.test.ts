/**
 * Rules over a tree without positions (as another unified plugin may build one): every rule
 * still reports, in words, with no place; and the place helpers on their own.
 */
import {describe, expect, it} from 'vitest'
import {VFile} from 'vfile'
import {parseArchive} from '../src/api.js'
import {compileTree} from '../src/compile/to-letters.js'
import {fromText} from '../src/parse/from-text.js'
import {lint} from '../src/rules/index.js'
import {phrasePlace, pointText, quote} from '../src/rules/place.js'
import type * as T from '../src/tree/types.js'

const text = [
  'No. 5',
  'No. 5',
  'Prime Minister Churchill to President Roosevelt',
  'London, July 4, 1941.',
  '[Received July 2, 1941]',
  'Dear Mr. President,',
  'We are well.[1]',
  'J. Smith',
  'No. 9',
  'Mr. Hopkins to Mr. Hull',
  'London, July 44, 1941.',
  'Dear Sir,',
  'We are well.',
  'H. Hopkins'
].join('\n\n')

function withoutPositions(node: T.Nodes): void {
  delete node.position
  if ('children' in node) for (const child of node.children as T.Nodes[]) withoutPositions(child)
}

describe('lint on a tree without positions', () => {
  const tree = fromText(text)
  withoutPositions(tree)
  const file = new VFile({value: text})
  lint(tree, compileTree(tree, file), file, {rules: {'missing-source': 'off', schema: 'off', 'empty-body': 'info'}})
  const by = (id: string) => file.messages.filter((m) => m.ruleId === id)

  it('still reports each problem, with no place', () => {
    expect(file.messages.length).toBeGreaterThan(5)
    for (const message of file.messages) {
      expect(message.place).toBeUndefined()
      expect(message.line).toBeUndefined()
      expect(message.source).toBe('epistola')
    }
  })
  it('words the problems as with positions', () => {
    expect(by('impossible-date').map((m) => m.reason)).toEqual(['Unexpected impossible date `July 44, 1941`, expected a real calendar date'])
    expect(by('received-before-sent').map((m) => m.reason)).toEqual([
      'Unexpected date of receipt `July 2, 1941` before the date sent `July 4, 1941` (an unknown place), expected a receipt on or after the date sent'
    ])
    expect(by('signature-mismatch').map((m) => m.reason)).toEqual(['Unexpected signature `J. Smith` for a letter from Churchill, expected the sender’s name'])
    expect(by('number-sequence').map((m) => m.reason)).toEqual([
      'Unexpected repeated number `No. 5`, expected `No. 6`',
      'Unexpected `No. 9` after `No. 5`, expected `No. 6`–`No. 8` first'
    ])
  })
  it('applies the severities given: off, info', () => {
    expect(by('missing-source')).toEqual([])
    expect(by('schema')).toEqual([])
    expect(by('empty-body').map((m) => m.fatal)).toEqual([undefined])
  })
})

describe('place helpers', () => {
  it('say where, or that the place is unknown', () => {
    expect(pointText({start: {line: 17, column: 1}, end: {line: 17, column: 5}})).toBe('17:1')
    expect(pointText(null)).toBe('an unknown place')
    expect(pointText(undefined)).toBe('an unknown place')
  })
  it('quote a long text short, with spaces collapsed', () => {
    expect(quote('a'.repeat(70), 10)).toBe('aaaaaaaaa…')
    expect(quote('  a \n b ')).toBe('a b')
  })
  it('fall back to the node’s place, or none, when the phrase is not in the input', () => {
    const position = {start: {line: 2, column: 1, offset: 5}, end: {line: 2, column: 4, offset: 8}}
    expect(phrasePlace({type: 'paragraph', children: [{type: 'text', value: 'abc'}], position} as T.Nodes, 0, 1)).toEqual(position)
    expect(phrasePlace({type: 'text', value: 'abc'} as T.Nodes, 0, 1)).toBeUndefined()
  })
})

describe('number-sequence and inferred-value on numbered letters', () => {
  const block = (n: number, date = `July ${n}, 1941.`) =>
    `No. ${n}\n\nPrime Minister Churchill to President Roosevelt\n\nLondon, ${date}\n\nDear Mr. President,\n\nLetter number ${n} is here.\n\nW. Churchill\n`
  const sequence = (numbers: number[]) =>
    parseArchive(numbers.map((n) => block(n)).join('\n')).file.messages.filter((m) => m.ruleId === 'number-sequence').map((m) => [m.reason, m.line, m.expected])

  it('expects no particular number after a repeat when the next one is printed later', () => {
    expect(sequence([5, 6, 5, 7])).toEqual([['Unexpected repeated number `No. 5`, expected `No. 7`', 25, undefined]])
  })
  it('reports no gap when the numbers skipped come later, only the step back', () => {
    expect(sequence([5, 7, 6])).toEqual([['Unexpected `No. 6` after `No. 7`, expected numbers in ascending order', 25, undefined]])
  })
  it('reads a two-digit year with the century of the nearest full year, as an inference of the letter', () => {
    const {letters, file} = parseArchive(block(4, '4/7/41.') + '\n' + block(5), {dateOrder: 'dmy'})
    expect(letters[0]!.date).toMatchObject({text: '4/7/41', iso: '1941-07-04', inferred: true})
    expect(letters[0]!.inferences).toEqual([{field: 'date', reason: 'the year `41` is read as 1941, the nearest to 1941 of `July 5, 1941` (line 17)'}])
    expect(file.messages.filter((m) => m.ruleId === 'inferred-value').map((m) => [m.reason, m.line, m.column])).toEqual([
      ['Unexpected `date` not printed as such, expected it stated with the letter: the year `41` is read as 1941, the nearest to 1941 of `July 5, 1941` (line 17)', 5, 9]
    ])
  })
  it('gives a two-digit year of an undecided order no value, and says both', () => {
    const {letters, file} = parseArchive(block(4, '4/7/41.'))
    expect(letters[0]!.date).toBeNull()
    expect(file.messages.filter((m) => m.ruleId === 'unreadable-date').map((m) => [m.reason, m.line])).toEqual([
      [
        'Unexpected date `4/7/41` left without a value (it could be day first or month first, and no other date of the transcript decides; its year `41` prints no century, and no date of the transcript with a full year gives one), expected the order given (`dateOrder`, `--date-order`) and a date with a full year in the transcript',
        5
      ]
    ])
  })
})

describe('signature-mismatch', () => {
  it('does not take a surname met elsewhere in the file for a forename', () => {
    const letter = (from: string, signature: string) =>
      `${from} to President Roosevelt\n\nLondon, July 4, 1941.\n\nDear Mr. President,\n\nAll is well.\n\n${signature}\n`
    const {file} = parseArchive(letter('Prime Minister Churchill', 'Hopkins') + '\n' + letter('Mr. Harry Hopkins', 'Harry Hopkins'))
    expect(file.messages.filter((m) => m.ruleId === 'signature-mismatch').map((m) => [m.reason, m.line])).toEqual([
      ['Unexpected signature `Hopkins` for a letter from Churchill, expected the sender’s name', 9]
    ])
  })
})

describe('control-character', () => {
  it('reads a file whose value is still bytes as no text, and a string value where it stands', () => {
    const text = 'Dear Sir,\n\nAll\u0007 is well.\n'
    const tree = fromText(text)
    const bytes = new VFile({value: new TextEncoder().encode(text)})
    lint(tree, compileTree(tree, bytes), bytes)
    expect(bytes.messages.filter((m) => m.ruleId === 'control-character')).toEqual([])
    const file = new VFile({value: text})
    lint(tree, compileTree(tree, file), file)
    const found = file.messages.filter((m) => m.ruleId === 'control-character')
    expect(found.map((m) => [m.reason, m.line, m.column])).toEqual([['Unexpected control character U+0007, expected text (remove it, or check the file’s encoding)', 3, 4]])
  })
})
