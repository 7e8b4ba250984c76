/**
 * unified compiler plugin: `unified().use(epistolaTei)` compiles the tree to a TEI P5 document
 * (`toTei`, with the tree: page breaks and markers in place, text outside letters kept).
 */
import type {Plugin} from 'unified'
import type {VFile} from 'vfile'
import {toLetters} from '../compile/to-letters.js'
import {toTei, type TeiOptions} from '../export/tei.js'
import type {Root} from '../tree/types.js'

// Typed as `Plugin<[TeiOptions?], Root, string>` so that `.use(epistolaTei)` type-checks.
const epistolaTei: Plugin<[(Omit<TeiOptions, 'tree'> | undefined)?], Root, string> = function (options = {}) {
  this.compiler = (tree, file: VFile) => toTei({letters: toLetters(tree as Root, file), tree: tree as Root}, {file: file.path ?? null, ...options}) + '\n'
}

export default epistolaTei
