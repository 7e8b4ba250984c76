import {toString} from '../tree/to-string.js'
import type {Rule} from './rule.js'

/** Text outside any letter (titles, introductions, page furniture) is kept, and reported. */
export const unplacedText: Rule = {
  id: 'unplaced-text',
  severity: 'info',
  description: 'Text outside any letter: kept in the tree, not part of a letter.',
  check({tree, report}) {
    for (const node of tree.children) {
      if (node.type !== 'unplaced' && node.type !== 'furniture') continue
      const text = toString(node, {breaks: ' '})
      report({
        place: node.position,
        reason: `Unexpected ${node.type === 'furniture' ? 'page furniture' : 'text'} \`${text.length > 60 ? text.slice(0, 57) + '…' : text}\` outside any letter, expected a heading, a document number or a letter’s text`,
        note: node.data?.reason
      })
    }
  }
}
