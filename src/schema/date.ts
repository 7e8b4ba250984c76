import {z} from 'zod'
import {PositionSchema} from './position.js'

const isoPattern = /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/

/** The number written by the digits of `text` from `start` to `end` (the pattern has made them digits). */
function digits(text: string, start: number, end: number): number {
  let value = 0
  for (let index = start; index < end; index++) value = value * 10 + text.charCodeAt(index) - 48
  return value
}

const monthDays = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]

/** True when `iso` is a real calendar date (or month, or year). Read digit by digit: no split, no arrays. */
export function isRealIsoDate(iso: string): boolean {
  if (!isoPattern.test(iso)) return false
  if (iso.length === 4) return true
  const m = digits(iso, 5, 7)
  if (m < 1 || m > 12) return false
  if (iso.length === 7) return true
  const d = digits(iso, 8, 10)
  const y = digits(iso, 0, 4)
  const days = m === 2 && y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0) ? 29 : monthDays[m - 1]!
  return d >= 1 && d <= days
}

const precisionLength = {year: 4, month: 7, day: 10} as const

/** A date as printed and as an ISO 8601 calendar date cut to its precision. */
export const DateValueSchema = z
  .object({
    raw: z.string().describe('The whole line or phrase the date was read from.'),
    text: z.string().describe('The date phrase itself.'),
    iso: z.string().regex(isoPattern).refine(isRealIsoDate, {message: 'Expected a real calendar date'}),
    precision: z.enum(['day', 'month', 'year']),
    inferred: z.boolean().describe('`true` when a part was not printed plainly (OCR repair, a two-digit year, editorial brackets).'),
    position: PositionSchema.nullable()
  })
  .refine((d) => d.iso.length === precisionLength[d.precision], {message: 'Expected `iso` cut to `precision`', path: ['iso']})
  .meta({id: 'DateValue'})

export type DateValue = z.infer<typeof DateValueSchema>
