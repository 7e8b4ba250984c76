// Writes schema/letter.schema.json from the built LetterSchema (run after tsup).
import {mkdirSync, writeFileSync} from 'node:fs'
import {letterJsonSchema} from '../dist/index.js'

mkdirSync(new URL('../schema/', import.meta.url), {recursive: true})
writeFileSync(new URL('../schema/letter.schema.json', import.meta.url), JSON.stringify(letterJsonSchema(), null, 2) + '\n')
