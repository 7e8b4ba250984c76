import {letterPlace} from './place.js'
import type {Rule} from './rule.js'

/** A letter with no text: a heading, dates or a source, and no paragraph under them. */
export const emptyBody: Rule = {
  id: 'empty-body',
  severity: 'warn',
  description: 'A letter without body text.',
  check({letters, report}) {
    for (const compiled of letters) {
      const {body, postscript} = compiled.letter
      if (body.some((p) => p.text.trim() !== '') || postscript.some((p) => p.text.trim() !== '')) continue
      report({
        place: letterPlace(compiled),
        reason: 'Unexpected letter without body text, expected at least one paragraph after its heading'
      })
    }
  }
}
