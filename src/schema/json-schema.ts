import {z} from 'zod'
import {LayoutSchema} from './layout.js'
import {LetterSchema} from './letter.js'

/** The JSON Schema (draft 2020-12) of a zod schema, as published in `schema/NAME.schema.json`. */
export function jsonSchemaOf(schema: z.ZodType, name: string, title: string, description: string): Record<string, unknown> {
  const json = z.toJSONSchema(schema, {target: 'draft-2020-12', unrepresentable: 'any', reused: 'inline'}) as Record<string, unknown>
  return {...json, $id: `https://unpkg.com/epistola/schema/${name}.schema.json`, title, description}
}

/** The JSON Schema (draft 2020-12) of one `Letter`, generated from `LetterSchema`. */
export function letterJsonSchema(): Record<string, unknown> {
  return jsonSchemaOf(LetterSchema, 'letter', 'Letter', 'One letter read from an archival transcript by epistola.')
}

/** The JSON Schema (draft 2020-12) of a layout file (`--layout FILE.json`), generated from `LayoutSchema`. */
export function layoutJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(LayoutSchema, {target: 'draft-2020-12', unrepresentable: 'any', reused: 'inline'}) as Record<string, unknown>
  return {...schema, $id: 'https://unpkg.com/epistola/schema/layout.schema.json', title: 'Layout'}
}
