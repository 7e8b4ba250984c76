/**
 * The measured tasks, one function per task, all over the same text.
 * `lineScan` and `remark` are the baselines; `tree`, `letters` and `full` are epistola.
 * The epistola module is `dist/index.js`, or the one named by `EPISTOLA_BENCH_MODULE`
 * (an absolute path: to measure another build, such as an older commit, in the same run).
 */
import {pathToFileURL} from 'node:url'
import remarkParse from 'remark-parse'
import {unified} from 'unified'

const module = process.env.EPISTOLA_BENCH_MODULE ? pathToFileURL(process.env.EPISTOLA_BENCH_MODULE).href : '../dist/index.js'
const {LetterSchema, fromText, parseArchive, parseLetters} = await import(module)

/** The benchmark measures the parser, not the web-service limits. */
const unlimited = {maxLength: Number.POSITIVE_INFINITY, maxLetters: Number.POSITIVE_INFINITY}

/** One anchored regular expression tested on every line. */
const anchored = /^(?:No\.\s+\d+|Received on\b|Source:)/u

export const tasks = {
  /** Baseline: split into lines, test one anchored regular expression per line. */
  lineScan(text) {
    let hits = 0
    for (const line of text.split(/\r\n|\r|\n/u)) if (anchored.test(line)) hits++
    return hits
  },
  /** epistola tree only: text → unist tree with positions. */
  tree(text) {
    return fromText(text).children.length
  },
  /** epistola letters: text → letters, each validated by `LetterSchema` (no rules, no messages). */
  letters(text) {
    const letters = parseLetters(text, unlimited)
    for (const letter of letters) LetterSchema.parse(letter)
    return letters.length
  },
  /**
   * epistola full: text → letters + tree + messages (`parseArchive`: every rule, the `schema`
   * rule validating each letter with `LetterSchema`), then `LetterSchema.parse` of every letter as
   * the caller would (so a letter is validated twice, as in the first version of this benchmark).
   */
  full(text) {
    const {letters} = parseArchive(text, unlimited)
    for (const letter of letters) LetterSchema.parse(letter)
    return letters.length
  },
  /** Baseline: unified’s markdown parser (mdast tree). */
  remark(text) {
    return unified().use(remarkParse).parse(text).children.length
  }
}
