import type {Person} from '../schema/person.js'
import {toString} from '../tree/to-string.js'
import type * as T from '../tree/types.js'
import {quote} from './place.js'
import type {Rule} from './rule.js'

function inside(person: Person, node: T.Nodes): boolean {
  const start = node.position?.start.offset
  const end = node.position?.end.offset
  const at = person.position
  return at !== null && start !== undefined && end !== undefined && at.start.offset >= start && at.end.offset <= end
}

/**
 * A heading that names no sender or no addressee, when nothing else in the letter (address
 * line, signature, inside address, salutation) names them either.
 */
export const headingWithoutParties: Rule = {
  id: 'heading-without-parties',
  severity: 'warn',
  description: 'A heading from which the sender or the addressee cannot be read.',
  check({letters, report}) {
    for (const {letter, node} of letters) {
      const heading = node.children.find((child): child is T.Heading => child.type === 'heading')
      if (!heading) continue
      const from = letter.from.filter((p) => inside(p, heading))
      const to = letter.to.filter((p) => inside(p, heading))
      if (from.length > 0 && to.length > 0) continue
      // A party named elsewhere in the letter is enough, unless the heading names nobody.
      const missing =
        from.length === 0 && to.length === 0
          ? 'sender and addressee'
          : letter.from.length === 0
            ? 'sender'
            : letter.to.length === 0
              ? 'addressee'
              : null
      if (!missing) continue
      report({
        place: heading.position,
        reason: `Unexpected heading \`${quote(toString(heading, {breaks: ' '}))}\` without ${missing === 'addressee' ? 'an' : 'a'} ${missing}, expected a heading such as \`W. Churchill to J. V. Stalin\``
      })
    }
  }
}
