/**
 * The measured tasks, one function per task, all over the same text.
 * `lineScan` and `remark` are the baselines; `tree` and `full` are epistola.
 */
import remarkParse from 'remark-parse'
import {unified} from 'unified'
import {LetterSchema, fromText, parseArchive} from '../dist/index.js'

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
  /** epistola full: text → letters → every letter validated by `LetterSchema`. */
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
