/**
 * A quick yes to "does this value pass the schema?", from zod's compiled validators
 * (`z.compile`, zod ≥ 4.4): generated code that builds no output and hands whatever it
 * cannot decide to zod's own parser, so its answer is `safeParse(value).success`. A value it
 * rejects is then parsed by the schema itself, for zod's own issues and messages.
 *
 * Not one validator for the whole schema: zod inlines every child, and V8 optimises a 40 KB
 * function for a whole `Letter` only after tens of thousands of letters, running it
 * interpreted (no faster than `safeParse`) until then. So the root object is checked field by
 * field, arrays item by item and nullables past their `null`, and each piece left (a
 * `Person`, a `Paragraph`, a `DateValue`, a string) gets its own compiled validator: small
 * functions, called often enough to be optimised within the first thousand letters.
 */
import {z} from 'zod'

type Check = (value: unknown) => boolean

/** The parts of a zod definition this module reads. */
interface Def {
  type: string
  checks?: unknown[] | undefined
  shape?: Record<string, z.ZodType> | undefined
  catchall?: unknown
  element?: z.ZodType | undefined
  innerType?: z.ZodType | undefined
}

const built = new WeakMap<z.ZodType, Check>()

/** Typed as always there, absent from zod before its compiler (the peer range starts at 4.0). */
const compile = (z as {compile?: typeof z.compile}).compile

function defOf(schema: z.ZodType): Def {
  return schema._zod.def as unknown as Def
}

/** Does a schema accept a missing key differently from `undefined` (`.optional()`, defaults)? */
function optional(schema: z.ZodType): boolean {
  const internals = schema._zod as {optin?: unknown; optout?: unknown}
  return internals.optin !== undefined || internals.optout !== undefined
}

/** zod's compiled validator of `schema`, else its parser (no compiler, or `jitless`: no generated code). */
function compiled(schema: z.ZodType): Check {
  const fast = typeof compile === 'function' && !z.config().jitless ? compile(schema) : null
  if (fast && typeof fast.validate === 'function') return (value) => fast.validate(value)
  return (value) => schema.safeParse(value).success
}

/** An array (no length checks) item by item, a nullable past its `null`, anything else compiled whole. */
function piece(schema: z.ZodType): Check {
  const def = defOf(schema)
  if (def.checks && def.checks.length > 0) return compiled(schema)
  if (def.type === 'array' && def.element) {
    const item = piece(def.element)
    return (value) => {
      if (!Array.isArray(value)) return false
      for (let index = 0; index < value.length; index++) if (!item(value[index])) return false
      return true
    }
  }
  if (def.type === 'nullable' && def.innerType) {
    const inner = piece(def.innerType)
    return (value) => value === null || inner(value)
  }
  return compiled(schema)
}

/**
 * An object without refinements or catch-all (zod drops unknown keys) and without optional
 * fields passes when it is a non-array object whose every field passes: zod's object parser
 * asks no more. Any other schema is one piece.
 */
function checkOf(schema: z.ZodType): Check {
  const def = defOf(schema)
  const shape = def.shape
  if (def.type !== 'object' || !shape || (def.checks && def.checks.length > 0) || def.catchall !== undefined || Object.values(shape).some(optional)) {
    return piece(schema)
  }
  const keys = Object.keys(shape)
  const fields = keys.map((key) => piece(shape[key]!))
  return (value) => {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return false
    const record = value as Record<string, unknown>
    for (let index = 0; index < keys.length; index++) if (!fields[index]!(record[keys[index]!])) return false
    return true
  }
}

/** Does `value` pass `schema`? The answer of `schema.safeParse(value).success`, faster. Built on first use. */
export function passes(schema: z.ZodType, value: unknown): boolean {
  let check = built.get(schema)
  if (check === undefined) {
    check = checkOf(schema)
    built.set(schema, check)
  }
  return check(value)
}
