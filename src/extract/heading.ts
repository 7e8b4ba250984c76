/**
 * Headings and telegram address lines: who wrote to whom, as the heading prints it.
 * `X TO Y`, `Personal Message from X to Y`, `To Y from X`, `Telegram to Y`,
 * `Number 32. Top Secret and Personal. For Marshal Stalin from the President.`
 */
import {
  capitalised,
  documentKinds,
  kindQualifiers,
  nameAbbreviations,
  numberAbbreviations,
  partyConnectors,
  leadWords,
  pattern,
  precedences,
  sentenceOpeners,
  styles
} from '../lexicon/index.js'
import {maskEmphasis} from './emphasis.js'
import {isSpace} from './chars.js'
import {leadingClassification} from './classification.js'
import {findDate, type FoundDate} from './date.js'
import {personParts, splitJoint} from './person.js'

export interface Span {
  text: string
  start: number
  end: number
}

export interface HeadingParts {
  classification: Span | null
  /** `Message`, `Telegram`, `Memorandum`, … */
  kind: string | null
  from: Span[]
  to: Span[]
  /** A date printed in the heading: `(November, 1940)`, `, 30 November 1789`. */
  date: FoundDate | null
  /** A citation in trailing parentheses: `(Correspondence Vol. 1, No. 93)`. */
  citation: Span | null
  /** A document number in that citation (`93`). */
  number: string | null
  /** `strong`: both parties, or a party with a title, initials or a full name. */
  strength: 'strong' | 'weak'
}

const connectors: ReadonlySet<string> = new Set(partyConnectors)
/** Abbreviations whose full stop ends no party: `Mr.`, `Wm.`, `No.` */
const abbreviation = pattern('iu')`^${[...nameAbbreviations, ...numberAbbreviations]}\.$`
const initialToken = /^\p{Lu}{1,2}\.(?:\p{Lu}\.)*$/u

const kindWords = pattern('iuy')`(?:${kindQualifiers}\s+)*${documentKinds}s?\b`

/** A word character of `\b` under the `iu` flags: ASCII letters, digits, `_`, and `ſ`, `K`. */
function isWordCode(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57) || code === 95 || code === 0x17f || code === 0x212a
}

/** Does `text` at `at` hold `word` (lowercase ASCII) in any case? */
function hasWordAt(text: string, at: number, word: string): boolean {
  for (let index = 0; index < word.length; index++) {
    if ((text.charCodeAt(at + index) | 0x20) !== word.charCodeAt(index)) return false
  }
  return true
}

/**
 * Does `text` hold `to`, `for`, `from` or `by` as a word followed by a space or a dash (what a
 * heading or an address line needs; `To----Bolton.`)? The same as `/\b(?:to|for|from|by)[\s-]/iu`,
 * by one pass over the characters.
 */
export function hasPartyWord(text: string): boolean {
  const length = text.length
  for (let at = 0; at < length; at++) {
    const lower = text.charCodeAt(at) | 0x20
    if (lower !== 116 && lower !== 102 && lower !== 98) continue
    if (at > 0 && isWordCode(text.charCodeAt(at - 1))) continue
    for (const word of partyWords) {
      if (!hasWordAt(text, at, word) || at + word.length >= length) continue
      // A space, or the dashes of an elided name (`To----Bolton.`).
      const after = text.charCodeAt(at + word.length)
      if (isSpace(after) || after === 45) return true
    }
  }
  return false
}

const partyWords = ['to', 'for', 'from', 'by']

/** `REPLY OF THE PRESIDENT.`, `Telegram of the Chancellor …`: a kind of document, then its sender after `of` (the `of` lead of `readParties`). */
const kindThenOf = pattern('iu')`^[_\s]*(?:${kindQualifiers}\s+)*${documentKinds}s?\s+of\s`

/** Can `text` name parties as a heading does: a party word, or a kind of document then `of`? */
export function hasPartyLead(text: string): boolean {
  return hasPartyWord(text) || kindThenOf.test(text)
}

const upperStart = /^\p{Lu}/u

/** Can a word that starts so belong to a party: a capital, a quotation mark or a parenthesis? */
function opensPartyWord(word: string): boolean {
  const code = word.charCodeAt(0)
  if (code >= 65 && code <= 90) return true
  if (code === 34 || code === 39 || code === 40 || code === 0x201c || code === 0x2018) return true
  return code > 127 && upperStart.test(word)
}

/** `word` without a trailing run of `,`, `;`, `:`. */
function withoutTrailingPunctuation(word: string): string {
  let end = word.length
  while (end > 0) {
    const code = word.charCodeAt(end - 1)
    if (code !== 44 && code !== 59 && code !== 58) break
    end--
  }
  return end === word.length ? word : word.slice(0, end)
}

const stopTo: ReadonlySet<string> = new Set(['to'])
const stopToFor: ReadonlySet<string> = new Set(['to', 'for'])
const stopFrom: ReadonlySet<string> = new Set(['from'])
const stopNone: ReadonlySet<string> = new Set()

/**
 * Scan a party from `from`: capitalised words, initials, connectors and parentheses,
 * until a stop word or a lowercase word. Returns the end offset (trailing connectors dropped).
 * Words are read one at a time by hand: the scan usually stops after a word or two.
 */
function scanParty(text: string, from: number, stops: ReadonlySet<string>): {end: number; stopped: string | null} {
  let end = from
  let depth = 0
  let pendingEnd = from
  let stopped: string | null = null
  let at = from
  const length = text.length
  while (at < length) {
    while (at < length && isSpace(text.charCodeAt(at))) at++
    if (at >= length) break
    const wordStart = at
    while (at < length && !isSpace(text.charCodeAt(at))) at++
    const word = text.slice(wordStart, at)
    const bare = withoutTrailingPunctuation(word)
    const lower = bare.toLowerCase()
    if (depth === 0 && stops.has(lower) && word === bare) {
      stopped = lower
      break
    }
    if (word.charCodeAt(0) === 40) depth++
    const inParens = depth > 0
    if (word.includes(')')) depth = Math.max(0, depth - 1)
    if (inParens || opensPartyWord(word) || word === ')') {
      end = at
      pendingEnd = end
      // A full stop after a word (not an initial or abbreviation) ends the party.
      if (!inParens && word.endsWith('.') && !initialToken.test(word) && !abbreviation.test(word) && !word.endsWith('..')) {
        end = at - 1
        pendingEnd = end
        break
      }
      continue
    }
    if (connectors.has(lower)) continue
    break
  }
  // Drop trailing commas and spaces.
  let stop = pendingEnd
  while (stop > from && isSpaceOrComma(text.charCodeAt(stop - 1))) stop--
  return {end: Math.max(stop, from), stopped}
}

/** A space, `,`, `;` or `:`: what a party span never ends with. */
function isSpaceOrComma(code: number): boolean {
  return code === 44 || code === 59 || code === 58 || isSpace(code)
}

function span(text: string, start: number, end: number): Span {
  while (start < end && isSpace(text.charCodeAt(start))) start++
  while (end > start && isSpaceOrComma(text.charCodeAt(end - 1))) end--
  return {text: text.slice(start, end), start, end}
}

function parties(text: string, party: Span): Span[] {
  if (!party.text) return []
  return splitJoint(party.text).map((part) => span(text, party.start + part.start, party.start + part.start + part.text.length))
}

/** Match the sticky `words` at `at` (no copy of the rest of the line). */
function keyword(text: string, at: number, words: RegExp): {word: string; end: number} | null {
  words.lastIndex = at
  const match = words.exec(text)
  if (!match) return null
  return {word: match[1]!.toLowerCase(), end: at + match[0].length}
}

const leadWord = pattern('iuy')`(${leadWords})\s+`
const toOrForWord = /\s*(?:,\s*)?(to|for)\s+/iuy
const fromOrByWord = /\s*(?:,\s*)?(from|by)\s+/iuy
const toWord = /\s*(?:,\s*)?(to)\s+/iuy

/** Does `text` end in `)`, then spaces, then an optional `.` (`/\)\s*\.?$/u`)? */
export function endsInParenthesis(text: string): boolean {
  let end = text.length
  if (text.charCodeAt(end - 1) === 46) end--
  while (end > 0 && isSpace(text.charCodeAt(end - 1))) end--
  return text.charCodeAt(end - 1) === 41
}

// Words that open sentences, never a party on their own: `As to Finland, …`, `It to …`.
const sentenceWords: ReadonlySet<string> = new Set(sentenceOpeners)

/** `His Excellency …`, `Her Majesty`: a party whose first word would open a sentence. */
const styled = pattern('u')`^(?:His|Her)\s+${styles}\b`

function isNameLike(party: Span | undefined): boolean {
  if (!party || !party.text) return false
  const first = party.text.split(/\s+/u)[0]!.replace(/(?<![,.;:])[,.;:]+$/u, '').toLowerCase()
  if (sentenceWords.has(first) && !/^the$/u.test(first) && !styled.test(party.text)) return false
  const person = personParts(party.text)
  return person !== null
}

function strongParty(party: Span): boolean {
  const person = personParts(party.text)
  if (!person) return false
  if (person.kind !== 'person') return true
  return person.roles.length > 0 || person.forename !== null || /\(/u.test(party.text)
}

/** `Vol. 1`, `No. 93`, `p. 14`: a number in a citation. */
const citationNumber = pattern('iu')`\b${numberAbbreviations}\.\s*\d`

/** `found`, its offsets moved by `by`. */
function shifted(found: FoundDate, by: number): FoundDate {
  return {...found, start: found.start + by, end: found.end + by}
}

/** A heading without the date or citation it ends with, and those. */
interface HeadingEnd {
  text: string
  date: FoundDate | null
  citation: Span | null
  number: string | null
}

/**
 * A trailing parenthesis that holds a date (`(November, 1940)`) or a citation (`(Correspondence
 * Vol. 1, No. 93)`), read in `text` (emphasis masked); the citation's text is taken from `input`.
 */
function trailingParenthesis(text: string, input: string): HeadingEnd | null {
  const open = endsInParenthesis(text) ? text.lastIndexOf('(') : -1
  if (open <= 0) return null
  const cut = text.slice(0, open).trimEnd().length
  const paren = /^\s*\(([^()]+)\)\s*\.?$/u.exec(text.slice(cut))
  if (!paren) return null
  const inner = paren[1]!
  const innerStart = open + 1
  const found = findDate(inner, {bareYear: true})
  if (found && found.end - found.start >= inner.trim().length - 2) {
    return {text: text.slice(0, cut), date: shifted(found, innerStart), citation: null, number: null}
  }
  if (!citationNumber.test(inner)) return null
  const n = /\bNo\.\s*(\d+)/u.exec(inner)
  return {text: text.slice(0, cut), date: null, citation: span(input, innerStart, innerStart + inner.length), number: n ? n[1]! : null}
}

/** A trailing `, 30 November 1789`: the heading before the comma, and the date. */
function trailingDate(text: string): {text: string; date: FoundDate} | null {
  const at = text.lastIndexOf(',')
  const comma = at > 0 && /\d/u.test(text.slice(at)) ? /^,\s*([^\s,][^,]*|\s)$/u.exec(text.slice(at)) : null
  if (!comma) return null
  const found = findDate(comma[1]!)
  const innerStart = at + comma[0].length - comma[1]!.length
  if (!found || found.start !== 0 || found.end < comma[1]!.replace(/(?<![.\s])[.\s]+$/u, '').length) return null
  return {text: text.slice(0, at), date: shifted(found, innerStart)}
}

/** `… to the Chancellor on July 25th 1914.`, `… at London. Urgent. July 26th 1914.`: a date ending the heading after `on` or a full stop. */
function trailingSentenceDate(text: string): {text: string; date: FoundDate} | null {
  const from = Math.max(0, text.length - 40)
  const found = /\d{4}\.?\s*$/u.test(text) ? findDate(text.slice(from)) : null
  if (!found || !/^[.\s]*$/u.test(text.slice(from + found.end))) return null
  const before = text.slice(0, from + found.start).trimEnd()
  let cut: number
  if (before.endsWith('.')) cut = before.length
  else if (/\son$/u.test(before)) cut = before.slice(0, -2).trimEnd().length
  else return null
  return {text: before.slice(0, cut), date: shifted(found, from)}
}

/** The heading's date or citation, from its end: a parenthesis, then (without a date in it) a trailing comma date or a sentence's date. */
function headingEnd(text: string, input: string): HeadingEnd {
  const end = trailingParenthesis(text, input) ?? {text, date: null, citation: null, number: null}
  if (end.date) return end
  const comma = trailingDate(end.text) ?? trailingSentenceDate(end.text)
  return comma ? {...end, text: comma.text, date: comma.date} : end
}

/** `at` moved past white space in `text`. */
function skipSpace(text: string, at: number): number {
  while (/\s/u.test(text.charAt(at))) at++
  return at
}

/** The marking and the kind before the parties (`Personal and Secret Message from …`), and where the parties start. */
function headingPrefix(text: string): {classification: Span | null; kind: string | null; at: number} {
  // An opening emphasis mark, masked, leaves spaces before the heading (`_From the Secretary …`).
  let at = skipSpace(text, 0)
  let classification: Span | null = null
  const marking = leadingClassification(text.slice(at))
  if (marking) {
    classification = {text: marking, start: at, end: at + marking.length}
    at = skipSpace(text, at + marking.length)
  }
  let kind: string | null = null
  kindWords.lastIndex = at
  const kindMatch = kindWords.exec(text)
  if (kindMatch) {
    kind = kindMatch[0]
    at = skipSpace(text, at + kindMatch[0].length)
  }
  return {classification, kind, at}
}

/** The parties of a heading as spans (not yet split into joint members), and where they end. */
interface PartySpans {
  from: Span | null
  to: Span | null
  end: number
}

/** `From X to Y`, `By X for Y`, `From X`: the sender first. */
function senderFirst(text: string, lead: {end: number}): PartySpans {
  const hasTo = /\s(?:to|TO)\s/u.test(text.slice(lead.end))
  const x = scanParty(text, lead.end, hasTo ? stopTo : stopToFor)
  const from = span(text, lead.end, x.end)
  const next = keyword(text, x.end, toOrForWord)
  if (!next) return {from, to: null, end: x.end}
  const y = scanParty(text, next.end, stopFrom)
  return {from, to: span(text, next.end, y.end), end: y.end}
}

/** `To Y from X`, `For Y by X`, `To Y`: the addressee first. */
function addresseeFirst(text: string, lead: {end: number}): PartySpans {
  const y = scanParty(text, lead.end, stopFrom)
  const to = span(text, lead.end, y.end)
  const next = keyword(text, y.end, fromOrByWord)
  if (!next) return {from: null, to, end: y.end}
  const x = scanParty(text, next.end, stopNone)
  return {from: span(text, next.end, x.end), to, end: x.end}
}

/** `X to Y`: `null` without the `to`. */
function senderToAddressee(text: string, at: number): PartySpans | null {
  const x = scanParty(text, at, stopTo)
  const next = x.stopped === 'to' ? keyword(text, x.end, toWord) : null
  if (!next) return null
  const y = scanParty(text, next.end, stopFrom)
  return {from: span(text, at, x.end), to: span(text, next.end, y.end), end: y.end}
}

/** The parties from `at`, by the word that leads them. A bare `For Y` needs a prefix or an address line. */
function readParties(text: string, at: number, options: {prefixed: boolean; address: boolean}): PartySpans | null {
  const lead = keyword(text, at, leadWord)
  // `Telegram of the Chancellor to …`: after a kind of document, `of` names the sender.
  if (lead && (lead.word === 'from' || lead.word === 'by' || (lead.word === 'of' && options.prefixed))) return senderFirst(text, lead)
  if (lead && (lead.word === 'to' || lead.word === 'for')) {
    return !options.prefixed && !options.address && lead.word === 'for' ? null : addresseeFirst(text, lead)
  }
  return senderToAddressee(text, at)
}

/** `, the governor of Georgia.`, `, esq., governor of Georgia.`: a short description of the party in lower case, no sentence. */
const appositive = pattern('u')`^,\s*(?:${nameAbbreviations}\.,?\s*)?\p{Ll}[^.;:!?]{0,60}\.?$`

/** `. Urgent.`: how the telegram was sent, after the parties. */
const precedenceTail = pattern('iu')`^\.\s*${precedences}\.?$`

/**
 * What follows the parties must be a description (`with a proposal …`, only after `Letter from`,
 * `Personal message from` …), a full stop, or nothing.
 */
function isHeadingTail(tail: string, prefixed: boolean): boolean {
  if (!tail || precedenceTail.test(tail)) return true
  if (!/^[.,;:]?\s*(?:\p{Ll}|$)/u.test(tail)) return false
  // An office after the addressee (`… to D.B. Mitchell, esq., governor of Georgia.`) describes them.
  if (!prefixed && !/^[.,;:]?$/u.test(tail) && !appositive.test(tail)) return false
  return !/^(?:and|or)\b/iu.test(tail)
}

/** Parse a heading. `null` when the text does not name a sender or an addressee in a heading form. */
export function parseHeading(input: string, options: {address?: boolean} = {}): HeadingParts | null {
  const {text, date, citation, number} = headingEnd(maskEmphasis(input), input)
  const {classification, kind, at} = headingPrefix(text)
  const prefixed = classification !== null || kind !== null
  const spans = readParties(text, at, {prefixed, address: options.address === true})
  if (!spans) return null
  const {from, to, end} = spans
  if (from && !isNameLike(from)) return null
  if (to && !isNameLike(to)) return null
  if (!from?.text && !to?.text) return null
  if (!isHeadingTail(text.slice(end).trim(), prefixed)) return null

  const fromParties = from ? parties(text, from) : []
  const toParties = to ? parties(text, to) : []
  const strong = (fromParties.length > 0 && toParties.length > 0) || [...fromParties, ...toParties].some(strongParty)
  return {classification, kind, from: fromParties, to: toParties, date, citation, number, strength: strong ? 'strong' : 'weak'}
}

export interface AddressParts {
  serial: Span | null
  classification: Span | null
  from: Span[]
  to: Span[]
}

/** A full stop or comma that ends a clause: not after an initial (`J. V.`) or an abbreviation (`Mr.`, `No.`). */
const clauseBoundary = pattern('gu')`(?<![\s.]\p{Lu}|\b${capitalised([...nameAbbreviations, ...numberAbbreviations])})[.,](?:\s+|$)`

const serialPattern = /^(?:(?:number|no\.?|nr\.?)\s*(\d{1,6})|(\d{1,6})\.?)$/iu

/**
 * Parse a telegram address line: serial, marking and parties in any order, split by
 * full stops and commas. `null` when any part is something else (a sentence of the body).
 */
export function parseAddressLine(input: string): AddressParts | null {
  const text = maskEmphasis(input)
  const result: AddressParts = {serial: null, classification: null, from: [], to: []}
  let parts = 0
  // Clauses: split on `. ` and `, ` (a full stop inside initials like `J. V.` is kept by the party
  // scanner), read one at a time: a sentence of the body fails at its first clause.
  clauseBoundary.lastIndex = 0
  let start = 0
  while (start < text.length) {
    const match = clauseBoundary.exec(text)
    const piece = span(text, start, match ? match.index : text.length)
    start = match ? match.index + match[0].length : text.length
    if (!piece.text) continue
    parts++
    const serial = serialPattern.exec(piece.text)
    if (serial && !result.serial) {
      result.serial = {text: serial[1] ?? serial[2]!, start: piece.start, end: piece.end}
      continue
    }
    const leadSerial = /^(\d{1,6})\.?\s+/u.exec(piece.text)
    let body = piece.text
    let offset = piece.start
    if (leadSerial && !result.serial) {
      result.serial = {text: leadSerial[1]!, start: piece.start, end: piece.start + leadSerial[1]!.length}
      body = piece.text.slice(leadSerial[0].length)
      offset += leadSerial[0].length
    }
    const marking = leadingClassification(body)
    if (marking && marking.length === body.replace(/(?<!\s)\s+only$/iu, '').length) {
      result.classification ??= {text: marking, start: offset, end: offset + marking.length}
      continue
    }
    const heading = parseHeading(body, {address: true})
    if (heading && heading.date === null && heading.citation === null) {
      if (heading.classification) result.classification ??= {...heading.classification, start: heading.classification.start + offset, end: heading.classification.end + offset}
      const shift = (s: Span) => ({...s, start: s.start + offset, end: s.end + offset})
      if (result.from.length === 0) result.from = heading.from.map(shift)
      if (result.to.length === 0) result.to = heading.to.map(shift)
      // The sentence must be parties only: `For the President and the Secretary only` is prose.
      const used = Math.max(0, ...heading.from.map((s) => s.end), ...heading.to.map((s) => s.end))
      if (body.slice(used).trim().replace(/^\.$/u, '') !== '') return null
      continue
    }
    return null
  }
  if (parts === 0) return null
  if (result.from.length === 0 && result.to.length === 0) return null
  return result
}
