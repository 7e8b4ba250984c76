/**
 * The page around the letters, read once as the compiler walks the root: the page's
 * `Source :` line (and its `Publisher :`), whose correspondence it is (`J. V. Stalin` above the
 * letters, `J. V. Stalin has sent the following replies …`) and with whom
 * (`Correspondence with …`). Letters that name only one party borrow the other from here,
 * flagged as inferred.
 */
import {correspondenceVerbs} from '../lexicon/documents.js'
import {pattern} from '../lexicon/pattern.js'
import {isNameLine} from '../extract/lines.js'
import {parsePerson, splitJoint, type PersonParts} from '../extract/person.js'
import type {Person} from '../schema/person.js'
import {toString} from '../tree/to-string.js'
import type * as T from '../tree/types.js'
import {positionOf} from './context-position.js'

export interface PageState {
  source: T.Source | null
  publisher: T.Metadata | null
  author: Person | null
  authorText: string | null
  /** `true` when the author comes from an introduction, which outranks a name line. */
  authorFromIntro: boolean
  correspondents: Person[]
  correspondentsText: string | null
}

export function createPage(): PageState {
  return {source: null, publisher: null, author: null, authorText: null, authorFromIntro: false, correspondents: [], correspondentsText: null}
}

function person(parts: PersonParts | null, node: T.RootContent): Person | null {
  return parts && parts.kind === 'person' ? {...parts, inferred: true, position: positionOf(node)} : null
}

const introPattern = pattern('u')`^(.{2,60}?)\s+(?:has|have|had)\s+${correspondenceVerbs}\b`

/** Take one root node (not a letter) into the page state. Returns a new state; the old one is left as it was. */
export function notePageNode(page: PageState, node: T.RootContent): PageState {
  if (node.type === 'source' && node.scope === 'page') return {...page, source: node}
  if (node.type === 'metadata' && node.key === 'publisher') return {...page, publisher: node}
  if (node.type !== 'unplaced') return page
  const text = toString(node, {breaks: ' '})
  if (text.length > 400) return page
  const intro = introPattern.exec(text)
  if (!page.authorFromIntro && intro && isNameLine(intro[1]!)) {
    const author = person(parsePerson(intro[1]!), node)
    if (author) return {...page, author, authorText: text.length > 60 ? text.slice(0, 57) + '…' : text, authorFromIntro: true}
  }
  if (!page.author && isNameLine(text) && text.split(/\s+/u).length <= 4 && !/['’]s\b/u.test(text)) {
    const parts = parsePerson(text)
    if (parts && parts.kind === 'person' && (parts.forename !== null || parts.roles.length > 0)) {
      return {...page, author: {...parts, inferred: true, position: positionOf(node)}, authorText: text}
    }
  }
  const with_ = /^Correspondence\s+with\s+(.{3,200})$/iu.exec(text.split(/(?<!\s)\s*\(/u)[0]!.trim())
  if (with_ && page.correspondents.length === 0) {
    const correspondents = splitJoint(with_[1]!)
      .map((part) => person(parsePerson(part.text), node))
      .filter((p): p is Person => p !== null)
    return {...page, correspondents, correspondentsText: with_[1]!}
  }
  return page
}
