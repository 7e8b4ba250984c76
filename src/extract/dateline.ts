/**
 * Datelines and action lines: `London, July 12, 1861.`, `[Washington,] August 28, 1944.`,
 * `Chungking , October 2, 1942—1 p.m.`, `Received on November 22, 1941`.
 */
import {actionWords, pattern, placeParticles, shipPrefixes} from '../lexicon/index.js'
import {findDate, monthNumber, monthSource, type FoundDate} from './date.js'
import {maskDatelineNoise, maskEditorialBrackets} from './dateline-noise.js'
import {maskEmphasis} from './emphasis.js'

export interface DatelineParts {
  date: FoundDate
  /** The place printed before the date, brackets and commas removed. */
  place: {text: string; start: number; end: number; bracketed: boolean} | null
  /** The date stands in the editor’s brackets (`Paris, Monday [March 4th, 1861].`): supplied, not printed by the writer. */
  supplied: boolean
}

/** A lowercase word a place may hold (`Stratford-upon-Avon`). */
const placeParticle = pattern('u')`^${placeParticles}$`

/** A ship's prefix with full stops (`U.S.S.`, `U. S. S.`), as a pattern source. */
const dotted = (letters: string) => [...letters].join(String.raw`\.\s?`) + String.raw`\.`

/** `U.S.S. Augusta`, `H. M. S. Hood`, `USS Quincy`: a ship's prefix and its name, to the end. */
const ship = pattern('u')`\b(?:${shipPrefixes.map(dotted).join('|')}|${shipPrefixes})\s+\p{Lu}.*$`

const time = /^\s*(?:(?:[—–-]+|,)\s*)?(?:\d{1,2}(?:[.:]\d{2})?\s*(?:a\.\s?m\.?|p\.\s?m\.?|noon|midnight|hours?)|noon|midnight)/iu

/**
 * Read a dateline: an optional place, a date, an optional time, end punctuation.
 * `null` when the line holds more than that (a sentence that mentions a date).
 */
export function readDateline(input: string): DatelineParts | null {
  const text = maskDatelineNoise(maskEmphasis(input))
  const parts = readPlaceAndDate(text) ?? (/[[(]/u.test(text) ? readPlaceAndDate(maskEditorialBrackets(text)) : null)
  if (parts) parts.supplied = inBrackets(text, parts.date)
  return parts
}

/** Does the date stand inside square brackets: one opened before it and not closed, one closed after it? */
function inBrackets(text: string, date: FoundDate): boolean {
  let open = 0
  for (let index = 0; index < date.start; index++) {
    const char = text[index]
    if (char === '[') open++
    else if (char === ']' && open > 0) open--
  }
  return open > 0 && text.includes(']', date.end)
}

function readPlaceAndDate(text: string): DatelineParts | null {
  const date = findDate(text, {bareYear: true})
  if (!date) return null
  let after = text.slice(date.end)
  const timeMatch = time.exec(after)
  if (timeMatch) after = after.slice(timeMatch[0].length)
  // Trailing data after an ISO date (`1942-12-06 Correspondence V1, No. 93, to Churchill`) is kept as a note.
  const trailing = after.replace(/^[\s.,;:)\]”"]+/u, '')
  if (trailing && !(/^\d{4}-\d{2}/u.test(date.text) && /^\p{Lu}/u.test(trailing) && trailing.length < 80)) return null
  const before = text.slice(0, date.start)
  if (!before.trim()) {
    // A bare year is a dateline only alone on its line.
    if (date.precision === 'year' && text.trim().replace(/\.$/u, '') !== date.text) return null
    return {date, place: null, supplied: false}
  }
  if (date.precision === 'year') return null
  // The place: a few capitalised words in up to four parts (`ORDNANCE OFFICE, WAR DEPARTMENT, Washington`),
  // maybe in editorial brackets, ending with a comma or a space.
  const placeMatch = /^\s*(?:(\[)\s*)?((?:\d{1,4}\s)?\p{Lu}[\p{L}.'’\- ]{0,60}?(?:,\s*\p{Lu}[\p{L}.'’\- ]{0,40}?){0,3})\s*(?:,\s*)?(?:(\])\s*)?(?:,\s*)?$/u.exec(before)
  if (!placeMatch) return null
  const words = placeMatch[2]!.split(/\s+/u)
  if (words.length > 7 || words.some((w) => /^\p{Ll}/u.test(w) && !placeParticle.test(w))) return null
  let placeText = placeMatch[2]!.replace(/(?<![\s,])[\s,]+$/u, '')
  // A letterhead run into the place (`THE WHITE HOUSE WASHINGTON U.S.S. AUGUSTA`): a ship is where it was written.
  const vessel = ship.exec(placeText)
  if (vessel && vessel.index > 0) placeText = vessel[0]
  const start = before.indexOf(placeText)
  return {date, place: {text: placeText, start, end: start + placeText.length, bracketed: Boolean(placeMatch[1] || placeMatch[3])}, supplied: false}
}

export interface ActionParts {
  action: 'received' | 'sent'
  date: FoundDate | null
  /** Offsets of the date phrase when it has no year (`[Received October 2—11:58 a.m.]`). */
  partial: {text: string; start: number; end: number; month: number; day: number} | null
}

const actionPattern = pattern('iu')`^\s*(?:[[(]\s*)?(${actionWords})\b\s*(?:on\s+|at\s+[^,]{0,40},\s*)?`
/** A month and a day without a year: `October 2`, `Novr. 3d`. */
const dayMonth = pattern('iu')`\b(${monthSource})\s+(\d{1,2})(?:st|nd|rd|th|d)?\b`

/** Read an action line: `Received on January 5, 1942`, `Sent on …`, `[Received October 2—11:58 a.m.]`. */
export function readActionLine(input: string): ActionParts | null {
  const text = maskEmphasis(input)
  const match = actionPattern.exec(text)
  if (!match) return null
  const action = /^received$/iu.test(match[1]!) ? 'received' : 'sent'
  const rest = text.slice(match[0].length)
  if (rest.length > 80) return null
  const date = findDate(rest)
  if (date) {
    // Nothing but a time or a place may follow the date.
    const tail = rest.slice(date.end).replace(/^[\s.,;:)\]]+|(?<![\s.,;:)\]])[\s.,;:)\]]+$/gu, '')
    if (tail && !time.test(rest.slice(date.end)) && tail.split(/\s+/u).length > 4) return null
    return {action, date: {...date, start: date.start + match[0].length, end: date.end + match[0].length}, partial: null}
  }
  const partial = dayMonth.exec(rest)
  if (partial && partial.index < 3) {
    return {
      action,
      date: null,
      partial: {
        text: partial[0],
        start: partial.index + match[0].length,
        end: partial.index + match[0].length + partial[0].length,
        month: monthNumber(partial[1]!)!,
        day: Number(partial[2])
      }
    }
  }
  return null
}
