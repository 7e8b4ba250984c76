import {letterPlace} from './place.js'
import {perLetter, type Rule} from './rule.js'

/** A letter with no text: a heading, dates or a source, and no paragraph under them. */
export const emptyBody: Rule = perLetter({
  id: 'empty-body',
  severity: 'warn',
  description: 'A letter without body text.',
  checkLetter(compiled, report) {
    const {body, postscript} = compiled.letter
    if (body.some((p) => p.text.trim() !== '') || postscript.some((p) => p.text.trim() !== '')) return
    report({
      place: letterPlace(compiled),
      reason: 'Unexpected letter without body text, expected at least one paragraph after its heading'
    })
  }
})
