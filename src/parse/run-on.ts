/**
 * Run-on lines: web copies that lost their line breaks print a whole letter on one line
 * (`THE WHITE HOUSE … August llth, 194l. My dear King George: We are … Sincerely yours,
 * FRANLIN D. ROOSEVELT (Copy of …)`). Split such a line where a letter's parts meet, so each
 * part is classified as if it stood on its own line. Offsets are relative to the line.
 */
import {findDate} from '../extract/date.js'
import {capitalised, closingAdverbs, pattern, salutationAdjectives, signingWords} from '../lexicon/index.js'

export interface Piece {
  start: number
  end: number
}

// Mid-line, case tells a salutation or a close from a sentence: a capital opens each.
const salutation = pattern('u')`(?:^|(?<=[.!?:]\s{1,4}|\d\.?\s{1,4}))((?:My\s+(?:very\s+)?)?${[...capitalised(salutationAdjectives), 'dear']}\s+[^:,.!?\n]{1,40}[:,])(?=\s)`
const closing = pattern('gu')`(?<=[.!?]\s{1,4}|--\s{1,4}|—\s{0,4})((?:With\s[^.!?]{0,60}?,\s{1,4})?(?:(?:Very\s+)?${capitalised(closingAdverbs)}\s+yours|Yours\s+(?:very\s+)?${closingAdverbs}|As\s+ever(?:\s+yours)?|Ever\s+yours|Yours\s+ever),)(?=\s+\p{Lu})`
const signature = /^\s+((?:\p{Lu}[\p{L}'’.-]*\s+){0,4}\p{Lu}[\p{L}'’.-]*)(?=\s*(?:\(|\||$))/u

/** Split a long line into a letter's parts, or return `null` when it does not read as a run-on letter. */
export function splitRunOn(text: string): Piece[] | null {
  if (text.length < 300) return null
  // Cheap tests first: a run-on letter has a salutation near its start or a close near its end.
  if (!/[Dd]ear/u.test(text.slice(0, 300)) && !/(?:yours|ever),/iu.test(text.slice(-500))) return null
  const pieces: Piece[] = []
  const head = salutation.exec(text.slice(0, 300))
  let bodyStart = 0
  if (head) {
    const start = head.index + (head[0].length - head[1]!.length)
    if (start > 0) {
      // Before the salutation: a letterhead and a date.
      const before = text.slice(0, start)
      if (!findDate(before)) return null
      pieces.push({start: 0, end: before.trimEnd().length})
    }
    pieces.push({start, end: start + head[1]!.length})
    bodyStart = start + head[1]!.length
  }
  let close: RegExpExecArray | null = null
  closing.lastIndex = Math.max(bodyStart, text.length - 500)
  for (let match = closing.exec(text); match; match = closing.exec(text)) close = match
  if (!head && !close) return null
  const bodyEnd = close ? close.index : text.length
  const body = text.slice(bodyStart, bodyEnd)
  const leading = body.length - body.trimStart().length
  pieces.push({start: bodyStart + leading, end: bodyStart + body.trimEnd().length})
  if (close) {
    const closeEnd = close.index + close[1]!.length
    pieces.push({start: close.index, end: closeEnd})
    const name = signature.exec(text.slice(closeEnd))
    let at = closeEnd
    if (name) {
      const start = closeEnd + name[0].length - name[1]!.length
      pieces.push({start, end: start + name[1]!.length})
      at = start + name[1]!.length
    }
    // What follows: an editorial note in parentheses, page furniture.
    const rest = text.slice(at)
    const note = /^\s*(\([^()]{1,300}\))/u.exec(rest)
    if (note) {
      const start = at + note[0].length - note[1]!.length
      pieces.push({start, end: start + note[1]!.length})
      at = start + note[1]!.length
    }
    const tail = text.slice(at)
    if (tail.trim()) {
      const start = at + tail.length - tail.trimStart().length
      pieces.push({start, end: at + tail.trimEnd().length})
    }
  }
  return pieces.filter((piece) => piece.end > piece.start)
}

const signingWord = pattern('iu')`\b${signingWords}\b`

/**
 * A close and a signature on one line: `Your friend and war-time comrade, Winston Churchill.`
 * `isName` decides whether the part after the last comma is a name.
 */
export function splitCloseAndName(text: string, isName: (value: string) => boolean): Piece[] | null {
  if (text.length > 200) return null
  const comma = text.lastIndexOf(',')
  if (comma < 3 || comma > text.length - 3) return null
  // The name after the comma is the cheaper and rarer test: first.
  const rest = text.slice(comma + 1)
  const name = rest.trim().replace(/\.$/u, '')
  if (!isName(name) || name.split(/\s+/u).length < 2) return null
  const close = text.slice(0, comma + 1)
  if (!signingWord.test(close) || /[.!?]\s/u.test(close)) return null
  const start = comma + 1 + (rest.length - rest.trimStart().length)
  return [
    {start: 0, end: comma + 1},
    {start, end: text.trimEnd().length}
  ]
}
