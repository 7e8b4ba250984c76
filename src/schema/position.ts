import {z} from 'zod'

const safeRangeNote = 'Integers must be within the safe integer range.'

/**
 * `z.number().int().min(minimum)` in one check: the same issues (code, fields, order, abort),
 * so the same messages, but one check for zod to run per number instead of two, and a single
 * test on the common path. Points are most of the numbers in a `Letter` (six per position,
 * about fifteen positions per letter), and zod's per-check machinery was most of the time
 * `LetterSchema.parse` took (10 MB archive: 110 → 72 ms). The JSON Schema keeps saying what
 * `.int().min()` said, through the metadata zod copies into it.
 */
function integerFrom(minimum: number) {
  const check = new z.core.$ZodCheck({check: 'custom'})
  // zod's compiler (`z.compile`, behind the lint's quick yes in validate/fast-check.ts) calls a custom
  // check's `fn` as a plain yes-or-no predicate, inline; without one it builds a payload per number.
  // Both answer alike; the parser itself only runs `check` below.
  Object.assign(check._zod.def, {fn: (input: number) => Number.isSafeInteger(input) && input >= minimum})
  check._zod.check = (payload) => {
    const input = payload.value
    if (Number.isSafeInteger(input) && input >= minimum) return
    // What `.int()` raises: not an integer (and nothing after it runs), or outside the safe range.
    if (!Number.isInteger(input)) {
      payload.issues.push({expected: 'int', format: 'safeint', code: 'invalid_type', continue: false, input})
      return
    }
    if (input > Number.MAX_SAFE_INTEGER) {
      payload.issues.push({input, code: 'too_big', maximum: Number.MAX_SAFE_INTEGER, note: safeRangeNote, origin: 'int', inclusive: true, continue: true})
    } else if (input < Number.MIN_SAFE_INTEGER) {
      payload.issues.push({input, code: 'too_small', minimum: Number.MIN_SAFE_INTEGER, note: safeRangeNote, origin: 'int', inclusive: true, continue: true})
    }
    // What `.min()` raises.
    if (input < minimum) payload.issues.push({origin: 'number', code: 'too_small', minimum, input, inclusive: true, continue: true})
  }
  return z.number().check(check).meta({type: 'integer', minimum, maximum: Number.MAX_SAFE_INTEGER})
}

/** A unist point: 1-indexed line and column, 0-indexed offset (UTF-16 code units). */
export const PointSchema = z
  .object({
    line: integerFrom(1),
    column: integerFrom(1),
    offset: integerFrom(0)
  })
  .meta({id: 'Point', description: 'A place in the input text (unist Point).'})

/** A unist position: `end` is the first character after the region. */
export const PositionSchema = z
  .object({start: PointSchema, end: PointSchema})
  .refine((p) => p.start.offset <= p.end.offset, {message: 'Expected `start` before `end`'})
  .meta({id: 'Position', description: 'A region of the input text (unist Position).'})

export type Point = z.infer<typeof PointSchema>
export type Position = z.infer<typeof PositionSchema>
