import type {Position} from 'unist'
import {readDateline} from '../extract/dateline.js'
import {parseHeading} from '../extract/heading.js'
import {isSalutation} from '../extract/lines.js'
import {nodeText, spanPosition} from '../tree/to-string.js'
import type * as T from '../tree/types.js'
import {quote} from './place.js'
import type {Rule} from './rule.js'

/** A document number before a heading: `IV.--`, `160.--`, `No. 12.`. */
const numberPrefix = /^(?:No\.\s*)?(?:[IVXLCDM]{1,8}|\d{1,5})\.\s*(?:--|[—–-])?\s*/u
/** A salutation run into the first sentence by dashes: `MY DEAR ANNA,--I have …`, `My dear Reynolds--My …`. */
const dashedSalutation = /^(?:my\s+)?(?:very\s+)?dear(?:est)?\s[\p{L}.'’ ]{1,40}(?:[,:]\s*)?(?:--|[—–])/iu

export interface LetterStart {
  what: 'heading' | 'dateline' | 'salutation'
  /** The line, as printed. */
  text: string
  place: Position | undefined
}

/**
 * The first line of text outside any letter that reads as the start of a letter: a heading that
 * names an addressee, a dateline with a day, a salutation. `null` when there is none.
 */
export function findLetterStart(node: T.Unplaced): LetterStart | null {
  const text = nodeText(node, {breaks: '\n'})
  let from = 0
  for (const line of text.value.split('\n')) {
    const at = from
    from += line.length + 1
    // Italics marked with underscores (`_November 15, 1802_`) read as the words.
    const plain = line.replaceAll('_', '').trim()
    const words = plain.replace(numberPrefix, '')
    const heading = parseHeading(words)
    let what: LetterStart['what'] | null = null
    if (heading && heading.to.length > 0) what = 'heading'
    else if (readDateline(plain)?.date.precision === 'day') what = 'dateline'
    else if (isSalutation(plain) || dashedSalutation.test(plain)) what = 'salutation'
    if (what) return {what, text: line.trim(), place: spanPosition(text, at, at + line.length) ?? node.position}
  }
  return null
}

/**
 * Text left outside any letter that reads as a heading, a dateline or a salutation: the letter it
 * starts has most likely been lost (read into the letter before, or not read at all). An error,
 * so that `--frail`, `--silent` and exit codes all show it: a converter must not lose a letter
 * without a word.
 */
export const lostLetter: Rule = {
  id: 'lost-letter',
  severity: 'error',
  description: 'Text outside any letter that reads as a heading, a dateline or a salutation: a letter may be lost.',
  check({tree, report}) {
    for (const node of tree.children) {
      if (node.type !== 'unplaced') continue
      const start = findLetterStart(node)
      if (!start) continue
      report({
        place: start.place,
        reason: `Unexpected ${start.what} \`${quote(start.text)}\` outside any letter, expected it to start a letter (the letter may be lost: its text is not in \`letters\`)`,
        actual: start.text
      })
    }
  }
}
