// Writes schema/{letter,layout,edition,register}.schema.json from the built zod schemas (run after tsup).
import {mkdirSync, writeFileSync} from 'node:fs'
import {editionJsonSchema, layoutJsonSchema, letterJsonSchema, registerJsonSchema} from '../dist/index.js'

mkdirSync(new URL('../schema/', import.meta.url), {recursive: true})
for (const [name, schema] of [
  ['letter', letterJsonSchema()],
  ['layout', layoutJsonSchema()],
  ['edition', editionJsonSchema()],
  ['register', registerJsonSchema()]
]) {
  writeFileSync(new URL(`../schema/${name}.schema.json`, import.meta.url), JSON.stringify(schema, null, 2) + '\n')
}
