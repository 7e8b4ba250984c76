/**
 * A quick yes to "does this value pass the schema?": zod's compiled validator (`z.compile`,
 * zod ≥ 4.4), generated code that builds no output and hands anything it cannot decide to
 * zod's own parser. Several times faster than `safeParse` on valid data; a value it rejects
 * is then parsed by the schema itself, so issues and messages stay zod's own.
 */
import {z} from 'zod'

const compiled = new WeakMap<z.ZodType, (value: unknown) => boolean>()

/** A check for `schema`: compiled once, on first use; the plain parser where zod has no compiler or must not generate code (`jitless`). */
function checkFor(schema: z.ZodType): (value: unknown) => boolean {
  let check = compiled.get(schema)
  if (check === undefined) {
    // Typed as always there, absent from zod before its compiler (the peer range starts at 4.0).
    const compile = (z as {compile?: typeof z.compile}).compile
    const fast = typeof compile === 'function' && !z.config().jitless ? compile(schema) : null
    check = fast && typeof fast.validate === 'function' ? (value) => fast.validate(value) : (value) => schema.safeParse(value).success
    compiled.set(schema, check)
  }
  return check
}

/** Does `value` pass `schema`? Same answer as `schema.safeParse(value).success`, faster. */
export function passes(schema: z.ZodType, value: unknown): boolean {
  return checkFor(schema)(value)
}
