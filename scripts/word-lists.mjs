/**
 * Regular expressions that spell out a word list: an alternation with N or more alternatives
 * that are words (`(?:yours|sincerely|faithfully|truly|respectfully)`). Such a list belongs in
 * `src/lexicon/`, put into the pattern by its `pattern` helper (issue 11).
 *
 *   node scripts/word-lists.mjs [--min 5] src
 *
 * Reads regular-expression literals and the string literals given to `new RegExp` (the
 * TypeScript compiler API finds them; regexpp, which eslint-plugin-regexp uses, parses them).
 * An alternative is a word when, its `\s`, `\.` and optional letters aside, it is letters
 * (with `.`, `'`, `’`, `-`, `&` and spaces inside): `honou?r\s+to\s+be`, `No\.?`, `Record Office`.
 * Prints `file:line N words: first, second, …`; exits 1 when any is found.
 */
import {readdirSync, readFileSync, statSync} from 'node:fs'
import {join, relative} from 'node:path'
import {RegExpParser, visitRegExpAST} from '@eslint-community/regexpp'
import ts from 'typescript'

const args = process.argv.slice(2)
const minAt = args.indexOf('--min')
const min = minAt === -1 ? 5 : Number(args[minAt + 1])
const roots = args.filter((arg, index) => !arg.startsWith('--') && (minAt === -1 || index !== minAt + 1))
if (roots.length === 0 || !Number.isInteger(min) || min < 2) {
  console.error('usage: node scripts/word-lists.mjs [--min N] DIR|FILE ...')
  process.exit(2)
}

function files(path) {
  if (statSync(path).isFile()) return [path]
  return readdirSync(path)
    .sort()
    .flatMap((name) => files(join(path, name)))
    .filter((file) => /\.(?:ts|mts|cts|js|mjs)$/u.test(file) && !file.endsWith('.d.ts'))
}

/** Is the alternative's source a word (see above)? */
function isWord(raw) {
  const bare = raw
    .replace(/\\s[+*?]?/gu, ' ')
    .replace(/\\([.'’&-])/gu, '$1')
    .replace(/\(\?:|\)\??/gu, '')
    .replace(/(?<=\p{L})\?/gu, '')
  return /^\p{L}[\p{L}.'’&\- ]*$/u.test(bare) && /\p{L}{2}/u.test(bare)
}

const parser = new RegExpParser({ecmaVersion: 2025})
const found = []

function check(file, line, source, flags) {
  let ast
  try {
    ast = parser.parsePattern(source, 0, source.length, {unicode: flags.includes('u'), unicodeSets: flags.includes('v')})
  } catch {
    return
  }
  const lists = []
  const visit = (node) => {
    const alternatives = node.alternatives.filter((alternative) => isWord(alternative.raw))
    if (alternatives.length >= min) lists.push(alternatives.map((alternative) => alternative.raw))
  }
  visitRegExpAST(ast, {onPatternEnter: visit, onGroupEnter: visit, onCapturingGroupEnter: visit, onAssertionEnter: (node) => node.alternatives && visit(node)})
  for (const words of lists) found.push({file, line, words})
}

for (const root of roots) {
  for (const file of files(root)) {
    const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true)
    const lineOf = (node) => source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1
    const visit = (node) => {
      if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
        const text = node.getText(source)
        const end = text.lastIndexOf('/')
        check(relative(process.cwd(), file), lineOf(node), text.slice(1, end), text.slice(end + 1))
      } else if (ts.isNewExpression(node) && node.expression.getText(source) === 'RegExp' && node.arguments?.[0] && ts.isStringLiteralLike(node.arguments[0])) {
        const flags = node.arguments[1] && ts.isStringLiteralLike(node.arguments[1]) ? node.arguments[1].text : ''
        check(relative(process.cwd(), file), lineOf(node), node.arguments[0].text, flags)
      }
      ts.forEachChild(node, visit)
    }
    visit(source)
  }
}

for (const {file, line, words} of found) {
  console.log(`${file}:${line} ${words.length} words: ${words.slice(0, 6).join(', ')}${words.length > 6 ? ', …' : ''}`)
}
console.error(`${found.length} word list${found.length === 1 ? '' : 's'} of ${min} or more words in patterns (${roots.join(', ')})`)
process.exitCode = found.length > 0 ? 1 : 0
