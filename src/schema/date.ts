import {z} from 'zod'
import {PositionSchema} from './position.js'

const isoPattern = /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/

/** True when `iso` is a real calendar date (or month, or year). */
export function isRealIsoDate(iso: string): boolean {
  if (!isoPattern.test(iso)) return false
  const [y, m, d] = iso.split('-').map(Number) as [number, number?, number?]
  if (m === undefined) return true
  if (m < 1 || m > 12) return false
  if (d === undefined) return true
  const days = [31, y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
  return d >= 1 && d <= (days[m - 1] ?? 0)
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
