import type {CompiledLetter} from '../compile/to-letters.js'
import {findDate} from '../extract/date.js'
import {nodeText} from '../tree/to-string.js'
import type * as T from '../tree/types.js'
import {phrasePlace} from './place.js'
import {hasDigit} from './text-test.js'
import type {Report, Rule} from './rule.js'

function impossible(text: string, place: Report['place']): Report {
  return {place, reason: `Unexpected impossible date \`${text}\`, expected a real calendar date`, actual: text}
}

/** Is `node` one the compiler has already found an impossible date in? */
function reportedAlready(dateProblems: CompiledLetter['dateProblems'], node: T.Nodes): boolean {
  for (const problem of dateProblems) if (problem.reason === 'impossible' && problem.node === node) return true
  return false
}

/** The impossible dates of one letter, wherever they are printed. */
export function findImpossibleDates({dateProblems, node: letter}: CompiledLetter): Report[] {
  const found: Report[] = []
  for (const problem of dateProblems) {
    if (problem.reason !== 'impossible') continue
    const place = problem.found ? phrasePlace(problem.node, problem.found.start, problem.found.end) : problem.node.position
    found.push(impossible(problem.found?.text ?? problem.detail, place))
  }
  // The compiler reads a heading's or a `Date:` line's date only as a fallback and drops
  // an impossible one: look at those lines here. A line without a digit has no date (every
  // date `findDate` reads has a numeric year, day or month): most headings are left at that.
  for (const child of letter.children) {
    if (child.type !== 'heading' && !(child.type === 'metadata' && child.key === 'date')) continue
    if (!hasDigit(child) || reportedAlready(dateProblems, child)) continue
    const date = findDate(nodeText(child, {breaks: ' '}).value)
    if (date && date.iso === null && !date.undecided) found.push(impossible(date.text, phrasePlace(child, date.start, date.end)))
  }
  return found
}

/**
 * A date that does not exist: `February 30, 1942`, `July 38, 1941`, in a dateline, an
 * action line (`Received on …`), a heading or a `Date:` line.
 */
export const impossibleDate: Rule = {
  id: 'impossible-date',
  severity: 'error',
  description: 'A date that is not in the calendar.',
  check({letters, report}) {
    for (const letter of letters) for (const entry of findImpossibleDates(letter)) report(entry)
  }
}
