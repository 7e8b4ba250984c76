/**
 * Header: a letter has opened; number, markings, heading, address lines, date and salutation
 * come before the body. The first line that is none of these starts the body.
 *
 *     No. 29
 *     J. V. STALIN TO W. CHURCHILL
 *     Moscow, July 18, 1941.
 *     Let me express my thanks …     ← running text: the body begins
 *     ^
 */
import {stripEmphasis} from '../../extract/emphasis.js'
import {readRunInSalutation} from '../../extract/lines.js'
import {personParts} from '../../extract/person.js'
import {partsOf, type Kind, type Segment} from '../classify.js'
import {body, addParagraph} from './body.js'
import {front} from './front.js'
import {add, closeLetter, continuesSource, has, last, next, scopeOf, type Machine} from './machine.js'
import type {Role} from './types.js'

const headerRoles: Partial<Record<Kind, Role>> = {
  letterNumber: 'letterNumber',
  enclosure: 'label',
  serial: 'serial',
  metadata: 'metadata',
  actionLine: 'actionLine',
  sourceNote: 'source',
  bracketedSource: 'source',
  classification: 'classification',
  label: 'label',
  dateline: 'dateline',
  salutation: 'salutation',
  heading: 'heading',
  address: 'addressLine',
  capitals: 'letterhead',
  editorialNote: 'editorialNote',
  pageMarker: 'pageMarker',
  separator: 'thematicBreak',
  furniture: 'furniture',
  footnote: 'footnoteDefinition'
}

/** Kinds after which no body can follow in this letter: a new letter or the end of the page. */
const notBody = new Set<Kind>(['letterNumber', 'actionLine', 'heading', 'furniture', 'footnote', 'separator', 'sourceNote', 'bracketedSource', 'metadata'])
const notBodyAfterBlock = new Set<Kind>(['letterNumber', 'actionLine', 'heading', 'furniture', 'footnote', 'separator'])

/** The role a continuation line takes: its first line’s. */
function continued(role: Role | undefined): Role {
  return role === 'addressLine' || role === 'actionLine' ? role : 'heading'
}

/** The first segment after the block of `segment`, looking at most a few lines ahead. */
function afterBlock(m: Machine, segment: Segment): {next: Segment | undefined; lines: number} {
  let at = segment
  for (let lines = 1; lines <= 4; lines++) {
    const following = next(m, at)
    if (!following || following.block !== segment.block) return {next: following, lines}
    if (following.kind !== 'prose' && following.kind !== 'name' && following.kind !== 'capitals') return {next: undefined, lines: 99}
    at = following
  }
  return {next: undefined, lines: 99}
}

/** A heading or address line in the header: the heading, a byline under it, or the message’s own address. */
function headingLine(m: Machine, segment: Segment): void {
  const heading = partsOf(segment, 'heading')
  if (heading && has(m, 'heading') && heading.to.length === 0 && /^(?:From|By)\s+\p{Lu}/u.test(segment.text)) {
    // `From George Washington` under the heading: the writer named alone, a byline.
    return add(m, segment, 'byline', 'a line under the heading naming the writer alone')
  }
  if (has(m, 'heading') || segment.kind === 'address' || has(m, 'paragraph')) {
    return add(m, segment, 'addressLine', has(m, 'heading') ? 'a second heading-like line under the heading: the message’s own address' : segment.reason)
  }
  add(m, segment, 'heading')
}

/**
 * `The Honorable the Secretary of State,` / `_Washington_.` right under the date of a letter
 * without a heading or salutation: the addressee, as letters quoted in a message print them.
 */
function namesAddressee(m: Machine, segment: Segment): boolean {
  const previous = last(m)
  if (has(m, 'heading') || has(m, 'salutation') || !(previous?.role === 'dateline' || previous?.role === 'insideAddress')) return false
  if (previous.role === 'insideAddress') return previous.segment.index + 1 === segment.index && segment.text.length <= 30
  const person = personParts(stripEmphasis(segment.text))
  return /^\p{Lu}/u.test(segment.text) && !/[!?:;]$/u.test(segment.text) && person !== null && person.kind !== 'group'
}

/**
 * `General MATTHEWS, etc.` on a line of its own, then `SIR: I have had the honor …`: the inside
 * address, as official letters print it between the date and the salutation.
 */
function isInsideAddress(m: Machine, segment: Segment, after: Segment | undefined): boolean {
  if (!after || after.block === segment.block || segment.text.length > 60 || !(has(m, 'heading') || has(m, 'dateline'))) return false
  if (namesAddressee(m, segment)) return true
  if (next(m, segment) !== after || !/^\p{Lu}/u.test(segment.text) || /[!?:;]$/u.test(segment.text)) return false
  if (/\p{Ll}\.$/u.test(segment.text) && !/\b(?:etc|&c)\.$/u.test(segment.text)) return false
  return after.kind === 'salutation' || readRunInSalutation(after.text) !== null
}

/** Prose in the header: a subtitle or an address over the date when a date or salutation still follows. */
function headerProse(m: Machine, segment: Segment): boolean {
  const kind = segment.kind
  if (kind !== 'prose' && kind !== 'name' && kind !== 'closing') return false
  const after = next(m, segment)
  if (after && after.kind === 'dateline' && after.block === segment.block && /,$/u.test(segment.text) && segment.text.length < 100) {
    add(m, segment, 'dateline', 'an address line over the date')
    return true
  }
  // A line between heading and date is a subtitle, unless the next letter starts after that date.
  const afterNext = after ? next(m, after) : undefined
  const bodyFollows = afterNext !== undefined && !notBody.has(afterNext.kind)
  if (after && (after.kind === 'dateline' || after.kind === 'salutation') && bodyFollows && segment.text.length < 200) {
    add(m, segment, 'editorialNote', 'a line between heading and date: a subtitle')
    return true
  }
  if (kind === 'closing') return false
  if (isInsideAddress(m, segment, after)) {
    add(m, segment, 'insideAddress', 'a short line over the salutation: the addressee’s name and office')
    return true
  }
  // A subtitle wrapped over a few lines, then the date.
  const block = afterBlock(m, segment)
  if (block.lines <= 3 && block.next && (block.next.kind === 'dateline' || block.next.kind === 'salutation') && has(m, 'heading') && !/[.!?]$/u.test(segment.text)) {
    const beyond = next(m, block.next)
    if (beyond && !notBodyAfterBlock.has(beyond.kind)) {
      add(m, segment, 'editorialNote', 'lines between heading and date: a subtitle')
      return true
    }
  }
  return false
}

export function header(m: Machine, segment: Segment): void {
  const kind = segment.kind
  if (kind === 'headingContinuation') return add(m, segment, continued(last(m)?.role), segment.reason)
  if (((kind === 'letterNumber' || kind === 'enclosure') && (has(m, 'letterNumber') || has(m, 'label'))) || (kind === 'actionLine' && has(m, 'actionLine'))) {
    // A second document number or action line: the letter before had no body.
    closeLetter(m)
    return front(m, segment)
  }
  if (kind === 'heading' || kind === 'address') return headingLine(m, segment)
  if (kind === 'capitals') {
    if (namesAddressee(m, segment)) return add(m, segment, 'insideAddress', 'a line in capitals under the date: the addressee')
    const after = next(m, segment)
    if (after && (after.kind === 'dateline' || after.kind === 'capitals') && !has(m, 'heading')) return add(m, segment, 'letterhead', 'capitals above a date: a letterhead')
    return add(m, segment, 'editorialNote', 'a line in capitals in the header')
  }
  if (partsOf(segment, 'metadata')?.key === 'source') return add(m, segment, 'source', 'a `Source:` line in the letter’s header', {scope: 'letter'})
  if (kind === 'name' && /^From\s/u.test(segment.text)) return add(m, segment, 'byline', 'a line under the heading naming the writer alone')
  if (continuesSource(m, segment)) return add(m, segment, 'source', 'continues the source above', scopeOf(last(m)!))
  const previous = last(m)
  if (previous?.role === 'editorialNote' && previous.reason.includes('subtitle') && previous.segment.block === segment.block) {
    return add(m, segment, 'editorialNote', previous.reason)
  }
  // `  184. Following is …` right under an equally indented heading opens the body.
  const note = partsOf(segment, 'footnote')
  if (note && /^\d/u.test(note.label) && previous && segment.indent <= previous.segment.indent) {
    m.state = 'body'
    return addParagraph(m, segment, 'a numbered paragraph')
  }
  const role = headerRoles[kind]
  if (role) return add(m, segment, role)
  if (headerProse(m, segment)) return
  m.state = 'body'
  body(m, segment)
}
