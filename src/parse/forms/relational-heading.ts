/**
 * A heading in capitals that names the addressee by relation or title, not by name:
 * `TO HIS SISTER.`, `TO THE SAME.`, `TO A FRIEND.` Read as a heading (it opens a letter) that
 * names nobody: the salutation or the inside address may.
 */
import type {HeadingParts} from '../../extract/heading.js'
import {pattern} from '../../lexicon/pattern.js'
import {relationWords} from '../../lexicon/salutations.js'
import {defineForm} from './types.js'

const relational = pattern('u')`^TO ${relationWords} [A-Z][A-Z' -]{1,40}\.?$`

export const relationalHeading = defineForm({
  kind: 'heading',
  offsets: true,
  maxLength: 60,
  hint: (text) => text.startsWith('TO '),
  read(text): {parts: HeadingParts} | null {
    if (!relational.test(text.trim())) return null
    return {parts: {classification: null, kind: null, from: [], to: [], date: null, citation: null, number: null, strength: 'strong'}}
  },
  reason: () => 'a heading that names the addressee by relation (`TO HIS SISTER.`)'
})
