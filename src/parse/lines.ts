/**
 * Preprocess: split the input into lines without changing it.
 *
 * CRLF, lone CR and LF all end a line; offsets stay those of the input, so every
 * position points at the original text. A BOM at the start is skipped as content.
 */
import type {Point, Position} from 'unist'

export interface Line {
  /** 0-based line index. */
  index: number
  /** Offset of the first character of the line. */
  start: number
  /** Offset just after the last character (before the line ending). */
  end: number
  /** Offset of the first non-blank character (`end` when blank). */
  contentStart: number
  /** Offset after the last non-blank character. */
  contentEnd: number
}

/** Whitespace that is not a line ending, plus the BOM and other invisible format characters. */
function isBlankChar(code: number): boolean {
  return (
    code === 0x20 ||
    code === 0x09 ||
    code === 0x0b ||
    code === 0x0c ||
    code === 0xa0 ||
    code === 0xfeff ||
    code === 0x200b ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x3000 ||
    code === 0x00 // NUL is reported, never content
  )
}

/** Split `text` into lines. Linear in the length of the text. */
export function splitLines(text: string): Line[] {
  const lines: Line[] = []
  let start = 0
  const length = text.length
  let index = 0
  // Line ends are found by `indexOf` (a native scan); a text without CR needs only the LF scan.
  let nextCr = text.indexOf('\r')
  if (nextCr === -1) nextCr = length
  while (start <= length) {
    if (nextCr < start) {
      nextCr = text.indexOf('\r', start)
      if (nextCr === -1) nextCr = length
    }
    let end = text.indexOf('\n', start)
    if (end === -1) end = length
    if (nextCr < end) end = nextCr
    let contentStart = start
    while (contentStart < end && isBlankChar(text.charCodeAt(contentStart))) contentStart++
    let contentEnd = end
    while (contentEnd > contentStart && isBlankChar(text.charCodeAt(contentEnd - 1))) contentEnd--
    lines.push({index, start, end, contentStart, contentEnd})
    index++
    if (end >= length) break
    start = text.charCodeAt(end) === 13 && text.charCodeAt(end + 1) === 10 ? end + 2 : end + 1
    if (start === length) {
      // A final line ending: the empty line after it has no content.
      lines.push({index, start, end: start, contentStart: start, contentEnd: start})
      break
    }
  }
  return lines
}

/** Turn offsets into unist points, by binary search over line starts. */
export class Locator {
  private readonly starts: number[]
  private readonly base: Point

  /** `base`: the point of offset 0, when the text is a slice of a larger input (streaming). */
  constructor(lines: readonly Line[], base: Point = {line: 1, column: 1, offset: 0}) {
    this.starts = lines.map((line) => line.start)
    this.base = base
  }

  point(offset: number): Point {
    const starts = this.starts
    let low = 0
    let high = starts.length - 1
    while (low < high) {
      const middle = (low + high + 1) >> 1
      if (starts[middle]! <= offset) low = middle
      else high = middle - 1
    }
    const column = offset - (starts[low] ?? 0) + 1
    const base = this.base
    return {
      line: low + base.line,
      column: low === 0 ? column + base.column - 1 : column,
      offset: offset + (base.offset ?? 0)
    }
  }

  position(start: number, end: number): Position {
    return {start: this.point(start), end: this.point(end)}
  }

  /** The point of `offset` on `line` (known to hold it): no search. */
  pointOn(line: Line, offset: number): Point {
    const base = this.base
    const column = offset - line.start + 1
    return {
      line: line.index + base.line,
      column: line.index === 0 ? column + base.column - 1 : column,
      offset: offset + (base.offset ?? 0)
    }
  }

  /** The position from `start` on `startLine` to `end` on `endLine`: no search. */
  positionOn(startLine: Line, start: number, endLine: Line, end: number): Position {
    return {start: this.pointOn(startLine, start), end: this.pointOn(endLine, end)}
  }
}
