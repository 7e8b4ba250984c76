import {LetterSchema} from '../schema/letter.js'
import type {Rule} from './rule.js'

/** Every letter must pass `LetterSchema`; a failure is a bug in epistola, reported where the letter is. */
export const schemaValid: Rule = {
  id: 'schema',
  severity: 'error',
  description: 'Each letter passes `LetterSchema`.',
  check({letters, report}) {
    for (const {letter} of letters) {
      const result = LetterSchema.safeParse(letter)
      if (result.success) continue
      for (const issue of result.error.issues) {
        report({place: letter.position, reason: `Unexpected value at \`${issue.path.join('.')}\`: ${issue.message}`})
      }
    }
  }
}
