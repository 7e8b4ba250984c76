/**
 * The compiler's fast paths (issue 5) give what the plain versions gave: `tidy` checks a text in
 * one pass before its replacements, `parseSource` reads ends by hand and skips `findDate` where no
 * date can be. Each is held here to the regular expressions it replaced.
 */
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {parseSource} from '../src/extract/source.js'
import {inputText, nodeText, plainText, tidy, toString} from '../src/tree/to-string.js'
import type * as T from '../src/tree/types.js'
import {expectProperty} from './helpers/property.js'

/** `tidy` as it was: three replacements and a trim, on every text. */
function slowTidy(value: string): string {
  return value.replace(/[ \t]{2,}/gu, ' ').replace(/(?<! ) +\n/gu, '\n').replace(/\n +/gu, '\n').trim()
}

describe('tidy', () => {
  it('gives what the three replacements gave, on any string', () => {
    const spacey = fc
      .array(fc.constantFrom(' ', '  ', '\t', '\n', '\r', '\u00a0', '\u2028', '\u3000', '\ufeff', 'a', 'b c', '.'), {maxLength: 20})
      .map((parts) => parts.join(''))
    expectProperty(
      fc.property(fc.oneof(spacey, fc.string({maxLength: 20}), fc.string({unit: 'binary', maxLength: 10})), (value) => tidy(value) === slowTidy(value)),
      {numRuns: 20_000}
    )
  })

  it('returns a clean text as it is', () => {
    const value = 'My dear Sir,\nI have received your letter.'
    expect(tidy(value)).toBe(value)
  })
})

describe('node text', () => {
  const at = (offset: number) => ({line: 1, column: offset + 1, offset})
  const paragraph: T.Paragraph = {
    type: 'paragraph',
    children: [
      {type: 'text', value: 'He  ', position: {start: at(0), end: at(4)}},
      {type: 'pageMarker', value: '115', position: {start: at(4), end: at(14)}},
      {type: 'text', value: ' seemed', position: {start: at(14), end: at(21)}},
      {type: 'break', position: {start: at(21), end: at(22)}},
      {type: 'text', value: 'well.', position: {start: at(22), end: at(27)}}
    ],
    position: {start: at(0), end: at(27)}
  }

  it('joins the text children, markers left out, breaks as asked', () => {
    expect(nodeText(paragraph)).toEqual({
      value: 'He   seemed\nwell.',
      runs: [
        {at: 0, length: 4, start: at(0)},
        {at: 4, length: 7, start: at(14)},
        {at: 12, length: 5, start: at(22)}
      ]
    })
    expect(plainText(paragraph, ' ')).toBe('He   seemed well.')
    expect(toString(paragraph, {breaks: ' '})).toBe('He seemed well.')
  })

  it('slices a paragraph over lines from the input when it prints just its text', () => {
    const input = 'I have\nreceived it.\n  Next'
    const text = (start: number, end: number): T.Text => ({type: 'text', value: input.slice(start, end), position: {start: at(start), end: at(end)}})
    const lines: T.Paragraph = {type: 'paragraph', children: [text(0, 6), {type: 'break', position: {start: at(6), end: at(7)}}, text(7, 19)]}
    expect(inputText(lines, input)).toBe('I have\nreceived it.')
    expect(inputText(lines, input)).toBe(plainText(lines))
    // An indented next line: the break is more than a line feed.
    const indented: T.Paragraph = {type: 'paragraph', children: [text(7, 19), {type: 'break', position: {start: at(19), end: at(22)}}, text(22, 26)]}
    expect(inputText(indented, input)).toBeNull()
    expect(inputText(paragraph, 'He  [Page 115] seemed\nwell.')).toBeNull()
  })

  it('takes a node of one text child as it is', () => {
    const line: T.Signature = {type: 'signature', children: [{type: 'text', value: 'J. Stalin', position: {start: at(0), end: at(9)}}]}
    expect(nodeText(line)).toEqual({value: 'J. Stalin', runs: [{at: 0, length: 9, start: at(0)}]})
    expect(toString(line)).toBe('J. Stalin')
  })
})

describe('parseSource fast paths', () => {
  const citation = {title: null, author: null, volume: null, number: null, page: null, publisher: null, place: null, year: null, date: null, kind: 'citation'}

  it('reads a label however its `s` is printed', () => {
    expect(parseSource('ſource: Stalin: Works, Vol. 17: 1941')).toEqual({...citation, text: 'Stalin: Works, Vol. 17: 1941', textStart: 8, title: 'Works', author: 'Stalin', volume: '17', year: '1941'})
  })

  it('finds a volume in capitals, a place and year split by any space, a date at the end', () => {
    expect(parseSource('Source: Correspondence, VOLUME IV')).toEqual({...citation, text: 'Correspondence, VOLUME IV', textStart: 8, title: 'Correspondence', volume: 'IV'})
    expect(parseSource('Source: Speeches, London\u00a01946')).toEqual({...citation, text: 'Speeches, London\u00a01946', textStart: 8, title: 'Speeches', place: 'London', year: '1946'})
    expect(parseSource('Source: Daily Review, 21 February, 1951.)')).toEqual({...citation, text: 'Daily Review, 21 February, 1951.)', textStart: 8, title: 'Daily Review', year: '1951', date: '1951-02-21'})
  })

  it('strips quotation marks and punctuation from the ends of a part', () => {
    expect(parseSource('Source: “Works,” Moscow 1957.')).toEqual({...citation, text: '“Works,” Moscow 1957.', textStart: 8, title: 'Works', place: 'Moscow', year: '1957'})
  })
})
