/**
 * A heading wrapped over two lines, a refinement of classification (as chrono refines its
 * parsers’ results):
 *
 *     Personal and Secret from Premier J. V. Stalin to the Prime Minister, Mr W.
 *     Churchill
 *     ^ continues the heading above
 *
 * When the first line of a block reads as a heading only with the next line, the first becomes
 * the whole heading and the second its continuation. Only the segment just made and the one
 * before it, both of this stage, are touched.
 */
import {readActionLine} from '../extract/dateline.js'
import {hasPartyWord, parseAddressLine, parseHeading, type HeadingParts} from '../extract/heading.js'
import type {Kind, Segment} from './classify.js'
import {withoutMarkers} from './forms/index.js'
import {stripEmphasis} from '../extract/emphasis.js'

const loose = new Set<Kind>(['prose', 'name', 'capitals', 'heading', 'address'])
const structural = new Set<Kind>(['letterNumber', 'sourceNote', 'serial', 'dateline', 'classification', 'furniture', 'metadata', 'label', 'actionLine'])

/** The line before `segment` opens its block, or follows a number, a source note or a date in it. */
function opensBlock(segments: readonly Segment[], previous: Segment): boolean {
  const before = segments.at(-2)
  return !before || before.block !== previous.block || structural.has(before.kind)
}

function names(heading: HeadingParts | null | undefined): number {
  return heading ? heading.from.length + heading.to.length : 0
}

function partyText(heading: HeadingParts | null | undefined): string {
  return heading ? [...heading.from, ...heading.to].map((p) => p.text).join(' ') : ''
}

function markContinuation(previous: Segment, segment: Segment, what: 'heading' | 'address'): void {
  previous.reason = `a ${what === 'heading' ? 'heading' : 'telegram address line'} wrapped over two lines`
  segment.kind = 'headingContinuation'
  segment.reason = `continues the ${what === 'heading' ? 'heading' : 'address line'} above`
}

function become(previous: Segment, kind: 'heading' | 'address' | 'actionLine', parts: NonNullable<Segment['parts']>, text: string): void {
  previous.kind = kind
  previous.parts = parts
  previous.readings = {[kind === 'actionLine' ? 'action' : kind]: {text, value: parts}}
}

/**
 * A heading wrapped onto a next line in lower case: a description (`… inviting him to accept` /
 * `gifts on the day …`) or an office (`… D.B. Mitchell, the` / `governor of Georgia_.`).
 */
function continuesDescription(previous: Segment, segment: Segment): boolean {
  return previous.kind === 'heading' && /^\p{Ll}/u.test(stripEmphasis(segment.text)) && !/[.!?:;]_?$/u.test(previous.text)
}

/** More parentheses opened than closed. */
function opensParenthesis(text: string): boolean {
  let depth = 0
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    if (code === 40) depth++
    else if (code === 41 && depth > 0) depth--
  }
  return depth > 0
}

/** A receipt note wrapped: `(Received December` / `5_.)`: the two lines are one action line. */
function joinWrappedNote(previous: Segment, segment: Segment): boolean {
  if (segment.text.length > 60 || !segment.text.includes(')') || !opensParenthesis(previous.text)) return false
  const joined = previous.text + ' ' + segment.text
  const action = readActionLine(joined)
  if (!action) return false
  become(previous, 'actionLine', action, joined)
  previous.reason = 'a receipt note wrapped over two lines'
  segment.kind = 'headingContinuation'
  segment.reason = 'continues the receipt note above'
  return true
}

/** Join `segment` to the line before it when the two make one heading or address line. */
export function joinWrappedHeading(segments: readonly Segment[], segment: Segment): void {
  const previous = segments.at(-1)
  if (!previous || previous.block !== segment.block || previous.line === segment.line) return
  if (joinWrappedNote(previous, segment)) return
  if (!opensBlock(segments, previous) || segment.text.length > 120 || previous.text.length < 30 || previous.text.length > 200) return
  if (!loose.has(previous.kind) || !loose.has(segment.kind) || segment.kind === 'heading') return
  if (/\p{Ll}[.!?]\s+\S/u.test(segment.text)) return
  if (continuesDescription(previous, segment)) return markContinuation(previous, segment, 'heading')
  if (/[!?:;]$/u.test(previous.text) || (/\.$/u.test(previous.text) && !/\b\p{Lu}\.$/u.test(previous.text) && previous.kind !== 'address')) return
  const joined = withoutMarkers(previous.text + ' ' + segment.text)
  if (!hasPartyWord(joined) || !/^[\p{Lu}\d"“‘'([]/u.test(stripEmphasis(joined))) return
  if (previous.kind !== 'heading' && /\d/u.test(joined)) {
    // A telegram address line wrapped: `Number 32. … For Marshal Stalin from the` / `President.`
    const address = parseAddressLine(joined)
    if (address) {
      become(previous, 'address', address, joined)
      return markContinuation(previous, segment, 'address')
    }
  }
  const alone = previous.kind === 'heading' ? (previous.parts as HeadingParts) : null
  // A heading that ends in a date or a citation is complete.
  if (alone && (alone.date || alone.citation)) return
  const heading = parseHeading(joined)
  if (!heading || heading.strength !== 'strong') return
  // The joined reading must name more than the first line alone does.
  // … unless it completes a date the first line only began (`… to the Chancellor on July` / `27th 1914.`).
  const completesDate = heading.date !== null && !alone?.date
  if (alone && !completesDate && (names(alone) > names(heading) || partyText(alone).length >= partyText(heading).length)) return
  become(previous, 'heading', heading, joined)
  markContinuation(previous, segment, 'heading')
}
