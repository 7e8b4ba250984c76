/**
 * Quick tests on the text of a one-line node (heading, paragraph, …), read as `nodeText`
 * reads it (its text children; footnote and page markers left out) without building it:
 * rules use them to skip nodes that cannot hold what they look for, before they build the
 * text and run their regular expressions on it.
 */
import type * as T from '../tree/types.js'

const digit = /\d/u

/** Does the node's text hold a digit `0`–`9`? */
export function hasDigit(node: {children: T.PhrasingContent[]}): boolean {
  for (const child of node.children) if (child.type === 'text' && digit.test(child.value)) return true
  return false
}
