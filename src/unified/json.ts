/**
 * unified compiler plugin: `unified().use(epistolaJson)` compiles the tree to the JSON of
 * `Letter[]`. It only serializes: use `epistolaLint` before it for the messages.
 */
import type {Plugin} from 'unified'
import type {VFile} from 'vfile'
import {toLetters} from '../compile/to-letters.js'
import type {Root} from '../tree/types.js'

export interface JsonOptions {
  /** Indent the JSON (`2`); compact when unset. */
  space?: number | undefined
}

// Typed as `Plugin<[JsonOptions?], Root, string>` so that `.use(epistolaJson)` type-checks.
const epistolaJson: Plugin<[(JsonOptions | undefined)?], Root, string> = function (options = {}) {
  this.compiler = (tree, file: VFile) => JSON.stringify(toLetters(tree as Root, file), null, options.space) + '\n'
}

export default epistolaJson
