/**
 * Two columns on one line: printed editions set a short label or salutation at the left and the
 * dateline at the right of the same line, which a transcript keeps as a wide run of spaces:
 *
 *     (Extract.)                        _Buyukderé, November_ 17, 1843.
 *     My Lord,                          _Buyukderé, November_ 20, 1843.
 *
 * Split such a line where the run is, so each side is read on its own. Offsets are relative to
 * the line.
 */
import type {Piece} from './run-on.js'

/** Spaces that part two columns: wider than any spacing inside a sentence. */
// A lookbehind, not a leading `\S`: a character beyond the BMP is two code units (found by the properties).
const columnGap = /(?<=\S)( {5,}|\t+ *)(?=\S)/u

/** Longest line read for columns. */
const longest = 160

/** Split a line at its one wide run of spaces, or `null`. */
export function splitColumns(text: string): Piece[] | null {
  if (text.length > longest) return null
  const gap = columnGap.exec(text)
  if (!gap) return null
  const leftEnd = gap.index
  const rightStart = leftEnd + gap[1]!.length
  // One gap only: a table row or spaced verse has several.
  if (columnGap.test(text.slice(rightStart))) return null
  return [
    {start: 0, end: leftEnd},
    {start: rightStart, end: text.length}
  ]
}
