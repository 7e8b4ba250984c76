/**
 * `tree/to-string`: node texts as the compiler reads them, on a tree of the sample transcript,
 * and `inputText` refusing a slice wherever the node does not print the input as it stands.
 */
import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {fromText} from '../src/parse/from-text.js'
import {inputText, nodeText, plainText} from '../src/tree/to-string.js'
import type {Nodes, Paragraph} from '../src/tree/types.js'

const sample = readFileSync(new URL('../fixtures/stalin-churchill-1941.txt', import.meta.url), 'utf8')

const at = (offset: number) => ({line: 1, column: offset + 1, offset})
const text = (value: string, start: number): Nodes => ({type: 'text', value, position: {start: at(start), end: at(start + value.length)}})
const lineBreak = (start: number, length = 1): Nodes => ({type: 'break', position: {start: at(start), end: at(start + length)}})
const paragraph = (...children: Nodes[]) => ({type: 'paragraph', children}) as unknown as Paragraph

describe('node texts', () => {
  it('reads a text node, a break, and a node of several children', () => {
    expect(nodeText(text('Dear Sir', 0)).value).toBe('Dear Sir')
    expect(nodeText(lineBreak(0), {breaks: ' '})).toEqual({value: ' ', runs: []})
    expect(nodeText(lineBreak(0)).value).toBe('\n')
    expect(plainText(text('Dear Sir', 0))).toBe('Dear Sir')
    expect(plainText(lineBreak(0))).toBe('\n')
    expect(plainText(lineBreak(0), ' ')).toBe(' ')
    const two = paragraph(text('one', 0), lineBreak(3), text('two', 4))
    expect(plainText(two, ' ')).toBe('one two')
    expect(nodeText(two, {breaks: ' '}).value).toBe('one two')
  })

  it('gives every paragraph of the sample as a slice of the input, the same as its joined text', () => {
    const tree = fromText(sample)
    let checked = 0
    const walk = (node: Nodes) => {
      if (node.type === 'paragraph') {
        const slice = inputText(node, sample)
        if (slice !== null) {
          expect(slice).toBe(plainText(node))
          checked++
        }
      }
      for (const child of (node as {children?: Nodes[]}).children ?? []) walk(child)
    }
    walk(tree as unknown as Nodes)
    expect(checked).toBeGreaterThan(10)
  })
})

describe('inputText refuses a slice', () => {
  const input = 'one\ntwo\r\nthree'
  it('reads text lines joined by line feeds', () => {
    expect(inputText(paragraph(text('one', 0), lineBreak(3), text('two', 4)), input)).toBe('one\ntwo')
  })
  it('for a node without children or positions', () => {
    expect(inputText(paragraph(), input)).toBeNull()
    expect(inputText({type: 'paragraph', children: [{type: 'text', value: 'one'}]} as unknown as Nodes, input)).toBeNull()
    expect(inputText(paragraph(text('one', 0), {type: 'text', value: 'two'} as Nodes), input)).toBeNull()
  })
  it('for a gap, a changed value, or a break that is not one line feed', () => {
    expect(inputText(paragraph(text('one', 0), text('two', 4)), input)).toBeNull()
    expect(inputText(paragraph(text('on', 0), lineBreak(3)), input)).toBeNull()
    expect(inputText(paragraph(text('two', 4), lineBreak(7, 2), text('three', 9)), input)).toBeNull()
    expect(inputText(paragraph(text('one', 0), lineBreak(3, 2)), input)).toBeNull()
    const changed = text('one', 0) as {value: string}
    changed.value = 'on'
    expect(inputText(paragraph(changed as Nodes), input)).toBeNull()
  })
})
