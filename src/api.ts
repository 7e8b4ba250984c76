/**
 * The public functions: `parseArchive`, `parseLetters`.
 */
import {VFile} from 'vfile'
import {compileTree} from './compile/to-letters.js'
import {fromText} from './parse/from-text.js'
import {limitLetters, limitText, type LimitOptions} from './limits.js'
import {lint, type LintOptions} from './rules/index.js'
import type {DeclaredLayout} from './schema/layout.js'
import type {Letter} from './schema/letter.js'
import type {Root} from './tree/types.js'

export interface ParseOptions extends LintOptions, LimitOptions {
  /**
   * The archive’s layout where the learnt one is wrong (see `LayoutSchema`, `readLayout`): every
   * key given wins over what epistola learns from the text. The layout used is `tree.data.layout`.
   */
  layout?: DeclaredLayout | undefined
}

export interface Archive {
  letters: Letter[]
  tree: Root
  file: VFile
}

/** Parse a transcript: letters, the tree, and a file whose `messages` say what is wrong where. */
export function parseArchive(input: string | VFile, options: ParseOptions = {}): Archive {
  const {tree, compiled, file} = compile(input, options)
  lint(tree, compiled, file, options)
  return {letters: compiled.map((entry) => entry.letter), tree, file}
}

/**
 * Parse a transcript into letters. The rules are not run: they add messages, never change a
 * letter (use `parseArchive` for the messages).
 */
export function parseLetters(text: string, options: ParseOptions = {}): Letter[] {
  return compile(text, options).compiled.map((entry) => entry.letter)
}

/** Text → tree → compiled letters, within the limits. */
function compile(input: string | VFile, options: ParseOptions) {
  const file = input instanceof VFile ? input : new VFile({value: typeof input === 'string' ? input : String(input ?? '')})
  const text = typeof file.value === 'string' ? file.value : new TextDecoder().decode(file.value)
  if (typeof file.value !== 'string') file.value = text
  const tree = limitLetters(fromText(limitText(text, file, options), {layout: options.layout}), file, options)
  return {tree, compiled: compileTree(tree, file), file}
}
