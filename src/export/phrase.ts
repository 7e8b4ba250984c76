/**
 * A text written into an element with some of its words marked (`<date>`, `<placeName>`,
 * `<persName>` around the words a value was read from) and elements put between its characters
 * (`<note>` at a footnote marker, `<pb/>` at a page break). The text itself is written whole and
 * once: marks only wrap it, points only go between its characters.
 */
import {isSpace} from '../extract/chars.js'
import type {XmlElement} from './xml.js'

/** Words of the text to wrap: `text.slice(start, end)` goes into the element `wrap` makes. */
export interface Mark {
  start: number
  end: number
  wrap(parent: XmlElement): XmlElement
}

/** Something to put between characters: before `text[at]`. */
export interface Insert {
  at: number
  write(parent: XmlElement): void
}

/** A mark around the first `words` in `text` at or after `from` (else anywhere), or `null` when they are not there. */
export function markWords(text: string, words: string | null | undefined, wrap: Mark['wrap'], from = 0): Mark | null {
  if (!words) return null
  let start = text.indexOf(words, from)
  if (start < 0 && from > 0) start = text.indexOf(words)
  return start < 0 ? null : {start, end: start + words.length, wrap}
}

/** The index just after the `count`-th character of `text` that is not white space (0: the start). */
export function afterVisible(text: string, count: number): number {
  if (count <= 0) return 0
  let seen = 0
  for (let index = 0; index < text.length; index++) {
    if (isSpace(text.charCodeAt(index))) continue
    seen++
    if (seen === count) return index + 1
  }
  return text.length
}

/** Marks that do not overlap, in text order (on overlap, the one found first in `marks` stays). */
function layout(marks: ReadonlyArray<Mark | null>): Mark[] {
  const kept: Mark[] = []
  for (const mark of marks) {
    if (!mark || mark.end <= mark.start) continue
    if (kept.some((other) => mark.start < other.end && other.start < mark.end)) continue
    kept.push(mark)
  }
  return kept.sort((a, b) => a.start - b.start)
}

/** Write `text[from, to)` into `parent`, with the inserts that fall in it (in order; the last range takes all that are left). */
function writeRange(parent: XmlElement, text: string, from: number, to: number, inserts: readonly Insert[], next: {index: number}, last: boolean): void {
  let at = from
  while (next.index < inserts.length && (last || inserts[next.index]!.at < to)) {
    const insert = inserts[next.index++]!
    const where = Math.min(Math.max(insert.at, at), to)
    if (where > at) parent.txt(text.slice(at, where))
    at = where
    insert.write(parent)
  }
  if (to > at) parent.txt(text.slice(at, to))
}

/** Write `text` into `parent`, its marks wrapped and its inserts in place. */
export function writePhrase(parent: XmlElement, text: string, marks: ReadonlyArray<Mark | null> = [], inserts: readonly Insert[] = []): void {
  const sorted = [...inserts].sort((a, b) => a.at - b.at)
  const next = {index: 0}
  let at = 0
  for (const mark of layout(marks)) {
    writeRange(parent, text, at, mark.start, sorted, next, false)
    writeRange(mark.wrap(parent), text, mark.start, mark.end, sorted, next, false)
    at = mark.end
  }
  writeRange(parent, text, at, text.length, sorted, next, true)
}
