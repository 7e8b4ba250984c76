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

/** The last `[A-Za-z0-9_]` character of the node's text (a char code), `-1` when there is none. */
export function lastAsciiWordChar(node: {children: T.PhrasingContent[]}): number {
  const {children} = node
  for (let index = children.length - 1; index >= 0; index--) {
    const child = children[index]!
    if (child.type !== 'text') continue
    const {value} = child
    for (let at = value.length - 1; at >= 0; at--) {
      const code = value.charCodeAt(at)
      if ((code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 95) return code
    }
  }
  return -1
}
