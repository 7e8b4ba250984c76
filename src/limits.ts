/**
 * Limits for untrusted input (web services): the longest text read and the most letters
 * returned. Past a limit the result is cut, still valid, and the file gets a fatal message
 * (`input-too-large`, `too-many-letters`). `parseLetters`, which returns no file, throws a
 * `LimitError` instead. See `doc/security.md`.
 */
import type {Point} from 'unist'
import type {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'
import type {Root} from './tree/types.js'

export interface LimitOptions {
  /**
   * Most characters (UTF-16 code units) read; the text after the last line break within the
   * limit is left out. Default 10 000 000 (about 10 MB); `Infinity` turns the limit off.
   */
  maxLength?: number | undefined
  /** Most letters returned; the rest are left out of `letters` and the tree. Default 20 000; `Infinity` turns it off. */
  maxLetters?: number | undefined
}

export const defaultLimits = {maxLength: 10_000_000, maxLetters: 20_000} as const

const docs = 'https://github.com/epistola/epistola/blob/main/doc/security.md'

function limit(value: number | undefined, fallback: number): number {
  return typeof value === 'number' && !Number.isNaN(value) && value >= 0 ? value : fallback
}

/** Throw a `TypeError` for a limit that is no number of 0 or more (`Infinity` is one). */
export function checkLimits(options: LimitOptions): void {
  for (const name of ['maxLength', 'maxLetters'] as const) {
    const value: unknown = options[name]
    if (value !== undefined && !(typeof value === 'number' && value >= 0)) {
      throw new TypeError(`Unexpected \`${name}\` of ${typeof value === 'number' ? String(value) : `type ${typeof value}`}, expected a number of 0 or more (\`Infinity\`: no limit)`)
    }
  }
}

/**
 * Thrown by `parseLetters` when the text is longer than `maxLength` or holds more than
 * `maxLetters` letters: an array of some letters would pass for all of them. `code` is the
 * message's rule id; `limit` and `actual` the numbers.
 */
export class LimitError extends RangeError {
  readonly code: 'input-too-large' | 'too-many-letters'
  readonly limit: number
  readonly actual: number

  constructor(message: VFileMessage) {
    super(`${message.reason} (parseArchive returns the letters within the limit, with this message)`)
    this.name = 'LimitError'
    this.code = message.ruleId as LimitError['code']
    this.limit = Number(message.expected![0]!.split(' ')[2])
    this.actual = Number(message.actual)
  }
}

/** The point of `offset` in `text`, counting CRLF, CR and LF as line endings. */
function pointAt(text: string, offset: number): Point {
  let line = 1
  let lineStart = 0
  for (let i = 0; i < offset; i++) {
    const code = text.charCodeAt(i)
    if (code === 10 || (code === 13 && text.charCodeAt(i + 1) !== 10)) {
      line++
      lineStart = i + 1
    }
  }
  return {line, column: offset - lineStart + 1, offset}
}

/**
 * Cut `text` to `maxLength` characters, at the last line ending within the limit (or at the
 * limit when the text has none, never inside a surrogate pair), with a fatal message on `file`.
 */
export function limitText(text: string, file: VFile, options: LimitOptions = {}): string {
  const maxLength = limit(options.maxLength, defaultLimits.maxLength)
  if (text.length <= maxLength) return text
  let cut = Math.max(text.lastIndexOf('\n', maxLength - 1), text.lastIndexOf('\r', maxLength - 1)) + 1
  if (cut <= 0) {
    cut = Math.floor(maxLength)
    const code = text.charCodeAt(cut - 1)
    if (code >= 0xd800 && code <= 0xdbff) cut--
  }
  const point = pointAt(text, cut)
  const message = file.message(`Unexpected input of ${text.length} characters, expected at most ${maxLength} (\`maxLength\`): read up to line ${point.line} only`, {
    place: point,
    ruleId: 'input-too-large',
    source: 'epistola'
  })
  message.fatal = true
  message.url = `${docs}#limits`
  message.expected = [`at most ${maxLength} characters`]
  message.actual = String(text.length)
  return text.slice(0, cut)
}

/**
 * Keep the first `maxLetters` letters of the tree (and what stands before the first one left
 * out), with a fatal message on `file` when some are left out.
 */
export function limitLetters(tree: Root, file: VFile, options: LimitOptions = {}): Root {
  const maxLetters = limit(options.maxLetters, defaultLimits.maxLetters)
  let seen = 0
  let total = 0
  let cut = -1
  tree.children.forEach((child, index) => {
    if (child.type !== 'letter') return
    total++
    if (seen === maxLetters && cut < 0) cut = index
    else seen++
  })
  if (cut < 0) return tree
  const first = tree.children[cut]!
  const message = file.message(`Unexpected ${total} letters, expected at most ${maxLetters} (\`maxLetters\`): the letters from here on are left out`, {
    place: first.position,
    ruleId: 'too-many-letters',
    source: 'epistola'
  })
  message.fatal = true
  message.url = `${docs}#limits`
  message.expected = [`at most ${maxLetters} letters`]
  message.actual = String(total)
  return {...tree, children: tree.children.slice(0, cut)}
}
