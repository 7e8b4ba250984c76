/**
 * The public functions: `parseArchive`, `parseLetters`.
 *
 * Any string is read without throwing. What throws is a mistake in the call: an input that is
 * no string (`parseLetters(undefined)`), a misspelt rule id or severity, a limit that is no
 * number; and `parseLetters` past a limit, since its array cannot carry the fatal message that
 * says the letters are cut (`parseArchive` returns the message instead).
 */
import {VFile} from 'vfile'
import {compileTree} from './compile/to-letters.js'
import {checkDateOrder, type DateOrder} from './extract/date/evidence.js'
import {fromText} from './parse/from-text.js'
import {checkLimits, limitLetters, limitText, LimitError, type LimitOptions} from './limits.js'
import {lint, rules, type LintOptions} from './rules/index.js'
import {checkRuleSettings} from './rules/options.js'
import type {DeclaredLayout} from './schema/layout.js'
import type {Letter} from './schema/letter.js'
import type {Root} from './tree/types.js'

export interface ParseOptions extends LintOptions, LimitOptions {
  /**
   * The archive’s layout where the learnt one is wrong (see `LayoutSchema`, `readLayout`): every
   * key given wins over what epistola learns from the text. The layout used is `tree.data.layout`.
   */
  layout?: DeclaredLayout | undefined
  /**
   * The order of numeric dates whose first two numbers could both be the month (`5/1/1850`):
   * `'dmy'` (day first) or `'mdy'` (month first). Default: the order the transcript's other
   * numeric dates prove (`12/25/1850` can only be month first), the date then `inferred`; with
   * none or both, such a date has no value and an `unreadable-date` message says why. Dates
   * whose numbers decide (`12/25/1850`, `25.12.1850`) are read as printed whatever this says.
   */
  dateOrder?: DateOrder | undefined
}

export interface Archive {
  letters: Letter[]
  tree: Root
  file: VFile
}

const kind = (value: unknown) => (value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value)

/** Throw a `TypeError` for options that are no options. */
function checkOptions(options: unknown): asserts options is ParseOptions {
  if (typeof options !== 'object' || options === null || Array.isArray(options)) {
    throw new TypeError(`Unexpected options of type ${kind(options)}, expected an object`)
  }
  checkRuleSettings((options as ParseOptions).rules, rules)
  checkLimits(options as LimitOptions)
  checkDateOrder((options as ParseOptions).dateOrder)
}

/**
 * Parse a transcript: letters, the tree, and a file whose `messages` say what is wrong where.
 * Past a limit the result is cut and a fatal message says so.
 */
export function parseArchive(input: string | VFile, options: ParseOptions = {}): Archive {
  if (typeof input !== 'string' && !(input instanceof VFile)) {
    throw new TypeError(`Unexpected input of type ${kind(input)}, expected a string or a VFile`)
  }
  checkOptions(options)
  const {tree, compiled, file} = compile(input, options)
  lint(tree, compiled, file, options)
  return {letters: compiled.map((entry) => entry.letter), tree, file}
}

/**
 * Parse a transcript into letters. The rules are not run: they add messages, never change a
 * letter (use `parseArchive` for the messages). Past `maxLength` or `maxLetters` it throws a
 * `LimitError` (a `RangeError`) rather than return some letters as if they were all.
 */
export function parseLetters(text: string, options: ParseOptions = {}): Letter[] {
  if (typeof text !== 'string') throw new TypeError(`Unexpected input of type ${kind(text)}, expected a string`)
  checkOptions(options)
  return compile(text, options, true).compiled.map((entry) => entry.letter)
}

/** Text → tree → compiled letters, within the limits (`strict`: throw at a limit, before more work). */
function compile(input: string | VFile, options: ParseOptions, strict = false) {
  const file = input instanceof VFile ? input : new VFile({value: input})
  const text = typeof file.value === 'string' ? file.value : new TextDecoder().decode(file.value)
  if (typeof file.value !== 'string') file.value = text
  const check = () => {
    if (strict && file.messages.length > 0) throw new LimitError(file.messages[0]!)
  }
  const read = limitText(text, file, options)
  check()
  const tree = limitLetters(fromText(read, {layout: options.layout}), file, options)
  check()
  return {tree, compiled: compileTree(tree, file, {dateOrder: options.dateOrder}), file}
}
