import type {DateValue} from '../schema/date.js'
import {letterPlace, pointText} from './place.js'
import {perLetter, type Rule} from './rule.js'

/** Days from 0000-03-01 to `iso` (a full day date): enough to subtract two dates without `Date`. */
function dayNumber(iso: string): number {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number]
  const year = m <= 2 ? y - 1 : y
  const month = m <= 2 ? m + 12 : m
  return 365 * year + Math.floor(year / 4) - Math.floor(year / 100) + Math.floor(year / 400) + Math.floor((153 * (month - 3) + 2) / 5) + d
}

/**
 * How many days `received` stands before `sent`, compared at the precision both print
 * (`1942` against `1942-01-05` compares years only); `0` when not before.
 */
export function daysEarly(sent: DateValue, received: DateValue): number {
  const length = Math.min(sent.iso.length, received.iso.length)
  const a = sent.iso.slice(0, length)
  const b = received.iso.slice(0, length)
  if (b >= a) return 0
  return length === 10 ? dayNumber(a) - dayNumber(b) : Number.POSITIVE_INFINITY
}

/**
 * The date of receipt before the date sent. One day early is left alone: a telegram sent
 * from Moscow after midnight arrives in Washington on the previous calendar day.
 */
export const receivedBeforeSent: Rule = perLetter({
  id: 'received-before-sent',
  severity: 'error',
  description: 'A letter received before it was sent (more than a time-zone day early).',
  checkLetter(compiled, report) {
    const {date, received} = compiled.letter
    if (!date || !received) return
    if (daysEarly(date, received) <= 1) return
    report({
      place: received.position ?? letterPlace(compiled),
      reason: `Unexpected date of receipt \`${received.text}\` before the date sent \`${date.text}\` (${pointText(date.position)}), expected a receipt on or after the date sent`,
      actual: received.text
    })
  }
})
