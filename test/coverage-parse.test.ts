/**
 * The parser's edges: input that is not a string, run-on lines (web copies that lost their
 * line breaks) with and without each part, a document number in Roman numerals.
 */
import {describe, expect, it} from 'vitest'
import {parseArchive} from '../src/api.js'
import {fromText} from '../src/parse/from-text.js'
import {emptyLayout} from '../src/parse/layout/types.js'
import {splitRunOn} from '../src/parse/run-on.js'
import {nodeText, spanPosition, toString} from '../src/tree/to-string.js'
import type * as T from '../src/tree/types.js'

const body = 'We are glad to hear of your safe arrival and hope the voyage was a pleasant one. '.repeat(4)
const pieces = (text: string) => splitRunOn(text)?.map((piece) => text.slice(piece.start, piece.end)) ?? null

describe('fromText on any input', () => {
  it('reads a value that is not a string as its string form, nothing as empty', () => {
    expect(fromText(undefined as unknown as string)).toEqual({
      type: 'root',
      children: [],
      position: {start: {line: 1, column: 1, offset: 0}, end: {line: 1, column: 1, offset: 0}},
      data: {layout: emptyLayout()}
    })
    expect(fromText(12 as unknown as string).position?.end).toEqual({line: 1, column: 3, offset: 2})
  })
  it('reads `Letter XII` as a document number', () => {
    const tree = fromText('Letter XII\n\nDear Sir,\n\nI am well.\n\nGo: Washington\n')
    const letter = tree.children[0]
    expect(letter?.type).toBe('letter')
    expect(letter?.type === 'letter' ? letter.children.map((child) => child.type) : []).toEqual(['letterNumber', 'salutation', 'paragraph', 'signature'])
    expect(parseArchive('Letter XII\n\nDear Sir,\n\nI am well.\n\nGo: Washington\n').letters.map((l) => l.number)).toEqual(['XII'])
  })
})

describe('splitRunOn', () => {
  it('splits letterhead and date, salutation, body, close, signature, a note in parentheses and page furniture', () => {
    const line = `THE WHITE HOUSE WASHINGTON August 11th, 1941. My dear King George: ${body}Sincerely yours, FRANKLIN D. ROOSEVELT (Copy of the original in the Royal Archives) Page 12 of 40`
    expect(pieces(line)).toEqual([
      'THE WHITE HOUSE WASHINGTON August 11th, 1941.',
      'My dear King George:',
      body.trim(),
      'Sincerely yours,',
      'FRANKLIN D. ROOSEVELT',
      '(Copy of the original in the Royal Archives)',
      'Page 12 of 40'
    ])
    const {letters} = parseArchive(line)
    expect(letters.map((l) => [l.date?.iso, l.from.map((p) => p.name), l.salutation])).toEqual([['1941-08-11', ['Franklin D. Roosevelt'], 'My dear King George']])
  })
  it('needs a date before a salutation that does not open the line', () => {
    expect(splitRunOn(`THE WHITE HOUSE WASHINGTON My dear King George: ${body}`)).toBeNull()
  })
  it('splits a letter that only opens, or only closes, on its line', () => {
    expect(pieces(`My dear King George: ${body}`)).toEqual(['My dear King George:', body.trim()])
    expect(pieces(`${body}${body}Sincerely yours, FRANKLIN D. ROOSEVELT`)).toEqual([(body + body).trim(), 'Sincerely yours,', 'FRANKLIN D. ROOSEVELT'])
  })
  it('keeps what follows the close as one piece when it is no signature', () => {
    expect(pieces(`My dear King George: ${body}Sincerely yours, Franklin D. Roosevelt. and the rest`)?.slice(2)).toEqual(['Sincerely yours,', 'Franklin D. Roosevelt. and the rest'])
  })
  it('leaves short lines and lines with neither salutation nor close alone', () => {
    expect(splitRunOn('My dear King George: we are well.')).toBeNull()
    expect(splitRunOn(body + body)).toBeNull()
  })
})

describe('nodeText and spanPosition on hand-built nodes', () => {
  const position = {start: {line: 1, column: 1, offset: 0}, end: {line: 1, column: 4, offset: 3}}
  const letter = {
    type: 'letter',
    children: [
      {
        type: 'paragraph',
        children: [
          {type: 'text', value: 'abc', position},
          {type: 'break'},
          {type: 'text', value: 'de'},
          {type: 'footnoteReference', identifier: '1', label: '1'}
        ]
      },
      {type: 'thematicBreak'}
    ]
  } as unknown as T.Nodes

  it('joins text, breaks as line feeds, markers and childless nodes left out; runs only where text has a place', () => {
    expect(nodeText(letter)).toEqual({value: 'abc\nde', runs: [{at: 0, length: 3, start: {line: 1, column: 1, offset: 0}}]})
    expect(toString(letter, {breaks: ' '})).toBe('abc de')
  })
  it('places a span inside a run, and none outside the input', () => {
    const text = nodeText(letter)
    expect(spanPosition(text, 1, 3)).toEqual({start: {line: 1, column: 2, offset: 1}, end: {line: 1, column: 4, offset: 3}})
    expect(spanPosition(text, 4, 6)).toBeNull()
  })
  it('counts offsets from 0 when the node’s point has none', () => {
    const text = nodeText({type: 'text', value: 'xyz', position: {start: {line: 2, column: 5}, end: {line: 2, column: 8}}} as T.Nodes)
    expect(spanPosition(text, 1, 2)).toEqual({start: {line: 2, column: 6, offset: 1}, end: {line: 2, column: 7, offset: 2}})
  })
})
