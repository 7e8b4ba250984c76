/** unified compiler plugin: `unified().use(epistolaJson)` compiles the tree to the JSON of `Letter[]`. */
import type {Plugin} from 'unified'
import type {VFile} from 'vfile'
import {compileTree} from '../compile/to-letters.js'
import {lint, type LintOptions} from '../rules/index.js'
import type {Root} from '../tree/types.js'

export interface JsonOptions extends LintOptions {
  /** Indent the JSON (`2`); compact when unset. */
  space?: number | undefined
}

// Typed as `Plugin<[JsonOptions?], Root, string>` so that `.use(epistolaJson)` type-checks.
const epistolaJson: Plugin<[(JsonOptions | undefined)?], Root, string> = function (options = {}) {
  this.compiler = (tree, file: VFile) => {
    const root = tree as Root
    const compiled = compileTree(root, file)
    lint(root, compiled, file, options)
    return JSON.stringify(compiled.map((entry) => entry.letter), null, options.space) + '\n'
  }
}

export default epistolaJson
