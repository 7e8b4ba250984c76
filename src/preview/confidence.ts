/**
 * A letter's confidence, read defensively: the `Letter` schema carries `confidence` as
 * `{letter, boundary, fields: {from, to, date, …}, reasons}`; a number from 0 to 1, another
 * object of such numbers, or none at all are read too (a JSON file from an older or newer
 * version, a letter built by hand). Whatever is not a number from 0 to 1 is ignored, never guessed.
 */
export interface Confidence {
  /** The letter's overall confidence. */
  overall: number
  /** Per-field confidences, by field name (`date`, `from`, `boundary`, …). */
  fields: Array<[string, number]>
  /** What lowered it, in words, when the letter says. */
  reasons: string[]
}

/** Keys that name the overall value of a confidence object, in order of preference. */
const overallKeys = ['overall', 'value', 'letter', 'score'] as const

function unit(value: unknown): number | null {
  return typeof value === 'number' && value >= 0 && value <= 1 ? value : null
}

/** The confidence of `letter`, or `null` when it has none that can be read. */
export function readConfidence(letter: object): Confidence | null {
  const value: unknown = (letter as {confidence?: unknown}).confidence
  const number = unit(value)
  if (number !== null) return {overall: number, fields: [], reasons: []}
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return null
  const fields: Array<[string, number]> = []
  let overall: number | null = null
  for (const key of overallKeys) {
    overall ??= Object.hasOwn(value, key) ? unit((value as Record<string, unknown>)[key]) : null
  }
  const reasons: string[] = []
  for (const [key, entry] of Object.entries(value)) {
    if ((overallKeys as readonly string[]).includes(key)) continue
    if (key === 'reasons' && Array.isArray(entry)) {
      reasons.push(...entry.filter((reason): reason is string => typeof reason === 'string'))
      continue
    }
    const score = unit(entry)
    if (score !== null) fields.push([key, score])
    // One level of nesting (`{overall, fields: {date: 0.9}}`) is read too.
    else if (typeof entry === 'object' && entry !== null && !Array.isArray(entry)) {
      for (const [name, inner] of Object.entries(entry)) {
        const innerScore = unit(inner)
        if (innerScore !== null) fields.push([name, innerScore])
      }
    }
  }
  // Without an overall value, the weakest field says how far the letter can be trusted.
  if (overall === null && fields.length > 0) overall = Math.min(...fields.map(([, score]) => score))
  return overall === null ? null : {overall, fields, reasons}
}
