import type {CompiledLetter} from '../compile/to-letters.js'
import {looksLikeDate, readDate} from '../extract/date.js'
import {actionWords, pattern} from '../lexicon/index.js'
import {toString} from '../tree/to-string.js'
import type * as T from '../tree/types.js'
import type {Report, Rule} from './rule.js'

/** `Received on `, `[Sent `: what may stand before the date of an action line. */
const actionPrefix = pattern('iu')`^\[?\s*${actionWords}\s+(?:on\s+)?`

/** A one-line paragraph or stray line shaped like a date that no date reading accepts: `July 18, 194`. */
function unreadable(node: T.Nodes): string | null {
  if (node.type !== 'paragraph' && node.type !== 'unplaced') return null
  const {start, end} = node.position ?? {}
  if (start?.offset !== undefined && end?.offset !== undefined && end.offset - start.offset > 120) return null
  if (node.children.some((child) => child.type === 'break')) return null
  const text = toString(node)
  if (text.length > 60) return null
  const date = text.replace(actionPrefix, '')
  return looksLikeDate(date) && readDate(date) === null ? text : null
}

function unreadableReport(text: string, place: Report['place']): Report {
  return {place, reason: `Unexpected unreadable date \`${text}\`, expected a date such as \`July 18, 1941\``, actual: text}
}

/** A date left without a value: what it leaves open, and what would settle it. */
function undecidedReport(text: string, detail: string, place: Report['place']): Report {
  const wanted: string[] = []
  if (detail.includes('day first or month first')) wanted.push('the order given (`dateOrder`, `--date-order`)')
  if (detail.includes('no century')) wanted.push('a date with a full year in the transcript')
  return {place, reason: `Unexpected date \`${text}\` left without a value (${detail}), expected ${wanted.join(' and ')}`, actual: text}
}

/** The unreadable dates of one letter. */
export function findUnreadableDates({dateProblems, node}: CompiledLetter): Report[] {
  const found: Report[] = []
  for (const problem of dateProblems) {
    if (problem.reason === 'unreadable') found.push(unreadableReport(problem.detail, problem.node.position))
    else if (problem.reason === 'undecided') found.push(undecidedReport(problem.found!.text, problem.detail, problem.node.position))
  }
  for (const child of node.children) {
    const text = unreadable(child)
    if (text !== null) found.push(unreadableReport(text, child.position))
  }
  return found
}

/**
 * A date-like line that could not be read: a line placed as a dateline that no date
 * reading accepts, a short line shaped like a date (`July 18, 194`, `Sent on July 18, 41`)
 * that was therefore read as text, or a date the transcript leaves undecided (`5/1/1850` with
 * no order given or proved, `'82` with no full year near).
 */
export const unreadableDate: Rule = {
  id: 'unreadable-date',
  severity: 'warn',
  description: 'A date-like line that cannot be read as a date.',
  check({tree, letters, report}) {
    for (const letter of letters) for (const entry of findUnreadableDates(letter)) report(entry)
    for (const child of tree.children) {
      const text = unreadable(child)
      if (text !== null) report(unreadableReport(text, child.position))
    }
  }
}
