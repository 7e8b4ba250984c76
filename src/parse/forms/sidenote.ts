/**
 * A sidenote naming the addressee, where the edition sets it in the margin and the transcript in
 * brackets before the letter (Project Gutenberg):
 *
 *     [Sidenote: Mr. George Cattermole.]
 *     [Sidenote: The same.]
 *
 * A heading: the name is the addressee; `The same.` names nobody (the salutation may).
 */
import type {HeadingParts} from '../../extract/heading.js'
import {parsePerson} from '../../extract/person.js'
import {defineForm} from './types.js'

const sidenote = /^\[Sidenote:([^\]]{1,80})\]$/u

/** A sidenote’s heading parts, or `null`. */
export function readSidenote(text: string): HeadingParts | null {
  const match = sidenote.exec(text)
  if (!match) return null
  const name = match[1]!.trim().replace(/\.$/u, '')
  const start = text.indexOf(name)
  const person = /^the\s+same$/iu.test(name) ? null : parsePerson(name)
  const to = person && person.kind === 'person' ? [{text: name, start, end: start + name.length}] : []
  return {classification: null, kind: null, from: [], to, date: null, citation: null, number: null, strength: 'strong'}
}

export const sidenoteHeading = defineForm({
  kind: 'heading',
  offsets: true,
  maxLength: 100,
  hint: (text) => text.startsWith('[S'),
  read(text) {
    const parts = readSidenote(text)
    return parts ? {parts} : null
  },
  reason: () => 'a sidenote naming the addressee, in the heading’s place'
})
