/**
 * `validateLetters`: check any JSON, ours or another tool's, against `LetterSchema`, and
 * say what is wrong where, as vfile messages. Never throws.
 */
import type {Position} from 'unist'
import {VFile} from 'vfile'
import {globalRegistry, type z} from 'zod'
import {Locator, splitLines} from '../parse/lines.js'
import {emitMessage} from '../rules/emit.js'
import type {Report, Severity} from '../rules/rule.js'
import {LettersSchema, type Letter} from '../schema/letter.js'
import {formatPath} from './field-path.js'
import {issueExpected, issueReason} from './issue-reason.js'
import {locateJson, type JsonSpan} from './json-locations.js'
import {isRecord, ownValue, prototypeKeys, valueAt} from './own.js'

export interface ValidateOptions {
  /**
   * The transcript the letters were read from. When given, a problem in a letter that
   * carries a `position` is placed there (at the field's own `position` when it has one),
   * and the file holds this text.
   */
  text?: string | undefined
  /** Path of the file to report under (the JSON file, or the transcript). */
  path?: string | undefined
  /** Severity per rule id: `schema` (a value `LetterSchema` rejects), `unknown-key`. */
  rules?: Record<string, Severity> | undefined
}

export interface Validation {
  /** `true` when no message is fatal (with default severities: the schema accepts every letter). */
  valid: boolean
  /** The letters as `LetterSchema` reads them (unknown keys dropped); `null` when it rejects any. */
  letters: Letter[] | null
  /** Holds the messages; its value is the transcript, else the JSON text when one was given. */
  file: VFile
}

/** The checks `validateLetters` makes, as the rules describe themselves (for `--rule` and docs). */
export const validationRules: ReadonlyArray<{id: string; severity: Exclude<Severity, 'off'>; description: string}> = [
  {id: 'json-syntax', severity: 'error', description: 'A text that is not JSON, or bytes that are not UTF-8.'},
  {id: 'schema', severity: 'error', description: 'A value `LetterSchema` rejects, named by its field path.'},
  {id: 'unknown-key', severity: 'warn', description: 'A key the schema does not know, `__proto__`, `constructor` and `prototype` included.'}
]

const defaults: Record<string, Exclude<Severity, 'off'>> = Object.fromEntries(validationRules.map((rule) => [rule.id, rule.severity]))

/** The object schemas inside a schema, by field: enough to walk data alongside it. */
interface Def {
  type: string
  /** The schema's `meta({id})`, looked up from the registry. */
  id?: string | undefined
  shape?: Record<string, {_zod: {def: Def}}>
  innerType?: {_zod: {def: Def}}
  element?: {_zod: {def: Def}}
}

function defOf(schema: {_zod: {def: unknown}}): Def {
  const meta = globalRegistry.get(schema as unknown as z.ZodType)
  return {...(schema._zod.def as Def), id: typeof meta?.id === 'string' ? meta.id : undefined}
}

/** Where a problem is: a place in the transcript or the JSON text, when either is at hand. */
interface Placer {
  place(path: readonly PropertyKey[], options?: {key?: boolean}): Position | undefined
}

function transcriptPlacer(data: unknown, toData: (path: readonly PropertyKey[]) => PropertyKey[], text: string): Placer {
  let locator: Locator | null = null
  const check = (candidate: unknown): Position | undefined => {
    if (!isRecord(candidate)) return undefined
    const start = ownValue(candidate, 'start')
    const end = ownValue(candidate, 'end')
    const points = [start, end].map((point) => {
      const offset = ownValue(point, 'offset')
      const line = ownValue(point, 'line')
      const column = ownValue(point, 'column')
      if (typeof offset !== 'number' || !Number.isInteger(offset) || offset < 0 || offset > text.length) return null
      locator ??= new Locator(splitLines(text))
      const found = locator.point(offset)
      // A position that does not fit the text (another file, another tool's counting) is not used.
      return found.line === line && found.column === column ? found : null
    })
    return points[0] && points[1] ? {start: points[0], end: points[1]} : undefined
  }
  return {
    place(fullPath) {
      // The nearest `position` on the way from the field up to its letter (`letters[i]`).
      const path = toData(fullPath)
      const letterDepth = path.length - fullPath.length + 2
      for (let length = path.length; length >= letterDepth; length--) {
        const found = check(ownValue(valueAt(data, path.slice(0, length)), 'position'))
        if (found) return found
      }
      return undefined
    }
  }
}

function jsonPlacer(json: string, root: string, shift: number): Placer {
  let spans: Map<string, JsonSpan> | null = null
  let locator: Locator | null = null
  return {
    place(path, options = {}) {
      spans ??= locateJson(json.slice(shift), root)
      locator ??= new Locator(splitLines(json))
      // The field itself, else the nearest object that holds it (a missing field).
      for (let length = path.length; length >= 0; length--) {
        const span = spans.get(formatPath(path.slice(0, length)))
        if (!span) continue
        const range = options.key && length === path.length && span.key ? span.key : span
        return locator.position(range.start + shift, range.end + shift)
      }
      return undefined
    }
  }
}

/** Offset of a `JSON.parse` syntax error, from the messages V8 writes. */
function syntaxErrorOffset(error: unknown, text: string): number | null {
  const message = error instanceof Error ? error.message : ''
  const at = /at position (\d+)/u.exec(message)
  if (at) return Math.min(Number(at[1]), text.length)
  if (/end of (?:JSON )?input/iu.test(message)) return text.length
  return null
}

function decode(input: Uint8Array): string | null {
  try {
    return new TextDecoder('utf-8', {fatal: true}).decode(input)
  } catch {
    return null
  }
}

/**
 * Check `json` — a parsed value, a JSON text, or its bytes — against `LetterSchema`: an
 * array of letters or an object `{letters: [...]}`. Every problem is a message on the
 * returned file: `schema` (error) for a value the schema rejects, with its field path
 * (`letters[2].date.iso`), `unknown-key` (warn) for a key the schema does not know,
 * `__proto__`, `constructor` and `prototype` included (never copied, never followed),
 * `json-syntax` (error) for a text that is not JSON.
 */
export function validateLetters(json: unknown, options: ValidateOptions = {}): Validation {
  const file = new VFile({path: options.path})
  const severity = (ruleId: string): Severity => options.rules?.[ruleId] ?? defaults[ruleId] ?? 'error'
  const report = (ruleId: string, entry: Report) => {
    const level = severity(ruleId)
    if (level !== 'off') emitMessage(file, ruleId, level, entry)
  }
  const result = (letters: Letter[] | null): Validation => ({valid: !file.messages.some((m) => m.fatal === true), letters, file})

  try {
    let data: unknown = json
    let jsonText: string | null = null
    if (json instanceof Uint8Array) {
      jsonText = decode(json)
      if (jsonText === null) {
        file.value = ''
        report('json-syntax', {place: undefined, reason: 'Unexpected bytes that are not UTF-8, expected a UTF-8 JSON text'})
        return result(null)
      }
    } else if (typeof json === 'string') jsonText = json
    if (jsonText !== null) {
      file.value = jsonText
      // A byte order mark is no JSON: skip it, keep offsets true to the text.
      const shift = jsonText.charCodeAt(0) === 0xfeff ? 1 : 0
      try {
        data = JSON.parse(jsonText.slice(shift))
      } catch (error) {
        const offset = syntaxErrorOffset(error, jsonText.slice(shift))
        const locator = new Locator(splitLines(jsonText))
        const place = offset === null ? undefined : locator.point(offset + shift)
        const detail = error instanceof Error ? error.message : String(error)
        report('json-syntax', {place, reason: `Unexpected text that is not JSON (${detail}), expected a JSON array of letters or an object with \`letters\``})
        return result(null)
      }
    }

    const wrapped = isRecord(data) && Object.hasOwn(data, 'letters')
    const letters = wrapped ? ownValue(data, 'letters') : data
    // Paths are written from `letters`, whichever shape wraps them.
    const toData = (path: readonly PropertyKey[]) => (wrapped ? [...path] : path.slice(1))
    let placer: Placer | null = null
    if (typeof options.text === 'string') {
      file.value = options.text
      placer = transcriptPlacer(data, toData, options.text)
    } else if (jsonText !== null) {
      placer = jsonPlacer(jsonText, wrapped ? '' : 'letters', jsonText.charCodeAt(0) === 0xfeff ? 1 : 0)
    }
    const place = (path: readonly PropertyKey[], key?: boolean) => placer?.place(path, {key})

    if (!Array.isArray(letters)) {
      report('schema', {
        place: place(['letters']),
        reason: `Unexpected ${isRecord(letters) ? 'object without `letters`' : `JSON ${letters === null ? 'null' : typeof letters}`}, expected an array of letters or an object with \`letters\``
      })
      return result(null)
    }

    // Keys the schema does not know, walked alongside it through own properties only.
    const walk = (value: unknown, def: Def, path: PropertyKey[]) => {
      if (def.type === 'nullable' || def.type === 'optional') {
        if (value !== null && value !== undefined && def.innerType) walk(value, defOf(def.innerType), path)
        return
      }
      if (def.type === 'array' && def.element && Array.isArray(value)) {
        const element = defOf(def.element)
        for (let i = 0; i < value.length; i++) walk(ownValue(value, i), element, [...path, i])
        return
      }
      if (def.type !== 'object' || !def.shape || !isRecord(value)) return
      for (const key of Object.keys(value)) {
        const child = Object.hasOwn(def.shape, key) ? def.shape[key] : undefined
        const fieldPath = formatPath([...path, key])
        if (prototypeKeys.has(key)) {
          report('unknown-key', {
            place: place([...path, key], true),
            reason: `Unexpected key \`${key}\` at \`${fieldPath}\`, expected no \`__proto__\`, \`constructor\` or \`prototype\` key (ignored, never copied)`,
            actual: key
          })
        } else if (!child) {
          const known = Object.keys(def.shape)
          report('unknown-key', {
            place: place([...path, key], true),
            reason: `Unexpected unknown key \`${key}\` at \`${fieldPath}\`, expected ${def.id ? `a field of \`${def.id}\`` : `one of ${known.map((k) => `\`${k}\``).join(', ')}`}`,
            actual: key,
            note: `The key is ignored: the schema drops keys it does not know. Known keys: ${known.join(', ')}.`
          })
        } else walk(ownValue(value, key), defOf(child), [...path, key])
      }
    }
    walk(letters, defOf(LettersSchema), ['letters'])

    const parsed = LettersSchema.safeParse(letters)
    if (parsed.success) return result(parsed.data)
    for (const issue of parsed.error.issues as z.core.$ZodIssue[]) {
      const path: PropertyKey[] = ['letters', ...issue.path]
      const fieldPath = formatPath(path)
      const actual = valueAt(letters, issue.path)
      report('schema', {
        place: place(path),
        reason: issueReason(issue, fieldPath, actual),
        expected: issueExpected(issue),
        actual: typeof actual === 'string' || typeof actual === 'number' || typeof actual === 'boolean' ? String(actual) : undefined
      })
    }
    return result(null)
  } catch (error) {
    // Nothing above should throw; if something does (a hostile object), say so, do not crash.
    const detail = error instanceof Error ? error.message : String(error)
    report('schema', {place: undefined, reason: `Unexpected input that cannot be read (${detail}), expected JSON letters`})
    return result(null)
  }
}
