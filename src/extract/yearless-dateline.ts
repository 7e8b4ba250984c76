/**
 * A dateline that prints no year: `STEVENTON, December 1.`, `STEVENTON, Tuesday (December 18).`,
 * `July 28th, 10.45 p.m.`, `HANS PLACE, Wednesday.` The place is read; the date is kept as printed with no value (a year
 * is never guessed), and says why.
 */
import {dayNames, dayParts, months, pattern, placeParticles, words} from '../lexicon/index.js'
import type {FoundDate} from './date.js'
import type {DatelineParts} from './dateline.js'
import {maskDatelineNoise, maskEditorialBrackets} from './dateline-noise.js'
import {maskEmphasis} from './emphasis.js'

export const noYear = 'the date prints no year'

/** A month's full name (`December`), or an abbreviation with its full stop (`Dec.`, `Decr.`). */
const month = String.raw`(?:${words(months.map((forms) => forms[0]!))}|${words(months.flatMap((forms) => forms.slice(1)))}\.)`
const time = String.raw`(?:,?\s*\d{1,2}(?:[.:]\d{2})?\s*(?:a\.\s?m\.|p\.\s?m\.|A\.\s?M\.|P\.\s?M\.|noon|midnight))?`
// `\s*(?:[.,]\s*)?` reads what `\s*[.,]?\s*` reads, without two runs of spaces that can trade characters.
const yearless = pattern('u')`^\s*(?:(\p{Lu}[\p{L}.'’\- ]{0,40}?)\s*,\s*)?((?:${month}\s+\d{1,2}(?:st|nd|rd|th|d)?|\d{1,2}(?:st|nd|rd|th|d)?\s+${month}))${time}\s*(?:[.,]\s*)?$`

/** `HANS PLACE, Wednesday.`: a place and the day of the week, nothing more. */
const weekdayOnly = pattern('u')`^\s*(\p{Lu}[\p{L}.'’\- ]{0,40}?)\s*,\s*(${dayNames}(?:\s+${[...dayParts, ...dayParts.map((part) => part.toLowerCase())]})?)\s*\.?$`

const particles: ReadonlySet<string> = new Set(placeParticles)

/** `weekdayOnly`'s match when every word of the place is capitalised or a particle (`I went there, Monday.` is a sentence). */
function placeAndWeekday(text: string): RegExpExecArray | null {
  const match = weekdayOnly.exec(text)
  return match && match[1]!.trim().split(/\s+/u).every((word) => /^\p{Lu}/u.test(word) || particles.has(word)) ? match : null
}

/** Does the line end in a day of the week (the one form here without a digit)? */
export function endsInWeekday(text: string): boolean {
  return placeAndWeekday(maskEmphasis(text)) !== null
}

/** Read a dateline without a year, or `null`. */
export function readYearlessDateline(input: string): DatelineParts | null {
  if (input.length > 80) return null
  const masked = maskEmphasis(input)
  const text = maskEditorialBrackets(maskDatelineNoise(masked))
  const match = yearless.exec(text) ?? placeAndWeekday(masked)
  if (!match) return null
  const dateStart = match.index + match[0].indexOf(match[2]!, match[1] ? match[0].indexOf(match[1]) + match[1].length : 0)
  const date: FoundDate = {start: dateStart, end: dateStart + match[2]!.length, text: match[2]!, iso: null, precision: 'day', inferred: false, problems: [noYear]}
  if (!match[1]) return {date, place: null, supplied: false}
  const placeText = match[1].trim()
  const start = text.indexOf(placeText)
  return {date, place: {text: placeText, start, end: start + placeText.length, bracketed: false}, supplied: false}
}
