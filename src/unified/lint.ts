/**
 * unified transformer plugin: `unified().use(epistolaLint)` runs the rules on the tree and adds
 * their messages to the file. The rules are their own step: the compilers (`epistolaJson`,
 * `epistolaTei`) only serialize.
 */
import type {Plugin} from 'unified'
import type {VFile} from 'vfile'
import {compileTree} from '../compile/to-letters.js'
import {lint, type LintOptions} from '../rules/index.js'
import type {Root} from '../tree/types.js'

// Typed as `Plugin<[LintOptions?], Root>` so that `.use(epistolaLint, {rules})` type-checks.
const epistolaLint: Plugin<[(LintOptions | undefined)?], Root> = function (options = {}) {
  return (tree: Root, file: VFile) => {
    lint(tree, compileTree(tree, file), file, options)
  }
}

export default epistolaLint
