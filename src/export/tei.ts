/**
 * `toTei`: letters as one TEI P5 document. Each letter is a `<div type="letter">` with its
 * parts in the elements TEI has for them (`<head>`, `<opener>` with `<dateline>` and
 * `<salute>`, `<p>`, `<closer>` with `<signed>`, `<postscript>`, `<note>` at each footnote
 * marker, `<pb/>` at each page break), and its metadata in a `<correspDesc>` of the header.
 * Values are marked in the words they were read from (`<date when>`, `<placeName>`,
 * `<persName>`); a value that is `null` is left out; an inferred one has `cert="medium"`.
 * Only serializes: the letters (and, when given, their tree) are written as they are.
 */
import pkg from '../../package.json' with {type: 'json'}
import type {DateValue} from '../schema/date.js'
import type {Letter} from '../schema/letter.js'
import type {Note, Paragraph} from '../schema/note.js'
import type {Position} from '../schema/position.js'
import type {Source} from '../schema/source.js'
import type {Root} from '../tree/types.js'
import {dateAttributes, writeCorrespDesc, writeParty} from './corresp-desc.js'
import {afterVisible, markWords, writePhrase, type Insert, type Mark} from './phrase.js'
import {createLookup, type Lookup, type Register} from './register.js'
import {nodeLines, noTree, readTree, type Anchor, type ExtraNode, type TreeInfo} from './tei-tree.js'
import {element, markEntries, serialize, splitFrame, teiDocument, type XmlElement} from './xml.js'

export interface TeiOptions {
  /** The tree the letters were read from (`parseArchive(…).tree`): page breaks, markers in their place, and text outside letters. */
  tree?: Root | null | undefined
  /** The transcript's name, for the header. */
  file?: string | null | undefined
  /** The document's title (default: `Letters from FILE`). */
  title?: string | null | undefined
  /** Authority URIs for names (see `RegisterSchema`). */
  register?: Register | null | undefined
  /** Put before every `xml:id`, so that the letters of several documents stay apart (`d1-`). */
  idPrefix?: string | undefined
  /** Start with the XML declaration (default: `true`; `false` for a document inside another). */
  declaration?: boolean | undefined
  /** Indentation of the root element, for a document inside another (default: `0`). */
  depth?: number | undefined
}

/** Letters, or a parse with its tree (`parseArchive(text)`). */
export type TeiInput = readonly Letter[] | {letters: readonly Letter[]; tree?: Root | null | undefined}

export const version: string = pkg.version

const ncname = /^[A-Za-z_][\w.-]*$/u

/** An `xml:id` per letter: the letter's id when it is one, else `letter-N`; never twice the same. */
export function letterIds(letters: readonly Letter[], prefix = ''): string[] {
  const used = new Set<string>()
  return letters.map((letter, index) => {
    const base = prefix + (ncname.test(letter.id) ? letter.id : `letter-${index + 1}`)
    let id = base
    for (let n = 2; used.has(id); n++) id = `${base}-${n}`
    used.add(id)
    return id
  })
}

/** The distinct sources of the letters, by their text, each with its `xml:id`. */
function sourceIds(letters: readonly Letter[], prefix: string): Map<string, {id: string; source: Source}> {
  const sources = new Map<string, {id: string; source: Source}>()
  for (const letter of letters) {
    if (letter.source && !sources.has(letter.source.text)) sources.set(letter.source.text, {id: `${prefix}source-${sources.size + 1}`, source: letter.source})
  }
  return sources
}

/** A citation as `<bibl>`: its text whole, with the parts epistola read marked. */
function writeBibl(parent: XmlElement, source: Source, id: string): void {
  const bibl = element(parent, 'bibl', {'xml:id': id, type: source.kind === 'citation' ? undefined : source.kind})
  const text = source.text
  const marks: Array<Mark | null> = []
  let from = 0
  const mark = (value: string | null, name: string, attributes: Record<string, string | undefined> = {}) => {
    const found = markWords(text, value, (into) => element(into, name, attributes), from)
    if (found) from = found.end
    marks.push(found)
  }
  mark(source.author, 'author')
  mark(source.title, 'title')
  mark(source.volume, 'biblScope', {unit: 'volume'})
  mark(source.number, 'biblScope', {unit: 'issue'})
  mark(source.page, 'biblScope', {unit: 'page'})
  mark(source.publisher, 'publisher')
  mark(source.place, 'pubPlace')
  mark(source.year, 'date', {when: /^\d{4}$/u.test(source.year ?? '') ? source.year! : undefined})
  writePhrase(bibl, text, marks)
}

/** Is `inner` within `outer` (both known)? */
function within(inner: Position | null | undefined, outer: Position | null | undefined): boolean {
  return Boolean(inner && outer && inner.start.offset >= outer.start.offset && inner.end.offset <= outer.end.offset)
}

const startOf = (position: Position | null | undefined, fallback: number) => position?.start.offset ?? fallback

/** One letter's `<div>`, built in three parts (top, body, bottom), each in the order of the input. */
class LetterWriter {
  private readonly notes: Note[]
  private readonly extras: Array<{offset: number; node: ExtraNode}>
  private readonly blocks: Array<Position | null>

  constructor(
    private readonly letter: Letter,
    private readonly tree: TreeInfo,
    private readonly lookup: Lookup
  ) {
    this.notes = letter.notes.filter((note) => note.in !== 'none')
    this.extras = tree.extras.get(letter.position.start.offset) ?? []
    this.blocks = [letter.heading?.position ?? null, ...letter.body.map((p) => p.position), letter.signature?.position ?? null]
  }

  /** The note of the next marker labelled `label`, taken from those still to write. */
  private takeNote(label: string): Note | null {
    const index = this.notes.findIndex((note) => note.label === label)
    return index < 0 ? null : this.notes.splice(index, 1)[0]!
  }

  private writeNote(parent: XmlElement, note: Note | null, label: string): void {
    element(parent, 'note', {n: label, place: 'foot', cert: note?.inferred ? 'medium' : undefined}, note?.text)
  }

  /** Where the markers of a block go: at their place when the tree says it, else at its end. */
  private inserts(text: string, position: Position | null, labels: readonly string[]): Insert[] {
    const anchors: Anchor[] | undefined = position ? this.tree.anchors.get(position.start.offset) : undefined
    if (!anchors) {
      return labels.map((label) => ({at: text.length, write: (parent) => this.writeNote(parent, this.takeNote(label), label)}))
    }
    return anchors.map(({visible, node}) => ({
      at: afterVisible(text, visible),
      write: (parent) => (node.type === 'pageMarker' ? element(parent, 'pb', {n: node.value}) : this.writeNote(parent, this.takeNote(node.label), node.label))
    }))
  }

  /** Marks for the parties, date and place printed within a block. */
  private valueMarks(text: string, block: Position | null): Mark[] {
    const {letter} = this
    const marks: Array<Mark | null> = []
    for (const person of [...letter.from, ...letter.to]) {
      if (within(person.position, block)) marks.push(markWords(text, person.raw, (into) => writeParty(into, person, {dialect: 'tei', lookup: this.lookup}, null)))
    }
    for (const date of [letter.date, letter.received]) {
      if (date && within(date.position, block)) marks.push(markWords(text, date.text, (into) => element(into, 'date', dateAttributes(date, 'tei'))))
    }
    if (within(letter.positions.place, block)) marks.push(markWords(text, letter.place, (into) => element(into, 'placeName', {ref: this.lookup.place(letter.place)})))
    return marks.filter((mark): mark is Mark => mark !== null)
  }

  /** A block of text (`<head>`, `<p>`, `<signed>`) with its values marked and its markers in place. */
  private writeBlock(parent: XmlElement, name: string, text: string, position: Position | null, labels: readonly string[], extraMarks: Array<Mark | null> = [], attributes: Record<string, string | undefined> = {}): XmlElement {
    const block = element(parent, name, attributes)
    writePhrase(block, text, [...extraMarks, ...this.valueMarks(text, position)], this.inserts(text, position, labels))
    return block
  }

  /** A date line not printed within another block: its words, place and date marked. */
  private writeDateLine(parent: XmlElement, name: string, date: DateValue, attributes: Record<string, string> = {}): void {
    const line = element(parent, name, attributes)
    const placeMark = this.letter.place && name === 'dateline' ? markWords(date.raw, this.letter.place, (into) => element(into, 'placeName', {ref: this.lookup.place(this.letter.place)})) : null
    const dateMark = markWords(date.raw, date.text, (into) => element(into, 'date', dateAttributes(date, 'tei')))
    if (dateMark) writePhrase(line, date.raw, [dateMark, placeMark])
    else element(line, 'date', dateAttributes(date, 'tei'), date.raw)
  }

  private writeExtra(parent: XmlElement, node: ExtraNode): void {
    if (node.type === 'pageMarker') element(parent, 'pb', {n: node.value})
    else if (node.type === 'thematicBreak') element(parent, 'milestone', {unit: 'section'})
    else element(parent, 'note', {type: node.type}, nodeLines(node))
  }

  private printedElsewhere(position: Position | null): boolean {
    return this.blocks.some((block) => within(position, block))
  }

  write(parent: XmlElement, id: string, source: string | null): void {
    const {letter} = this
    // `@cert`: how sure the reading of the letter is (its boundaries and fields), a probability.
    const cert = letter.confidence ? String(Math.round(letter.confidence.letter * 100) / 100) : undefined
    const div = element(parent, 'div', {type: 'letter', 'xml:id': id, n: letter.number, cert, source: source ? `#${source}` : undefined})
    const letterStart = letter.position.start.offset
    const bodyStart = letter.body[0]?.position?.start.offset ?? Number.POSITIVE_INFINITY
    const bodyEnd = letter.body.at(-1)?.position?.end.offset ?? bodyStart
    type Part = {offset: number; write: (into: XmlElement) => void; text?: boolean}
    const top: Part[] = []
    const middle: Part[] = []
    const bottom: Part[] = []

    for (const label of letter.labels) top.push({offset: letterStart, write: (into) => element(into, 'head', {type: 'label'}, label)})
    if (letter.classification && !this.printedElsewhere(letter.positions.classification)) {
      top.push({offset: startOf(letter.positions.classification, letterStart), write: (into) => element(into, 'head', {type: 'classification'}, letter.classification)})
    }
    const heading = letter.heading
    if (heading) {
      const classification = within(letter.positions.classification, heading.position) ? markWords(heading.text, letter.classification, (into) => element(into, 'seg', {type: 'classification'})) : null
      top.push({offset: startOf(heading.position, letterStart), write: (into) => this.writeBlock(into, 'head', heading.text, heading.position, heading.notes, [classification])})
    }
    const received = letter.received
    if (received && !this.printedElsewhere(received.position)) {
      top.push({offset: startOf(received.position, letterStart), write: (into) => this.writeDateLine(into, 'note', received, {type: 'received'})})
    }

    // The opener: serials, a date line before the body, a salutation on its own line.
    const opener: Part[] = []
    const closer: Part[] = []
    const extraSpans = this.extras.map((extra) => extra.node.position)
    for (const serial of letter.serials) {
      if (extraSpans.some((span) => within(serial.position, span as Position))) continue
      opener.push({offset: startOf(serial.position, letterStart), write: (into) => element(into, 'idno', {type: serial.kind}, serial.raw)})
    }
    const date = letter.date
    if (date && !this.printedElsewhere(date.position)) {
      const part = {offset: startOf(date.position, letterStart), write: (into: XmlElement) => this.writeDateLine(into, 'dateline', date)}
      if (part.offset < bodyStart || letter.body.length === 0) opener.push(part)
      else closer.push(part)
    }
    const firstParagraph = letter.body[0]
    const runIn = Boolean(firstParagraph && within(letter.positions.salutation, firstParagraph.position))
    if (letter.salutation && !runIn) {
      opener.push({offset: startOf(letter.positions.salutation, letterStart), write: (into) => element(into, 'salute', {}, letter.salutation)})
    }
    if (opener.length > 0) {
      top.push({offset: Math.min(...opener.map((part) => part.offset)), write: (into) => writeParts(element(into, 'opener'), opener)})
    }

    letter.body.forEach((paragraph, index) => {
      const salute = index === 0 && runIn ? markWords(paragraph.text, letter.salutation, (into) => element(into, 'seg', {type: 'salute'})) : null
      middle.push({offset: startOf(paragraph.position, bodyStart), text: true, write: (into) => this.writeBlock(into, 'p', paragraph.text, paragraph.position, paragraph.notes, [salute])})
    })

    // The closer: the complimentary close, a date line after the body, the signature.
    if (letter.closing && !this.printedElsewhere(letter.positions.closing)) {
      closer.push({offset: startOf(letter.positions.closing, bodyEnd), write: (into) => element(into, 'salute', {}, letter.closing)})
    }
    const signature = letter.signature
    if (signature) {
      closer.push({
        offset: startOf(signature.position, bodyEnd),
        write: (into) => {
          const name = signature.name === signature.raw ? null : markWords(signature.raw, signature.name, (inner) => element(inner, 'name'))
          const signed = this.writeBlock(into, 'signed', signature.raw, signature.position, this.notes.filter((n) => n.in === 'signature').map((n) => n.label), [name])
          for (const title of signature.titles) {
            element(signed, 'lb')
            signed.txt(title)
          }
        }
      })
    }
    if (closer.length > 0) bottom.push({offset: Math.min(...closer.map((part) => part.offset)), write: (into) => writeParts(element(into, 'closer'), closer)})
    if (letter.postscript.length > 0) {
      bottom.push({offset: startOf(letter.postscript[0]!.position, bodyEnd), write: (into) => this.writePostscript(into, letter.postscript)})
    }

    for (const extra of this.extras) {
      const part = {offset: extra.offset, write: (into: XmlElement) => this.writeExtra(into, extra.node)}
      if (extra.offset < bodyStart) top.push(part)
      else if (extra.offset <= bodyEnd) middle.push(part)
      else bottom.push(part)
    }

    writeParts(div, top)
    writeParts(div, middle)
    // TEI puts a closer or postscript only after some text: a letter that prints no body gets an empty `<p/>`.
    if (bottom.length > 0 && !middle.some((part) => part.text)) element(div, 'p')
    writeParts(div, bottom)
    // Notes whose marker has no place above (or that have no marker), at the end of the letter.
    for (const note of [...this.notes, ...letter.notes.filter((n) => n.in === 'none')]) this.writeNote(div, note, note.label)
  }

  private writePostscript(parent: XmlElement, paragraphs: readonly Paragraph[]): void {
    const postscript = element(parent, 'postscript')
    for (const paragraph of paragraphs) this.writeBlock(postscript, 'p', paragraph.text, paragraph.position, paragraph.notes)
  }
}

/** Write parts in the order of the input (stable for parts at the same place). */
function writeParts(parent: XmlElement, parts: Array<{offset: number; write: (into: XmlElement) => void}>): void {
  for (const part of [...parts].sort((a, b) => a.offset - b.offset)) part.write(parent)
}

/** The text outside letters: runs of lines as `<div type="editorial">`, page and section breaks between. Did it write a division? */
function writeOutside(body: XmlElement, nodes: TreeInfo['outside']): boolean {
  let editorial: XmlElement | null = null
  for (const {node} of nodes) {
    if (node.type === 'pageMarker') element(editorial ?? body, 'pb', {n: node.value})
    else if (node.type === 'thematicBreak') element(editorial ?? body, 'milestone', {unit: 'section'})
    else {
      editorial ??= element(body, 'div', {type: 'editorial'})
      element(editorial, 'p', {}, nodeLines(node))
    }
  }
  return editorial !== null
}

/** Versions `@version` takes (TEI's `teidata.versionNumber`, numbers only): `0.1.0`; others go in the label only. */
const versionPattern = /^\d+(?:\.\d+){0,3}$/u

function writeHeader(tei: XmlElement, letters: readonly Letter[], ids: readonly string[], sources: ReturnType<typeof sourceIds>, options: TeiOptions, lookup: Lookup): void {
  const file = options.file ?? null
  const header = element(tei, 'teiHeader')
  const fileDesc = element(header, 'fileDesc')
  element(element(fileDesc, 'titleStmt'), 'title', {}, options.title ?? (file ? `Letters from ${file}` : 'Letters'))
  element(element(fileDesc, 'publicationStmt'), 'p', {}, `Unpublished: read by epistola ${version} from the transcript${file ? ` ${file}` : ''}.`)
  const sourceDesc = element(fileDesc, 'sourceDesc')
  if (sources.size === 0) element(sourceDesc, 'p', {}, `The transcript${file ? ` ${file}` : ''}, which cites no source.`)
  else {
    const list = element(sourceDesc, 'listBibl')
    for (const {id, source} of sources.values()) writeBibl(list, source, id)
  }
  const application = element(element(element(header, 'encodingDesc'), 'appInfo'), 'application', {ident: 'epistola', version: versionPattern.test(version) ? version : undefined})
  element(application, 'label', {}, `epistola ${version}`)
  element(
    application,
    'desc',
    {},
    'Letters read from a plain-text transcript: the text as printed; dates, places and names as read from it; values inferred rather than read have cert="medium", with the reason in a note of their correspDesc.'
  )
  if (letters.length === 0) return
  const profileDesc = element(header, 'profileDesc')
  letters.forEach((letter, index) => {
    const source = letter.source ? sources.get(letter.source.text)!.id : null
    writeCorrespDesc(profileDesc, letter, {dialect: 'tei', lookup, attributes: {ref: `#${ids[index]}`, source: source ? `#${source}` : undefined}})
  })
}

/** Write the TEI document of `letters` into `tei` (a `<TEI>` element). */
export function writeTei(tei: XmlElement, letters: readonly Letter[], tree: Root | null, options: TeiOptions): void {
  const prefix = options.idPrefix ?? ''
  const ids = letterIds(letters, prefix)
  const sources = sourceIds(letters, prefix)
  const lookup = createLookup(options.register)
  writeHeader(tei, letters, ids, sources, options, lookup)
  const info = tree ? readTree(tree) : noTree
  const body = element(element(tei, 'text'), 'body')
  // Letters and the text between them, in the order of the input.
  const items: Array<{offset: number; letter?: number; outside?: TreeInfo['outside'][number]}> = [
    ...letters.map((letter, index) => ({offset: letter.position.start.offset, letter: index})),
    ...info.outside.map((outside) => ({offset: outside.offset, outside}))
  ].sort((a, b) => a.offset - b.offset)
  let run: TreeInfo['outside'] = []
  let divisions = letters.length
  const flush = () => {
    if (run.length > 0 && writeOutside(body, run)) divisions++
    run = []
  }
  for (const item of items) {
    if (item.outside) {
      run.push(item.outside)
      continue
    }
    flush()
    const letter = letters[item.letter!]!
    new LetterWriter(letter, info, lookup).write(body, ids[item.letter!]!, letter.source ? sources.get(letter.source.text)!.id : null)
  }
  flush()
  // A body needs a division or a paragraph: a transcript without letters or text has none.
  if (divisions === 0) element(element(body, 'div', {type: 'editorial'}), 'p')
}

/** Letters (or a parse with its tree) as one TEI P5 document. Never throws on any text. */
export function toTei(input: TeiInput, options: TeiOptions = {}): string {
  const letters = Array.isArray(input) ? (input as readonly Letter[]) : (input as Exclude<TeiInput, readonly Letter[]>).letters
  const tree = options.tree ?? (Array.isArray(input) ? null : ((input as Exclude<TeiInput, readonly Letter[]>).tree ?? null))
  const tei = teiDocument('TEI', {}, options.depth ?? 0)
  writeTei(tei, letters, tree, options)
  return serialize(tei, {declaration: options.declaration ?? true})
}

/**
 * A `<teiCorpus>` without its documents: the text before them and after, for several inputs in
 * one output (each document then written with `declaration: false`, `depth: 1` and its own `idPrefix`).
 */
export function teiCorpusFrame(options: {title?: string | undefined} = {}): {open: string; close: string} {
  const corpus = teiDocument('teiCorpus')
  const fileDesc = element(element(corpus, 'teiHeader'), 'fileDesc')
  element(element(fileDesc, 'titleStmt'), 'title', {}, options.title ?? 'Letters')
  element(element(fileDesc, 'publicationStmt'), 'p', {}, `Unpublished: read by epistola ${version} from the transcripts of each document.`)
  element(element(fileDesc, 'sourceDesc'), 'p', {}, 'The transcripts named in the header of each document.')
  markEntries(corpus)
  return splitFrame(serialize(corpus, {declaration: true}))
}
