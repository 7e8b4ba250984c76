/**
 * What a finished letter teaches about the archive. Today: whether dates lead, read off the
 * first letter:
 *
 *     Moscow, July 18, 1941.           ← dateline
 *     J. V. STALIN TO W. CHURCHILL     ← heading after it: dates lead
 *     Let me express my thanks …
 */
import type {Item} from '../segment/types.js'
import type {Layout} from './types.js'

export function learnFromLetter(layout: Layout, items: readonly Item[]): void {
  if (layout.letters !== 1) return
  const roles = items.map((item) => item.role)
  const heading = roles.indexOf('heading')
  const dateline = roles.indexOf('dateline')
  const paragraph = roles.indexOf('paragraph')
  layout.datesLead = dateline !== -1 && heading !== -1 && dateline < heading && (paragraph === -1 || roles.lastIndexOf('dateline') < paragraph)
}
