/** Senders and addressees: from the heading, metadata, address lines, signature, inside address, salutation. */
import {parseHeading, type Span} from '../extract/heading.js'
import {readHeadingLine} from '../parse/forms/index.js'
import {readOrParse} from '../parse/readings.js'
import {parseInvertedName, parsePerson, personParts, type PersonParts} from '../extract/person.js'
import {readRunInSalutation, salutationName} from '../extract/lines.js'
import {readAddressedBodies} from '../extract/addressee.js'
import {commonAddressees, pattern} from '../lexicon/index.js'
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

/** Read senders and addressees for one letter. */
export function compileParties(context: LetterContext, clues: PartyClues): Parties {
  let from: Person[] = []
  let to: Person[] = []
  const headingNode = context.first('heading')
  let heading: ReturnType<typeof parseHeading> = null
  if (headingNode) {
    const text = context.spaced(headingNode)
    heading = readOrParse(headingNode, 'heading', text.value.trim(), readHeadingLine)
    if (heading) {
      const shift = text.value.length - text.value.trimStart().length
      from = fromSpans(text, heading.from, shift)
      to = fromSpans(text, heading.to, shift)
    }
  }
  if (!headingNode) {
    for (const node of context.byType('metadata')) {
      if (node.key !== 'title') continue
      const {text, start} = metadataValue(node)
      const value = text.value.slice(start)
      heading = parseHeading(value)
      if (heading) {
        if (from.length === 0) from = fromSpans(text, heading.from, start)
        if (to.length === 0) to = fromSpans(text, heading.to, start)
      }
    }
  }
  // `From: Washington, George` / `To: Jefferson, Thomas` state the parties plainly.
  for (const node of context.byType('metadata')) {
    if (node.key !== 'from' && node.key !== 'to' && node.key !== 'sender' && node.key !== 'recipient' && node.key !== 'addressee') continue
    const p = person(context, node, {inverted: true, start: metadataValue(node).start})
    if (!p) continue
    if (node.key === 'from' || node.key === 'sender') from = [p]
    else to = [p]
  }
  // A telegram's own address line names the parties when the heading gives only offices.
  for (const node of context.byType('addressLine')) {
    const text = context.spaced(node)
    const parsed = parseHeading(text.value, {address: true})
    if (!parsed) continue
    const lineFrom = named(fromSpans(text, parsed.from))
    const lineTo = named(fromSpans(text, parsed.to))
    // Only where the heading named nobody: a quoted message's address names other parties.
    if (from.length === 0 && lineFrom.length > 0) from = lineFrom
    if (to.length === 0 && lineTo.length > 0) to = lineTo
  }

  // The signature names the sender when the heading gives none, or only an office.
  const signature = context.first('signature')
  if (signature && clues.signature) {
    const {name} = clues.signature
    const parts = name ? parsePerson(name) : null
    if (parts && parts.kind === 'person') {
      if (from.length === 0) {
        // The signature is the sender's own name: read, not inferred.
        from = [toPerson(parts, positionOf(signature))]
      } else if (from.length === 1 && from[0]!.kind !== 'person') {
        const office = from[0]!
        from = [toPerson({...parts, roles: [...(office.roles.length > 0 ? office.roles : [office.name]), ...parts.roles]}, positionOf(signature))]
        context.inferences.push({field: 'from', reason: `the heading names only an office (\`${office.raw}\`); the signature names the sender`})
      }
    }
  }
  // The inside address, else the salutation, names the addressee when nothing else does.
  if (to.length === 0) {
    const inside = context.first('insideAddress')
    const p = inside ? person(context, inside) : null
    if (p && p.kind === 'person') to = [p]
  }
  if (to.length === 0 && clues.salutation) to = bodiesAddressed(clues.salutation)
  if (to.length === 0) {
    const {salutation} = clues
    if (salutation) {
      const name = salutationName(salutation.value)
      if (name?.trim()) {
        const parts = parsePerson(removeBracketed(name).replace(/(?<![,:!.])[,:!.]+$/u, ''))
        if (parts && parts.kind === 'person' && !commonAddressee.test(parts.name)) {
          to = [toPerson(parts, salutation.position)]
          context.inferences.push({field: 'to', reason: `the addressee is read from the salutation \`${salutation.value}\``})
        }
      }
    }
  }
  // The page names its owner (and correspondents): a letter that names one party borrows the other.
  if (from.length === 0 || to.length === 0) {
    const page = context.page
    const action = context.first('actionLine')
    if (page.author && from.length === 0 && to.length > 0 && !sameAs(page.author, to)) {
      from = [page.author]
      context.inferences.push({field: 'from', reason: `the heading names only the addressee; the page is ${page.author.name}’s (\`${page.authorText}\`)`})
    } else if (page.author && from.length === 0 && to.length === 0 && !headingNode && action) {
      const other = page.correspondents[0]
      const received = action.action === 'received'
      const note = other
        ? `, the correspondent is the first named on the page (\`${page.correspondentsText}\`${page.correspondents.length > 1 ? `, ${page.correspondents.length} named` : ''})`
        : ''
      if (received) {
        to = [page.author]
        if (other) from = [other]
      } else {
        from = [page.author]
        if (other) to = [other]
      }
      context.inferences.push({field: received ? 'to' : 'from', reason: `no heading: \`${received ? 'Received' : 'Sent'} on\` on ${page.author.name}’s page${note}`})
      if (other) context.inferences.push({field: received ? 'from' : 'to', reason: `no heading${note}`})
    }
  }
  return {from, to, heading}
}

/** The bodies an address in place of a salutation names: `To the Senate and House of Representatives:`. */
function bodiesAddressed(salutation: NonNullable<PartyClues['salutation']>): Person[] {
  const bodies = readAddressedBodies(salutation.value + ':') ?? []
  return bodies.map((body) => ({raw: body.text, name: body.text, surname: null, forename: null, roles: [], kind: 'group', inferred: false, position: salutation.position}))
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
