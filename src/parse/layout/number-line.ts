/**
 * Number lines: a numeral alone on a line, maybe after a word, as editions number their letters:
 *
 *     XX.          33.          _Letter 43._          EXHIBIT 10a.
 *
 * `shape` names the kind of numbering (`roman`, `arabic`, `letter arabic`); `value` orders it.
 */
import {stripEmphasis} from '../../extract/emphasis.js'

export interface NumberLine {
  shape: string
  /** The numeral as printed (`XX`, `10a`). */
  number: string
  /** Its value, to tell a sequence (`XX` → 20). */
  value: number
}

const numberLine = /^\[?(?:([A-Za-z]{2,12})\.?\s+)?([IVXLCDM]{1,9}|\d{1,4}[a-z]?)\s*[.:]?\]?$/u
const romanValues: Record<string, number> = {I: 1, V: 5, X: 10, L: 50, C: 100, D: 500, M: 1000}

function romanValue(numeral: string): number {
  let total = 0
  for (let i = 0; i < numeral.length; i++) {
    const value = romanValues[numeral[i]!]!
    const next = romanValues[numeral[i + 1] ?? ''] ?? 0
    total += value < next ? -value : value
  }
  return total
}

/** Read a number line, or `null`. A year alone (`1846.`) is no number line. */
export function readNumberLine(text: string): NumberLine | null {
  if (text.length > 30) return null
  // `No. 14.]` (a bracket closed, never opened) is a despatch number, not the edition's.
  if (text.endsWith(']') !== text.startsWith('[')) return null
  const match = numberLine.exec(stripEmphasis(text).trim())
  if (!match) return null
  const numeral = match[2]!
  const roman = /^[IVXLCDM]+$/u.test(numeral)
  const value = roman ? romanValue(numeral) : Number.parseInt(numeral, 10)
  if (!roman && numeral.length === 4 && /^(?:1\d|20)/u.test(numeral)) return null
  const word = match[1] ? match[1].toLowerCase() + ' ' : ''
  return {shape: word + (roman ? 'roman' : 'arabic'), number: numeral, value}
}
