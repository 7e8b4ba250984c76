/**
 * An enclosure label of a printed paper: `Inclosure 2 in No. 13.`, `Enclosure 1 in No. 105.`,
 * `Inclosure.` The document it labels follows as a letter of its own (its label is no heading
 * and no number).
 */
import {defineForm} from './types.js'

const enclosureLabel = /^\[?(?:In|En)closure(?:\s+(?:\d{1,3}|[IVXLC]{1,6}))?(?:\s+in\s+No\.?\s*\d{1,5}[a-z]?)?\s*[.:]?\]?$/iu

export const enclosure = defineForm({
  kind: 'enclosure',
  maxLength: 40,
  hint: (text) => /^\[?[ei]/iu.test(text),
  read: (text) => (enclosureLabel.test(text) ? {parts: true} : null),
  reason: () => 'an enclosure label: the document it labels follows'
})
