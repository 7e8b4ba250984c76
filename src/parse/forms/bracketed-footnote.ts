/**
 * A footnote printed as a bracketed block, the Project Gutenberg way:
 *
 *     [Footnote 1: Charles Skinner Matthews (see page 150 [Letter 84],
 *     note 3 [2]).]
 *     [FOOTNOTE: The Duke of …]
 *
 * The block may run over several lines and paragraphs until its bracket closes.
 */
import {defineForm} from './types.js'

const opening = /^\[(?:Footnote|FOOTNOTE|Note|NOTE)(?:\s+([\dA-Za-z]{1,4}))?\s*:\s*/u

export const bracketedFootnote = defineForm({
  kind: 'footnote',
  offsets: true,
  maxLength: Number.POSITIVE_INFINITY,
  hint: (text) => text.startsWith('['),
  read(text) {
    const match = opening.exec(text)
    return match ? {parts: {label: match[1] ?? '*', textStart: match[0].length, textEnd: text.length}} : null
  },
  reason: () => 'a bracketed footnote block (`[Footnote 1: …]`)'
})
