import type {CompiledLetter} from '../compile/to-letters.js'
import {findDate} from '../extract/date.js'
import {nodeText} from '../tree/to-string.js'
import type * as T from '../tree/types.js'
import {phrasePlace} from './place.js'
import type {Report, Rule} from './rule.js'

function impossible(text: string, place: Report['place']): Report {
  return {place, reason: `Unexpected impossible date \`${text}\`, expected a real calendar date`, actual: text}
}

/** The impossible dates of one letter, wherever they are printed. */
export function findImpossibleDates({dateProblems, node: letter}: CompiledLetter): Report[] {
  const found: Report[] = []
  const reported = new Set<T.Nodes>()
  for (const problem of dateProblems) {
    if (problem.reason !== 'impossible') continue
    reported.add(problem.node)
    const place = problem.found ? phrasePlace(problem.node, problem.found.start, problem.found.end) : problem.node.position
    found.push(impossible(problem.found?.text ?? problem.detail, place))
  }
  // The compiler reads a heading's or a `Date:` line's date only as a fallback and drops
  // an impossible one: look at those lines here.
  for (const child of letter.children) {
    if (reported.has(child)) continue
    if (child.type !== 'heading' && !(child.type === 'metadata' && child.key === 'date')) continue
    const date = findDate(nodeText(child, {breaks: ' '}).value)
    if (date && date.iso === null) found.push(impossible(date.text, phrasePlace(child, date.start, date.end)))
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
