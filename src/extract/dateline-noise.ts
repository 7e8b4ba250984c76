/**
 * What a dateline may print between the place and the date, and that is neither: the day of the
 * week and the part of the day (`Friday Morn`, `Thursday`), and the editor’s brackets around what
 * the editor supplied (`[London,] Tuesday [December 17, 1816].`). Masked with spaces (offsets
 * stay true) before the dateline is read.
 */
import {dayNames, dayParts, pattern} from '../lexicon/index.js'

// A day name, maybe a part of the day in either case, maybe a comma: `Thursday, `, `Friday Morn `, `Monday night `.
const dayPhrase = pattern('giu')`(?<![\p{L}])(?:${dayNames}(?:\s+${dayParts}\b)?|${dayParts}\b),?(?=\s|\[|$)`
const brackets = /[[\]()]/gu
// An editor's note number glued to a word of the place: `Mortimer Terrace,[117] Wednesday`.
const bracketedMarker = /(?<=\S)\[\d{1,3}\]/gu

function blank(match: string): string {
  return ' '.repeat(match.length)
}

/** The dateline with day names and bracketed note numbers masked. */
export function maskDatelineNoise(text: string): string {
  return text.replace(dayPhrase, blank).replace(bracketedMarker, blank)
}

/** The dateline with editorial brackets masked too. */
export function maskEditorialBrackets(text: string): string {
  return text.replace(brackets, blank)
}
