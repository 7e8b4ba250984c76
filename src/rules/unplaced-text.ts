import {toString} from '../tree/to-string.js'
import {findLetterStart} from './lost-letter.js'
import type {Rule} from './rule.js'

/**
 * Text outside any letter (titles, introductions, page furniture) is kept, and reported. Text
 * that reads as the start of a letter is `lost-letter`'s (an error), not reported twice.
 */
export const unplacedText: Rule = {
  id: 'unplaced-text',
  severity: 'info',
  description: 'Text outside any letter: kept in the tree, not part of a letter.',
  check({tree, report}) {
    for (const node of tree.children) {
      if (node.type !== 'unplaced' && node.type !== 'furniture') continue
      if (node.type === 'unplaced' && findLetterStart(node)) continue
      const text = toString(node, {breaks: ' '})
      report({
        place: node.position,
        reason: `Unexpected ${node.type === 'furniture' ? 'page furniture' : 'text'} \`${text.length > 60 ? text.slice(0, 57) + '…' : text}\` outside any letter, expected a heading, a document number or a letter’s text`,
        note: node.data?.reason
      })
    }
  }
}
