/**
 * Trailer and postscript: after the close, a name line is the signature, lines under it are the
 * signer’s titles or the inside address, and a new run of text starts the next letter.
 *
 *     Yours sincerely,
 *     J. STALIN                      ← a name after the close: signature
 *     ^
 *     Chairman of the Council        ← an office under it: its title
 */
import type {Segment} from '../classify.js'
import {addParagraph, restart} from './body.js'
import {add, endsAfter, has, last, next, type Machine} from './machine.js'
import type {Item} from './types.js'
import {isInsideAddressStart, isOffice} from './words.js'

function signs(item: Item | undefined): boolean {
  return item !== undefined && (item.role === 'signature' || item.role === 'signatureTitle')
}

/** A line in the trailer or the postscript; `false` when it starts the next letter. */
function afterClose(m: Machine, segment: Segment): boolean {
  const previous = last(m)
  if (signs(previous) && previous!.segment.block === segment.block && !isInsideAddressStart(segment.text) && !/,$/u.test(segment.text) && (isOffice(segment.text) || previous!.role === 'signatureTitle')) {
    add(m, segment, 'signatureTitle', 'a title under the signature')
    return true
  }
  if (previous && previous.role === 'insideAddress' && previous.segment.block === segment.block) {
    add(m, segment, 'insideAddress', 'continues the inside address')
    return true
  }
  if ((signs(previous) || previous?.role === 'postscriptSignature') && (isInsideAddressStart(segment.text) || /,$/u.test(segment.text))) {
    add(m, segment, 'insideAddress', 'an addressee block after the signature')
    return true
  }
  if (m.state === 'postscript') {
    if (segment.nameLike && endsAfter(m, segment)) add(m, segment, 'postscriptSignature', 'initials or a name closing the postscript')
    else add(m, segment, 'postscript', 'continues the postscript')
    return true
  }
  if (previous?.role === 'footnoteDefinition' && segment.block === previous.segment.block) {
    add(m, segment, 'footnoteDefinition', 'continues the note above')
    return true
  }
  if (segment.nameLike && !has(m, 'signature') && (endsAfter(m, segment) || previous?.role === 'closing')) {
    add(m, segment, 'signature', previous?.role === 'closing' ? 'a name after the close' : 'a name line ending the letter')
    return true
  }
  return false
}

/** A name, a line in capitals or running text: signature, title, address, or paragraph. */
/**
 * `WOLFGANG.` alone between the text and a postscript: where headings or number lines open the
 * letters (so what follows cannot be a new letter), a name in capitals on its own signs.
 */
function signsInCapitals(m: Machine, segment: Segment): boolean {
  if (!segment.nameLike || !m.layout.headingsOpen || segment.text.length > 40 || /\p{Ll}/u.test(segment.text)) return false
  const previous = last(m)
  const after = next(m, segment)
  return previous?.role === 'paragraph' && previous.segment.block !== segment.block && (!after || after.block !== segment.block)
}

export function nameOrProse(m: Machine, segment: Segment): void {
  if (m.state === 'trailer' || m.state === 'postscript') {
    if (afterClose(m, segment)) return
    // Where headings open letters, running text after the signature (or a close without one) is the letter’s postscript.
    if (m.layout.headingsOpen && (has(m, 'signature') || has(m, 'closing')) && m.state === 'trailer' && !has(m, 'footnoteDefinition')) {
      m.state = 'postscript'
      return add(m, segment, 'postscript', 'running text after the signature or close, where headings open letters: a postscript')
    }
    // Running text after a finished letter: a new letter without a header.
    return restart(m, segment)
  }
  const previous = last(m)
  if (segment.nameLike && (endsAfter(m, segment) || previous?.role === 'closing' || m.layout.signatures.includes(segment.text))) {
    m.state = 'trailer'
    return add(m, segment, 'signature', previous?.role === 'closing' ? 'a name after the close' : 'a name line ending the letter')
  }
  if (signsInCapitals(m, segment)) {
    m.state = 'trailer'
    return add(m, segment, 'signature', 'a name in capitals on a line of its own, where headings or numbers open the letters')
  }
  addParagraph(m, segment, 'running text')
}
