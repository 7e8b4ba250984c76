/**
 * Letter JSON checked against the schema, for `epistola validate file.json`. It has the shape
 * of the library's `validateLetters(json, {text?, path?}) → {valid, letters, file}`; the command
 * line only uses that shape.
 */
import {VFile} from 'vfile'
import {LettersSchema, type Letter} from '../index.js'

export interface ValidateOptions {
  /** The JSON as written, when at hand. */
  text?: string | undefined
  path?: string | undefined
}

export interface Validation {
  valid: boolean
  letters: Letter[]
  file: VFile
}

/** A zod path as a field path: `[0].date.iso`. */
function fieldPath(path: ReadonlyArray<PropertyKey>): string {
  let value = ''
  for (const key of path) {
    if (typeof key === 'number') value += `[${key}]`
    else if (typeof key === 'string' && /^[A-Za-z_$][\w$]*$/u.test(key)) value += (value ? '.' : '') + key
    else value += `[${JSON.stringify(String(key))}]`
  }
  return value || '(root)'
}

export function validateLetters(json: unknown, options: ValidateOptions = {}): Validation {
  const file = new VFile({path: options.path, value: options.text})
  const result = LettersSchema.safeParse(json)
  if (result.success) return {valid: true, letters: result.data, file}
  for (const issue of result.error.issues) {
    const detail = issue.message.replace(/^Invalid input: /u, '')
    const message = file.message(`Unexpected value at \`${fieldPath(issue.path)}\`, ${detail.charAt(0).toLowerCase()}${detail.slice(1)}`, {
      ruleId: 'schema',
      source: 'epistola'
    })
    message.fatal = true
  }
  return {valid: false, letters: [], file}
}
