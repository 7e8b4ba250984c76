/** Senders and addressees: from the heading, metadata, address lines, signature, inside address, salutation. */
import {parseHeading, type Span} from '../extract/heading.js'
import {readHeadingLine} from '../parse/forms/index.js'
import {readOrParse} from '../parse/readings.js'
import {parseInvertedName, parsePerson, personParts, type PersonParts} from '../extract/person.js'
import {readRunInSalutation, salutationName} from '../extract/lines.js'
import {readAddressedBodies} from '../extract/addressee.js'
import {addresseeKeys, commonAddressees, pattern, senderKeys} from '../lexicon/index.js'
import type {Person} from '../schema/person.js'
import {isSpace} from '../extract/chars.js'
import {nodeText, spanPosition, tidy, toString, type NodeText} from '../tree/to-string.js'
import type * as T from '../tree/types.js'
import {positionOf, type LetterContext} from './context.js'

/** A person from its parts, key by key in the order of `PersonParts` (a spread copies through the runtime's slow path). */
function toPerson(parts: Readonly<PersonParts>, position: Person['position'], inferred = false, roles: string[] = parts.roles): Person {
  return {raw: parts.raw, name: parts.name, surname: parts.surname, forename: parts.forename, roles, kind: parts.kind, inferred, position}
}

/** The persons named in `spans`, whose offsets are `shift` short of their place in `text`. */
function fromSpans(text: NodeText, spans: Span[], shift = 0): Person[] {
  const persons: Person[] = []
  for (const span of spans) {
    // The shared parts, copied once into the person (`roles` too).
    const parts = personParts(span.text)
    if (parts) persons.push(toPerson(parts, spanPosition(text, span.start + shift, span.end + shift), false, parts.roles.slice()))
  }
  return persons
}

function named(list: Person[]): Person[] {
  return list.filter((p) => p.kind === 'person')
}

function sameAs(a: Person, list: Person[]): boolean {
  return list.some((b) => a.surname !== null && a.surname.toLowerCase() === b.surname?.toLowerCase())
}

export interface Parties {
  from: Person[]
  to: Person[]
  /** Heading parts, for the number, date and citation a heading may print. */
  heading: ReturnType<typeof parseHeading>
}

function metadataValue(node: T.Metadata): {text: NodeText; start: number} {
  const text = nodeText(node)
  const colon = /^[^:]*:\s*/u.exec(text.value)
  return {text, start: colon ? colon[0].length : 0}
}

/**
 * `value` without a trailing `, &c., &c.`: what `/,?\s*(?:&c\.?,?\s*)+$/u` removes, read from the
 * end in one pass (the regular expression retried from every `&c` was quadratic).
 */
function stripEtCetera(value: string): string {
  const isSpace = (at: number) => /\s/u.test(value.charAt(at))
  // Each `&c\.?,?\s*` group, read backwards: spaces, a comma, a full stop, then `&c`.
  let end = value.length
  for (;;) {
    let at = end
    while (at > 0 && isSpace(at - 1)) at--
    if (value.charAt(at - 1) === ',') at--
    if (value.charAt(at - 1) === '.') at--
    if (at < 2 || value.slice(at - 2, at) !== '&c') break
    end = at - 2
  }
  if (end === value.length) return value
  // Then the `,?\s*` before the first group.
  while (end > 0 && isSpace(end - 1)) end--
  if (value.charAt(end - 1) === ',') end--
  return value.slice(0, end)
}

/** `value` without `[…]` spans: what `.replace(/\[[^\]]*\]/gu, '')` does, without its quadratic retries. */
function removeBracketed(value: string): string {
  let out = ''
  let at = 0
  for (;;) {
    const open = value.indexOf('[', at)
    const close = open === -1 ? -1 : value.indexOf(']', open + 1)
    if (close === -1) break
    out += value.slice(at, open)
    at = close + 1
  }
  return out + value.slice(at)
}

function person(context: LetterContext, node: T.LetterContent, options: {inverted?: boolean; start?: number} = {}): Person | null {
  const text = context.spaced(node)
  const start = options.start ?? 0
  let value = text.value.slice(start)
  // `Mr. Herman Kahn,` / `Hon. Wm. H. Seward, &c., &c.`: the first part is the name.
  value = stripEtCetera(value)
  const parts = options.inverted ? parseInvertedName(value) : parsePerson(value.split(/,\s*(?=\S)/u)[0] ?? value)
  if (!parts) return null
  return toPerson(parts, spanPosition(text, start, start + value.trimEnd().length) ?? positionOf(node))
}

/** What `compileLetter` reads anyway and the parties may need: the salutation and the signature. */
export interface PartyClues {
  salutation: ReturnType<typeof salutationText>
  /** The signature line as printed and the name in it. */
  signature: {raw: string; name: string} | null
}

/** `Sir`, `Friends`: what follows `Dear` without naming anyone. */
const commonAddressee = pattern('iu')`^${commonAddressees}$`

/** Senders and addressees read so far. */
interface Both {
  from: Person[]
  to: Person[]
}

/** The heading's parties (its text read once, by the reading stage or here). */
function headingParties(context: LetterContext, node: T.Heading): Parties {
  const text = context.spaced(node)
  const heading = readOrParse(node, 'heading', text.value.trim(), readHeadingLine)
  if (!heading) return {from: [], to: [], heading}
  const shift = text.value.length - text.value.trimStart().length
  return {from: fromSpans(text, heading.from, shift), to: fromSpans(text, heading.to, shift), heading}
}

/** Without a heading, a `Title:` line read as one (`Title: Letter from X to Y`); the first to name a party names it. */
function titleParties(context: LetterContext): Parties {
  const found: Parties = {from: [], to: [], heading: null}
  for (const node of context.byType('metadata')) {
    if (node.key !== 'title') continue
    const {text, start} = metadataValue(node)
    found.heading = parseHeading(text.value.slice(start))
    if (!found.heading) continue
    if (found.from.length === 0) found.from = fromSpans(text, found.heading.from, start)
    if (found.to.length === 0) found.to = fromSpans(text, found.heading.to, start)
  }
  return found
}

const senderKey: ReadonlySet<string> = new Set(senderKeys)
const partyKey: ReadonlySet<string> = new Set([...senderKeys, ...addresseeKeys])

/** `From: Washington, George` / `To: Jefferson, Thomas` state the parties plainly: they replace what was read. */
function metadataParties(context: LetterContext, found: Both): Both {
  let {from, to} = found
  for (const node of context.byType('metadata')) {
    if (!partyKey.has(node.key)) continue
    const p = person(context, node, {inverted: true, start: metadataValue(node).start})
    if (!p) continue
    if (senderKey.has(node.key)) from = [p]
    else to = [p]
  }
  return {from, to}
}

/**
 * A telegram's own address line names the parties when the heading gives only offices; only
 * where the heading named nobody (a quoted message's address names other parties).
 */
function addressLineParties(context: LetterContext, found: Both): Both {
  let {from, to} = found
  for (const node of context.byType('addressLine')) {
    const text = context.spaced(node)
    // `_To the Senate of the United States_.` under `REPLY OF THE PRESIDENT.`: the house addressed.
    const bodies = to.length === 0 ? readAddressedBodies(text.value, {stop: true}) : null
    if (bodies) {
      to = groups(bodies, positionOf(node))
      continue
    }
    const parsed = parseHeading(text.value, {address: true})
    if (!parsed) continue
    const lineFrom = named(fromSpans(text, parsed.from))
    const lineTo = named(fromSpans(text, parsed.to))
    if (from.length === 0 && lineFrom.length > 0) from = lineFrom
    if (to.length === 0 && lineTo.length > 0) to = lineTo
  }
  return {from, to}
}

/** The signature names the sender when the heading gives none, or only an office (then an inference). */
function signatureSender(context: LetterContext, clues: PartyClues, from: Person[]): Person[] {
  const signature = context.first('signature')
  if (!signature || !clues.signature) return from
  const {name} = clues.signature
  const parts = name ? parsePerson(name) : null
  if (!parts || parts.kind !== 'person') return from
  // The signature is the sender's own name: read, not inferred.
  if (from.length === 0) return [toPerson(parts, positionOf(signature))]
  if (from.length !== 1 || from[0]!.kind === 'person') return from
  const office = from[0]!
  context.inferences.push({field: 'from', reason: `the heading names only an office (\`${office.raw}\`); the signature names the sender`})
  return [toPerson({...parts, roles: [...(office.roles.length > 0 ? office.roles : [office.name]), ...parts.roles]}, positionOf(signature))]
}

/** The bodies an address in place of a salutation names: `To the Senate and House of Representatives:`. */
function bodiesAddressed(salutation: NonNullable<PartyClues['salutation']>): Person[] {
  return groups(readAddressedBodies(salutation.value + ':') ?? [], salutation.position)
}

/** The bodies addressed, as parties. */
function groups(bodies: ReadonlyArray<{text: string}>, position: Person['position']): Person[] {
  return bodies.map((body) => ({raw: body.text, name: body.text, surname: null, forename: null, roles: [], kind: 'group', inferred: false, position}))
}

/**
 * The addressee the inside address names, else the bodies an address in place of a salutation
 * names, else the salutation (an inference): for a letter that names none.
 */
function addresseeOfLetter(context: LetterContext, clues: PartyClues): Person[] {
  const inside = context.first('insideAddress')
  const p = inside ? person(context, inside) : null
  if (p && (p.kind === 'person' || p.kind === 'office')) return [p]
  const {salutation} = clues
  if (!salutation) return []
  const bodies = bodiesAddressed(salutation)
  if (bodies.length > 0) return bodies
  const name = salutationName(salutation.value)
  if (!name?.trim()) return []
  const parts = parsePerson(removeBracketed(name).replace(/(?<![,:!.])[,:!.]+$/u, ''))
  if (!parts || parts.kind !== 'person' || commonAddressee.test(parts.name)) return []
  context.inferences.push({field: 'to', reason: `the addressee is read from the salutation \`${salutation.value}\``})
  return [toPerson(parts, salutation.position)]
}

/** The page names its owner (and correspondents): a letter that names one party borrows the other. */
function pageParties(context: LetterContext, found: Both, hasHeading: boolean): Both {
  const {page} = context
  const action = context.first('actionLine')
  if (!page.author || found.from.length > 0) return found
  if (found.to.length > 0) {
    if (sameAs(page.author, found.to)) return found
    context.inferences.push({field: 'from', reason: `the heading names only the addressee; the page is ${page.author.name}’s (\`${page.authorText}\`)`})
    return {from: [page.author], to: found.to}
  }
  if (hasHeading || !action) return found
  const other = page.correspondents[0]
  const received = action.action === 'received'
  const note = other
    ? `, the correspondent is the first named on the page (\`${page.correspondentsText}\`${page.correspondents.length > 1 ? `, ${page.correspondents.length} named` : ''})`
    : ''
  context.inferences.push({field: received ? 'to' : 'from', reason: `no heading: \`${received ? 'Received' : 'Sent'} on\` on ${page.author.name}’s page${note}`})
  if (other) context.inferences.push({field: received ? 'from' : 'to', reason: `no heading${note}`})
  const owner = [page.author]
  const correspondent = other ? [other] : []
  return received ? {from: correspondent, to: owner} : {from: owner, to: correspondent}
}

/** Read senders and addressees for one letter, from the most explicit statement to the least. */
export function compileParties(context: LetterContext, clues: PartyClues): Parties {
  const headingNode = context.first('heading')
  const {heading, ...read} = headingNode ? headingParties(context, headingNode) : titleParties(context)
  let found = addressLineParties(context, metadataParties(context, read))
  found = {from: signatureSender(context, clues, found.from), to: found.to}
  if (found.to.length === 0) found = {from: found.from, to: addresseeOfLetter(context, clues)}
  if (found.from.length === 0 || found.to.length === 0) found = pageParties(context, found, headingNode !== undefined)
  return {from: found.from, to: found.to, heading}
}

/** The name in a signature line: `(Signed) L. Lothian` → `L. Lothian`, `Go: Washington` kept. */
export function signatureName(raw: string): string {
  return tidy(raw.replace(/^\(?signed\)?[:.]?\s*/iu, '').replace(/(?<![.,])[.,]+$/u, ''))
}

/** The salutation: its own line, or run into the first paragraph, whose text (`plainText`) is `firstText`. */
export function salutationText(context: LetterContext, firstText: string | null): {value: string; position: Person['position']} | null {
  const node = context.first('salutation')
  if (node) return {value: toString(node, {breaks: ' '}).replace(/(?<![,:!.])[,:!.]+$/u, '').replace(/\[[,:!]\]$/u, ''), position: positionOf(node)}
  const paragraph = context.first('paragraph')
  if (paragraph && firstText !== null) {
    // The text alone first: the runs back to the input only when a salutation is there.
    const value = firstText
    let start = 0
    while (start < value.length && isSpace(value.charCodeAt(start))) start++
    const run = readRunInSalutation(start === 0 ? value : value.slice(start))
    if (run) return {value: run, position: spanPosition(nodeText(paragraph), start, start + run.length)}
  }
  return null
}
