// Writes schema/letter.schema.json and schema/layout.schema.json from the built schemas (run after tsup).
import {mkdirSync, writeFileSync} from 'node:fs'
import {layoutJsonSchema, letterJsonSchema} from '../dist/index.js'

mkdirSync(new URL('../schema/', import.meta.url), {recursive: true})
writeFileSync(new URL('../schema/letter.schema.json', import.meta.url), JSON.stringify(letterJsonSchema(), null, 2) + '\n')
writeFileSync(new URL('../schema/layout.schema.json', import.meta.url), JSON.stringify(layoutJsonSchema(), null, 2) + '\n')
