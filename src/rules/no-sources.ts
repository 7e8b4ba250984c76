import {letterPlace} from './place.js'
import type {Rule} from './rule.js'

/**
 * No letter of the file cites a source: said once, at the first letter, as a note (a printed
 * edition's source is the book itself; one `Source:` line before the first letter would cite it
 * for every letter).
 */
export const noSources: Rule = {
  id: 'no-sources',
  severity: 'info',
  description: 'No letter of the file cites a source: said once per file.',
  check({letters, report}) {
    if (letters.length === 0 || letters.some((compiled) => compiled.letter.source !== null)) return
    report({
      place: letterPlace(letters[0]!),
      reason: `Unexpected ${letters.length === 1 ? 'letter' : `${letters.length} letters`} without any source, expected a \`Source:\` line citing the edition or archive (one before the first letter applies to every letter)`
    })
  }
}
