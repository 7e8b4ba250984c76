/**
 * The same transcripts with other line endings, indentation, a BOM, trailing spaces, or
 * hard-wrapped at 72 characters must give the same letters: line shapes, not file quirks,
 * decide what a line is.
 */
import {readdirSync, readFileSync} from 'node:fs'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {parseLetters, type Letter} from '../src/index.js'
import {variants, wrap} from './helpers/variants.js'

const dirs = [join(import.meta.dirname, '..', 'fixtures'), join(import.meta.dirname, '..', 'fixtures', 'dev')]
const cases = dirs.flatMap((dir) => readdirSync(dir).filter((f) => f.endsWith('.txt')).map((f) => ({name: f, text: readFileSync(join(dir, f), 'utf8')})))

const key = (letter: Letter) => ({
  number: letter.number,
  heading: letter.heading?.text.replace(/\s+/gu, ' ') ?? null,
  from: letter.from.map((p) => p.surname ?? p.name),
  to: letter.to.map((p) => p.surname ?? p.name),
  date: letter.date?.iso ?? null,
  received: letter.received?.iso ?? null,
  place: letter.place,
  signature: letter.signature?.raw ?? null,
  source: letter.source?.text.replace(/\s+/gu, ' ') ?? null,
  paragraphs: letter.body.length
})

describe('variants of every fixture', () => {
  for (const [variant, change] of Object.entries(variants)) {
    it(`should read the same letters with ${variant}`, () => {
      for (const {name, text} of cases) {
        expect(parseLetters(change(text)).map(key), name).toEqual(parseLetters(text).map(key))
      }
    })
  }

  // Wrapping changes what a paragraph counts as (a closing wrapped into two lines, a note
  // that lost its back-link `↩` on the first line), and a run-on letter is one line; those
  // fields are left out for the files where the wrap changes the text's shape.
  const reshaped: Record<string, Array<keyof ReturnType<typeof key>>> = {
    'fdrlib-psf-box1-t07i02.txt': ['from', 'to', 'date', 'place', 'signature', 'paragraphs'],
    'frus-1861-d59-d60.txt': ['paragraphs'],
    'frus-1943v01-d549.txt': ['signature']
  }
  it('should read the same letters hard-wrapped at 72 characters', () => {
    for (const {name, text} of cases) {
      const strip = (letters: Letter[]) =>
        letters.map((letter) => {
          const k = key(letter)
          for (const field of reshaped[name] ?? []) delete k[field]
          return k
        })
      expect(strip(parseLetters(wrap(text))), name).toEqual(strip(parseLetters(text)))
    }
  })
})
