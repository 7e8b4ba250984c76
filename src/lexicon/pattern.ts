/**
 * The one way a word list becomes part of a regular expression. Lists are data (the other files
 * of this folder); patterns are written as they would be as literals, with lists put in:
 *
 * ```ts
 * const closing = pattern('iu')`\b${closingWords}\b`
 * ```
 *
 * A list is put in as a group of its words: each escaped, longest first (so that where one word
 * begins another, `Sept|Sep`, the longer is tried first, as `Sep(?:t)?` would), a space as `\s+`.
 * Such a group holds no quantifier, so it adds no backtracking of its own; the pattern around it
 * is checked as ESLint checks a literal (`test/lexicon.test.ts` runs `regexp/no-super-linear-*`
 * on every pattern built here). Build patterns once, as module constants, never per call.
 */

/** Characters with a meaning in a pattern (the only ones a `u` pattern lets one escape). */
const syntax = /[$()*+.?[\\\]^{|}]/gu

export interface WordsOptions {
  /** What a space in a word matches: `\s+` (any run of white space, the default) or one space. */
  space?: 'any' | 'one'
}

/** A word list as an alternation source: `(?:longest|longer|long)`. */
export function words(list: readonly string[], options: WordsOptions = {}): string {
  const space = options.space === 'one' ? ' ' : String.raw`\s+`
  // Longest first; words of one length (never the same word twice) in code-unit order, so the source is stable.
  const sorted = [...new Set(list)].sort((a, b) => b.length - a.length || (a < b ? -1 : 1))
  return `(?:${sorted.map((word) => word.replace(syntax, String.raw`\$&`).replace(/ +/gu, space)).join('|')})`
}

/** The words with a capital first letter (`sincerely` → `Sincerely`), for patterns that match case. */
export function capitalised(list: readonly string[]): string[] {
  return list.map((word) => word.charAt(0).toUpperCase() + word.slice(1))
}

/** A list, put in as {@link words} puts it, or source text, put in as it is (a sub-pattern, `words(list, options)`). */
export type Part = readonly string[] | string

export interface BuiltPattern {
  regex: RegExp
  /** Lint rules this pattern is allowed to fail, and why (as an `eslint-disable` comment says). */
  allow?: {rules: string[]; because: string}
}

/** Every pattern built by {@link pattern}, for the test that checks each for linear time. */
export const builtPatterns: BuiltPattern[] = []

/**
 * A tag that builds a RegExp with `flags` from raw source text (backslashes as in a literal)
 * and lists. `allow` names lint rules the pattern may fail, with the reason.
 */
export function pattern(flags: string, allow?: BuiltPattern['allow']) {
  return (strings: TemplateStringsArray, ...parts: Part[]): RegExp => {
    let source = strings.raw[0]!
    parts.forEach((part, index) => {
      source += (typeof part === 'string' ? part : words(part)) + strings.raw[index + 1]!
    })
    const regex = new RegExp(source, flags)
    builtPatterns.push(allow ? {regex, allow} : {regex})
    return regex
  }
}
