/** unified compiler plugin: `unified().use(epistolaJson)` compiles the tree to the JSON of `Letter[]`. */
import type {Processor} from 'unified'
import type {VFile} from 'vfile'
import {compileTree} from '../compile/to-letters.js'
import {lint, type LintOptions} from '../rules/index.js'
import type {Root} from '../tree/types.js'

export interface JsonOptions extends LintOptions {
  /** Indent the JSON (`2`); compact when unset. */
  space?: number | undefined
}

export default function epistolaJson(this: Processor<undefined, undefined, undefined, Root, string>, options: JsonOptions = {}): void {
  this.compiler = (tree: Root, file: VFile) => {
    const compiled = compileTree(tree, file)
    lint(tree, compiled, file, options)
    return JSON.stringify(compiled.map((entry) => entry.letter), null, options.space) + '\n'
  }
}
