/**
 * The line forms (src/parse/forms/): each read on lines of real transcripts.
 */
import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {parseLetters} from '../src/api.js'
import {forms, readLine} from '../src/parse/forms/index.js'
import {readNumberedHeading} from '../src/parse/forms/numbered-heading.js'

const facts = {indent: 0, hasDigit: false, nameLike: false}

describe('forms registry', () => {
  it('orders every form once, each with a kind, a length limit and a reader', () => {
    expect(new Set(forms).size).toBe(forms.length)
    for (const form of forms) {
      expect(typeof form.kind).toBe('string')
      expect(form.maxLength).toBeGreaterThan(0)
      expect(typeof form.read).toBe('function')
    }
  })
  it('reads a line no form reads as running text, with the reason', () => {
    expect(readLine('I went to town and bought some bread.', facts)).toMatchObject({kind: 'prose', reason: 'running text'})
  })
})

describe('numbered heading: `I.--TO CHARLES COWDEN CLARKE.`', () => {
  it('reads the numeral as the number and the rest as a heading, spans true to the line', () => {
    const text = 'I.--TO CHARLES COWDEN CLARKE.'
    const parts = readNumberedHeading(text)
    expect(parts?.number).toBe('I')
    expect(parts?.to.map((span) => text.slice(span.start, span.end))).toEqual(['CHARLES COWDEN CLARKE'])
    expect(readLine(text, facts).kind).toBe('heading')
  })
  it('reads arabic numerals and mixed case (Byron)', () => {
    const text = '161.--To Scrope Berdmore Davies.'
    const parts = readNumberedHeading(text)
    expect(parts?.number).toBe('161')
    expect(parts?.to.map((span) => text.slice(span.start, span.end))).toEqual(['Scrope Berdmore Davies'])
  })
  it('reads no number where no heading follows the dash', () => {
    expect(readNumberedHeading('I.--And then we went home.')).toBeNull()
    expect(readNumberedHeading('TO CHARLES COWDEN CLARKE.')).toBeNull()
  })
  it('cuts the Keats letters 1816–1817 at their numbered headings', () => {
    const text = readFileSync(new URL('../fixtures/printed/gutenberg-keats-letters-1816-1817-i-vi.txt', import.meta.url), 'utf8')
    const letters = parseLetters(text)
    // Every numbered heading opens a letter (one letter still splits in two before the layout is learnt).
    expect(letters.map((letter) => letter.number).filter(Boolean)).toEqual(['I', 'II', 'III', 'IV', 'V', 'VI'])
    expect(letters[0]!.heading?.text).toBe('I.--TO CHARLES COWDEN CLARKE.')
    expect(letters[0]!.to.map((person) => person.surname)).toEqual(['Clarke'])
  })
})
