/**
 * The page around the letters: whose correspondence it is (`J. V. Stalin` above the letters,
 * `J. V. Stalin has sent the following replies …`) and with whom (`Correspondence with …`).
 * Letters that name only one party borrow the other from here, flagged as inferred.
 */
import {parsePerson, splitJoint, type PersonParts} from '../extract/person.js'
import {isNameLine} from '../extract/lines.js'
import type {Person} from '../schema/person.js'
import {toString} from '../tree/to-string.js'
import type * as T from '../tree/types.js'
import {positionOf} from './context.js'

export interface PageParties {
  author: Person | null
  authorText: string | null
  correspondents: Person[]
  correspondentsText: string | null
}

function person(parts: PersonParts | null, node: T.RootContent): Person | null {
  return parts && parts.kind === 'person' ? {...parts, inferred: true, position: positionOf(node)} : null
}

const introPattern = /^(.{2,60}?)\s+(?:has|have|had)\s+(?:sent|addressed|written|dispatched|received)\b/u

function isIntro(node: T.RootContent): boolean {
  return node.type === 'unplaced' && introPattern.test(toString(node, {breaks: ' '}))
}

export function readPage(page: readonly T.RootContent[]): PageParties {
  const result: PageParties = {author: null, authorText: null, correspondents: [], correspondentsText: null}
  // An introduction (`J. V. Stalin has sent the following replies …`) outranks a name line.
  const ordered = [...page].sort((a, b) => Number(isIntro(b)) - Number(isIntro(a)))
  for (const node of ordered) {
    if (node.type !== 'unplaced') continue
    const text = toString(node, {breaks: ' '})
    const intro = introPattern.exec(text)
    if (!result.author && intro && isNameLine(intro[1]!)) {
      result.author = person(parsePerson(intro[1]!), node)
      if (result.author) result.authorText = text.length > 60 ? text.slice(0, 57) + '…' : text
      continue
    }
    if (!result.author && isNameLine(text) && text.split(/\s+/u).length <= 4 && !/['’]s\b/u.test(text)) {
      const parts = parsePerson(text)
      if (parts && parts.kind === 'person' && (parts.forename !== null || parts.roles.length > 0)) {
        result.author = person(parts, node)
        result.authorText = text
        continue
      }
    }
    const with_ = /^Correspondence\s+with\s+(.{3,200})$/iu.exec(text.split(/\s*\(/u)[0]!.trim())
    if (with_ && result.correspondents.length === 0) {
      result.correspondents = splitJoint(with_[1]!)
        .map((part) => person(parsePerson(part.text), node))
        .filter((p): p is Person => p !== null)
      result.correspondentsText = with_[1]!
    }
  }
  return result
}
