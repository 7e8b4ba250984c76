import {LetterSchema} from '../schema/letter.js'
import {passes} from '../validate/fast-check.js'
import {formatPath} from '../validate/field-path.js'
import {issueReason} from '../validate/issue-reason.js'
import {valueAt} from '../validate/own.js'
import type {Rule} from './rule.js'

/** Every letter must pass `LetterSchema`; a failure is a bug in epistola, reported where the letter is. */
export const schemaValid: Rule = {
  id: 'schema',
  severity: 'error',
  description: 'Each letter passes `LetterSchema`.',
  check({letters, report}) {
    letters.forEach(({letter}, index) => {
      // The compiled check says yes to nearly every letter; a letter it rejects is parsed for zod's issues.
      if (passes(LetterSchema, letter)) return
      const result = LetterSchema.safeParse(letter)
      if (result.success) return
      for (const issue of result.error.issues) {
        report({place: letter.position, reason: issueReason(issue, formatPath(['letters', index, ...issue.path]), valueAt(letter, issue.path))})
      }
    })
  }
}
