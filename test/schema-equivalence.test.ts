/**
 * `PointSchema` checks its numbers with one hand-written check instead of zod's
 * `.int().min()` (issue 5, speed). It must raise the issues those raised, in the same order
 * and with the same fields, say the same in JSON Schema, and the lint's quick check
 * (`passes`) must still answer what `safeParse` answers.
 */
import {describe, expect, it} from 'vitest'
import {z} from 'zod'
import {parseLetters} from '../src/index.js'
import {LetterSchema} from '../src/schema/letter.js'
import {PointSchema, PositionSchema} from '../src/schema/position.js'
import {passes} from '../src/validate/fast-check.js'

/** The schemas as they were written before: zod's own checks. */
const ReferencePoint = z.object({line: z.number().int().min(1), column: z.number().int().min(1), offset: z.number().int().min(0)})
const ReferencePosition = z.object({start: ReferencePoint, end: ReferencePoint}).refine((p) => p.start.offset <= p.end.offset, {message: 'Expected `start` before `end`'})

const values: unknown[] = [0, 1, 2, -1, -0, 0.5, 1.5, -1.5, 2 ** 53, -(2 ** 53), 2 ** 60, -(2 ** 60), Number.MAX_SAFE_INTEGER, NaN, Infinity, -Infinity, '1', null, undefined, true, {}]

/** The whole answer, issues in order with every field (and the input, when asked for). */
function answer(schema: z.ZodType, value: unknown, reportInput: boolean): string {
  const result = schema.safeParse(value, {reportInput})
  return result.success ? `ok ${JSON.stringify(result.data)}` : JSON.stringify(result.error.issues)
}

describe('PointSchema and PositionSchema', () => {
  it('raise the issues of `.int().min()`, field by field and in order', () => {
    for (const line of values) {
      for (const column of values) {
        for (const offset of values) {
          const point = {line, column, offset}
          for (const reportInput of [false, true]) {
            expect(answer(PointSchema, point, reportInput)).toBe(answer(ReferencePoint, point, reportInput))
            const position = {start: point, end: {line: 1, column: 1, offset: 4}}
            expect(answer(PositionSchema, position, reportInput)).toBe(answer(ReferencePosition, position, reportInput))
          }
        }
      }
    }
    for (const value of values) expect(answer(PointSchema, value, true)).toBe(answer(ReferencePoint, value, true))
  })
  it('say `integer`, `minimum` and `maximum` in JSON Schema, as `.int().min()` did', () => {
    const fields = (shape: z.ZodRawShape) => JSON.stringify(z.toJSONSchema(z.object(shape)))
    expect(fields(PointSchema.shape)).toBe(fields(ReferencePoint.shape))
  })
})

describe('passes (the lint’s quick check)', () => {
  const text = 'Prime Minister Churchill to President Roosevelt\n\nLondon, September 30, 1941.\n\nDear Mr. President,\n\nWe are well.\n\nW. Churchill\n'
  const letter = JSON.parse(JSON.stringify(parseLetters(text)[0])) as Record<string, unknown>

  /** Every object with a `line` in the letter: its points. */
  function points(value: unknown, found: Record<string, unknown>[] = []): Record<string, unknown>[] {
    if (typeof value !== 'object' || value === null) return found
    if ('line' in value) found.push(value as Record<string, unknown>)
    for (const child of Object.values(value)) points(child, found)
    return found
  }

  it('answers what safeParse answers when a point is broken', () => {
    expect(passes(LetterSchema, letter)).toBe(true)
    const count = points(letter).length
    expect(count).toBeGreaterThan(3)
    for (let index = 0; index < count; index++) {
      for (const key of ['line', 'column', 'offset']) {
        for (const value of values) {
          const copy = structuredClone(letter)
          points(copy)[index]![key] = value
          expect(passes(LetterSchema, copy)).toBe(LetterSchema.safeParse(copy).success)
        }
      }
    }
  })
})
