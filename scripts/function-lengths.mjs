/**
 * Functions longer than a limit, measured with the TypeScript compiler API.
 *
 *   node scripts/function-lengths.mjs [--max 80] [--all] src/parse src/extract
 *
 * A function's length is the number of lines from its first token to its closing brace (leading
 * comments left out), inner functions included: a function of 100 lines holding one of 60 is
 * listed as 100, and the inner one as 60 on its own line. Every kind counts: declarations,
 * methods, accessors, constructors, function expressions and arrow functions (named by the
 * variable, property or call they stand in). Prints `file:line name lines`, longest first;
 * exits 1 when any function is over the limit (0 with `--all`, which lists every function).
 */
import {readdirSync, readFileSync, statSync} from 'node:fs'
import {join, relative} from 'node:path'
import ts from 'typescript'

const args = process.argv.slice(2)
const maxAt = args.indexOf('--max')
const max = maxAt === -1 ? 80 : Number(args[maxAt + 1])
const all = args.includes('--all')
const roots = args.filter((arg, index) => !arg.startsWith('--') && (maxAt === -1 || index !== maxAt + 1))
if (roots.length === 0 || !Number.isInteger(max) || max < 1) {
  console.error('usage: node scripts/function-lengths.mjs [--max N] [--all] DIR|FILE ...')
  process.exit(2)
}

/** The `.ts` files (not `.d.ts`) at or below `path`. */
function files(path) {
  if (statSync(path).isFile()) return [path]
  return readdirSync(path)
    .sort()
    .flatMap((name) => files(join(path, name)))
    .filter((file) => /\.(?:ts|mts|cts|tsx)$/u.test(file) && !file.endsWith('.d.ts'))
}

/** A name for a function node: its own, or that of what holds it (`const x = () => …`, `{x() {…}}`, `list.map((…) => …)`). */
function nameOf(node) {
  if (node.name) return node.name.getText()
  if (ts.isConstructorDeclaration(node)) return 'constructor'
  const parent = node.parent
  if (ts.isVariableDeclaration(parent) || ts.isPropertyAssignment(parent) || ts.isPropertyDeclaration(parent)) return parent.name.getText()
  if (ts.isCallExpression(parent)) return `(callback of ${parent.expression.getText().slice(0, 40)})`
  return '(anonymous)'
}

const found = []
for (const root of roots) {
  for (const file of files(root)) {
    const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true)
    const visit = (node) => {
      if (ts.isFunctionLike(node) && 'body' in node && node.body) {
        const first = source.getLineAndCharacterOfPosition(node.getStart(source)).line
        const last = source.getLineAndCharacterOfPosition(node.getEnd()).line
        found.push({file: relative(process.cwd(), file), line: first + 1, name: nameOf(node), lines: last - first + 1})
      }
      ts.forEachChild(node, visit)
    }
    visit(source)
  }
}

const listed = found.filter((entry) => all || entry.lines > max).sort((a, b) => b.lines - a.lines || a.file.localeCompare(b.file) || a.line - b.line)
for (const entry of listed) console.log(`${entry.file}:${entry.line} ${entry.name} ${entry.lines}`)
const over = found.filter((entry) => entry.lines > max).length
console.error(`${over} function${over === 1 ? '' : 's'} over ${max} lines (${found.length} measured in ${roots.join(', ')})`)
process.exitCode = over > 0 && !all ? 1 : 0
