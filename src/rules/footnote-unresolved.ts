import type {Rule} from './rule.js'

/** A footnote marker (`*`, `17`) with no note text printed for it. */
export const footnoteUnresolved: Rule = {
  id: 'footnote-unresolved',
  severity: 'warn',
  description: 'A footnote marker without a note text.',
  check({letters, report}) {
    for (const {letter} of letters) {
      for (const note of letter.notes) {
        if (note.resolved || note.in === 'none') continue
        report({
          place: note.position ?? letter.position,
          reason: `Unexpected footnote marker \`${note.label}\` without a note, expected a note such as \`${note.label === '*' ? '*' : `${note.label}.`} …\` after the letter`,
          actual: note.label
        })
      }
    }
  }
}
