/**
 * `toLetters`: the compiler. Tree in, `Letter[]` out: every value with its position.
 */
import {documentKinds, ownWorksWords} from '../lexicon/documents.js'
import {pattern} from '../lexicon/pattern.js'
import {confidenceOf} from './confidence.js'
import type {VFile} from 'vfile'
import {parseAddressLine} from '../extract/heading.js'
import {readOrParse} from '../parse/readings.js'
import {checkDateOrder, DateEvidence, type DateOrder, type TextPart} from '../extract/date/evidence.js'
import {parsePerson} from '../extract/person.js'
import type {Letter, Serial} from '../schema/letter.js'
import type {Paragraph} from '../schema/note.js'
import {inputText, nodeText, plainText, spanPosition, tidy, toString} from '../tree/to-string.js'
import type * as T from '../tree/types.js'
import {createContext, positionOf, type LetterContext} from './context.js'
import {compileDates, type DateProblem} from './dates.js'
import {compileNotes} from './notes.js'
import {createPage, notePageNode} from './page.js'
import {compileParties, salutationText, signatureName} from './persons.js'
import {compileSource} from './source.js'

/** A number line that names the document: `_Letter 43._`, `LETTER 12` (not `No. 29`). */
const namesDocument = pattern('iu')`^[_*\s]*${documentKinds}\s+(?:\d|[IVXLCDM]+\b)`

/** A title of a writer's own works: `Works`, `Collected Writings`. */
const ownWorks = pattern('u')`\b${ownWorksWords}\b`

export interface CompiledLetter {
  letter: Letter
  node: T.Letter
  dateProblems: DateProblem[]
}

/** The labels of the footnote markers under `node`, in order, appended to `found`. */
function labelsInto(node: T.Nodes, found: string[]): string[] {
  if (node.type === 'footnoteReference') found.push(node.label)
  else if ('children' in node) for (const child of node.children as T.Nodes[]) labelsInto(child, found)
  return found
}

function labels(node: T.Nodes): string[] {
  return labelsInto(node, [])
}

/** The node as printed: from the input when it is at hand, else rebuilt from the tree. */
function raw(node: T.Nodes, source: string | null): string {
  if (source !== null && node.position?.start.offset !== undefined && node.position.end.offset !== undefined) {
    return source.slice(node.position.start.offset, node.position.end.offset)
  }
  return printed(node)
}

/** The node as printed, rebuilt from the tree: markers put back. */
function printed(node: T.Nodes): string {
  if (node.type === 'text') return node.value
  if (node.type === 'break') return '\n'
  if (node.type === 'footnoteReference') return node.label
  if (node.type === 'pageMarker') return `[Page ${node.value}]`
  let value = ''
  if ('children' in node) for (const child of node.children as T.Nodes[]) value += printed(child)
  return value
}

/** A paragraph's text, breaks as line feeds: sliced from the input where it prints just that. */
function paragraphText(node: T.Paragraph, input: string | null): string {
  return (input !== null && node.children.length > 1 ? inputText(node, input) : null) ?? plainText(node)
}

function paragraph(node: T.Paragraph, text: string): Paragraph {
  return {text: tidy(text), notes: labels(node), position: positionOf(node)}
}

function compileLetter(context: LetterContext, input: string | null): CompiledLetter {
  const {letter} = context
  const headingNode = context.first('heading')
  // The first paragraph is read for a run-in salutation (`Sir: Your despatches …`) and as the body's first.
  const firstParagraph = context.first('paragraph')
  const firstText = firstParagraph ? paragraphText(firstParagraph, input) : null
  const salutation = salutationText(context, firstText)
  const signatureNode = context.first('signature')
  const signatureRaw = signatureNode ? toString(signatureNode, {breaks: ' '}) : null
  const signature = signatureRaw === null ? null : {raw: signatureRaw, name: signatureName(signatureRaw)}
  const parties = compileParties(context, {salutation, signature})
  const headingText = headingNode ? context.spaced(headingNode) : null
  const dates = compileDates(context, parties.heading?.date ?? null, headingText)

  const numberNode = context.first('letterNumber')
  let heading: Letter['heading'] = null
  if (headingNode && headingText) {
    heading = {text: tidy(headingText.value), raw: raw(headingNode, input), notes: labels(headingNode), position: positionOf(headingNode)}
  } else if (numberNode && namesDocument.test(nodeText(numberNode).value)) {
    // `_Letter 43._` and no other heading: the line names the document, so it is the heading (`number` is `43`).
    heading = {text: tidy(nodeText(numberNode).value), raw: raw(numberNode, input), notes: labels(numberNode), position: positionOf(numberNode)}
  } else {
    const title = context.byType('metadata').find((node) => node.key === 'title')
    if (title) {
      const text = nodeText(title)
      const start = (/^[^:]*:\s*/u.exec(text.value)?.[0].length ?? 0)
      heading = {text: tidy(text.value.slice(start)), raw: raw(title, input), notes: labels(title), position: spanPosition(text, start, text.value.length)}
    }
  }

  const number = numberNode ? numberNode.number : (parties.heading?.number ?? null)

  const markings = context.byType('classification').map((node) => toString(node, {breaks: ' '}).replace(/\.$/u, ''))
  const headingMarking = parties.heading?.classification?.text ?? null
  const serials: Serial[] = context.byType('serial').map((node) => {
    const text = toString(node)
    return {value: node.value, raw: text, kind: text.endsWith(']') ? 'despatch' : 'telegram', position: positionOf(node)}
  })
  let addressMarking: string | null = null
  for (const node of context.byType('addressLine')) {
    const text = context.spaced(node)
    const address = readOrParse(node, 'address', text.value, parseAddressLine)
    if (!address) continue
    if (address.serial) serials.push({value: address.serial.text, raw: text.value.trim(), kind: 'telegram', position: spanPosition(text, address.serial.start, address.serial.end)})
    if (address.classification) addressMarking ??= address.classification.text
  }
  const classification = headingMarking ?? (markings.length > 0 ? markings.join('; ') : addressMarking)
  const classificationNode = headingMarking ? headingNode : (context.first('classification') ?? (addressMarking ? context.first('addressLine') : undefined))

  const closings = context.byType('closing')
  const titles = context.byType('signatureTitle').map((node) => toString(node, {breaks: ' '}))

  const body = context.byType('paragraph').map((node, i) => paragraph(node, i === 0 && firstText !== null ? firstText : paragraphText(node, input)))
  const postscriptNode = context.first('postscript')
  const postscript = postscriptNode
    ? postscriptNode.children.filter((c): c is T.Paragraph => c.type === 'paragraph').map((node) => paragraph(node, paragraphText(node, input)))
    : []

  const source = compileSource(context, parties.heading?.citation ?? null, headingNode)
  let from = parties.from
  if (from.length === 0 && source?.author && ownWorks.test(source.title ?? '')) {
    // `Source: Stalin: Works, Vol. 17`: the author of a writer's own works wrote the letter.
    const author = parsePerson(source.author)
    if (author && author.kind === 'person') {
      from = [{...author, inferred: true, position: source.position}]
      context.inferences.push({field: 'from', reason: `the letter names no sender; the source is ${source.author}’s \`${source.title}\``})
    }
  }

  const result: Letter = {
    id: `letter-${context.index + 1}`,
    number,
    classification,
    labels: context.byType('label').map((node) => toString(node)),
    heading,
    from,
    to: parties.to,
    date: dates.date,
    received: dates.received,
    place: dates.place,
    salutation: salutation?.value ?? null,
    body,
    closing: closings.length > 0 ? closings.map((node) => toString(node, {breaks: ' '})).join(' ') : null,
    signature: signature ? {raw: signature.raw, name: signature.name, titles, position: positionOf(signatureNode)} : null,
    postscript,
    notes: compileNotes(context),
    source,
    serials,
    inferences: context.inferences,
    confidence: {letter: 1, boundary: 1, fields: {heading: 1, from: 1, to: 1, date: 1, place: 1, signature: 1, body: 1}, reasons: []},
    positions: {
      number: positionOf(numberNode ?? (parties.heading?.number ? headingNode : undefined)),
      classification:
        headingMarking && headingText && parties.heading?.classification
          ? spanPosition(headingText, headingText.value.length - headingText.value.trimStart().length + parties.heading.classification.start, headingText.value.length - headingText.value.trimStart().length + parties.heading.classification.end)
          : positionOf(classificationNode),
      place: dates.placePosition,
      salutation: salutation?.position ?? null,
      closing: closings.length > 0 ? {start: positionOf(closings[0])!.start, end: positionOf(closings.at(-1))!.end} : null
    },
    position: positionOf(letter)!
  }
  result.confidence = confidenceOf(letter, result)
  return {letter: result, node: letter, dateProblems: dates.problems}
}

/** Compile every letter of a tree, with what the rules need to report on them. */
export interface CompileOptions {
  /** Page-level nodes that stand before this tree (a page `Source:`), for streaming. */
  page?: T.RootContent[] | undefined
  /** Number the letters from here (`letter-N` ids), for streaming. */
  firstIndex?: number | undefined
  /** The order of numeric dates such as `5/1/1850` (default: as the transcript's other dates show). */
  dateOrder?: DateOrder | undefined
  /** The transcript's dates as read so far, for streaming (default: read from this tree). */
  dates?: DateEvidence | undefined
}

export function compileTree(tree: T.Root, file?: VFile, options: CompileOptions = {}): CompiledLetter[] {
  const input = file && typeof file.value === 'string' && tree.position?.start.offset === 0 ? file.value : null
  const compiled: CompiledLetter[] = []
  const notes = new LooseNotes()
  let page = createPage()
  for (const node of options.page ?? []) page = notePageNode(page, node)
  const firstIndex = options.firstIndex ?? 0
  const dates = options.dates ?? new DateEvidence(options.dateOrder, () => (input === null ? blockTexts(tree) : [{text: input, line: 1, offset: 0}]))
  for (const child of tree.children) {
    if (child.type !== 'letter') {
      page = notePageNode(page, child)
      continue
    }
    const entry = compileLetter(createContext(child, firstIndex + compiled.length, page, dates), input)
    notes.note(entry.letter, compiled.length)
    compiled.push(entry)
  }
  notes.resolve(compiled)
  return compiled
}

/** The text of each block of a tree without its input at hand (read from JSON, a part of a stream), where it stands. */
function blockTexts(tree: T.Root): TextPart[] {
  const parts: TextPart[] = []
  const add = (node: T.Nodes) => parts.push({text: toString(node, {breaks: '\n'}), line: node.position?.start.line ?? 1, offset: node.position?.start.offset ?? 0})
  for (const child of tree.children) {
    if (child.type === 'letter') for (const grandchild of child.children) add(grandchild)
    else add(child)
  }
  return parts
}

type LetterNote = Letter['notes'][number]

/**
 * Notes printed together at the foot of a page stand in the last letter: give each marker still
 * without a note the first note of its label printed in a later letter, and take that note out there.
 * The notes are looked at as each letter is compiled, so that only letters concerned are visited again.
 */
class LooseNotes {
  /** Notes printed without a marker, by label, in document order. */
  private readonly loose = new Map<string, Array<{index: number; note: LetterNote}>>()
  /** Letters with a marker still without its note, in order. */
  private readonly open: number[] = []

  note(letter: Letter, index: number): void {
    let open = false
    for (const note of letter.notes) {
      if (note.in !== 'none') {
        if (!note.resolved) open = true
        continue
      }
      const list = this.loose.get(note.label)
      if (list) list.push({index, note})
      else this.loose.set(note.label, [{index, note}])
    }
    if (open) this.open.push(index)
  }

  resolve(compiled: CompiledLetter[]): void {
    if (this.loose.size === 0) return
    const taken = new Set<LetterNote>()
    const from = new Set<number>()
    for (const index of this.open) {
      for (const note of compiled[index]!.letter.notes) {
        if (note.resolved || note.in === 'none') continue
        const list = this.loose.get(note.label)
        // Only notes printed after the marker's letter; the queue is in document order.
        while (list && list.length > 0 && list[0]!.index <= index) list.shift()
        const found = list?.shift()
        if (!found) continue
        note.text = found.note.text
        note.resolved = true
        taken.add(found.note)
        from.add(found.index)
      }
    }
    for (const index of from) {
      const letter = compiled[index]!.letter
      letter.notes = letter.notes.filter((n) => !taken.has(n))
    }
  }
}

/** Compile a tree into letters. */
export function toLetters(tree: T.Root, file?: VFile, options: {dateOrder?: DateOrder | undefined} = {}): Letter[] {
  checkDateOrder(options.dateOrder)
  return compileTree(tree, file, {dateOrder: options.dateOrder}).map((entry) => entry.letter)
}
