/**
 * XML built with xmlbuilder2, a DOM serializer that escapes `&`, `<` and `>` (so `]]>` too) and
 * replaces what XML 1.0 cannot hold (C0 controls but tab and line feeds, lone surrogates,
 * U+FFFE/U+FFFF) with U+FFFD: any text gives well-formed XML. Shared by the TEI and CMIF writers.
 */
import {create, fragment} from 'xmlbuilder2'
import type {XMLBuilder} from 'xmlbuilder2/lib/interfaces.js'

export type XmlElement = XMLBuilder

export const teiNamespace = 'http://www.tei-c.org/ns/1.0'

/** What a character XML 1.0 cannot hold becomes. */
const replacement = '\uFFFD'

/** Attribute values: `undefined` and `null` leave the attribute out. */
export type Attributes = Record<string, string | null | undefined>

/** Keep the attributes that have a value; line breaks and tabs in a value become spaces (parsers would). */
function defined(attributes: Attributes): Record<string, string> {
  const result: Record<string, string> = {}
  for (const [name, value] of Object.entries(attributes)) {
    if (value !== null && value !== undefined) result[name] = value.replace(/[\t\n\r]/gu, ' ')
  }
  return result
}

interface DomNode {
  nodeType: number
  nodeName: string
  parentNode: DomNode | null
  firstChild: DomNode | null
  nextSibling: DomNode | null
  ownerDocument: object & {createTextNode(data: string): DomNode}
  appendChild(node: DomNode): DomNode
}

const elementNode = 1

/**
 * TEI elements that hold only elements, never text: white space between their children means
 * nothing, so they are indented. Every other element (`<p>`, `<head>`, `<dateline>`, `<note>`,
 * names) is written exactly as built, since a line break there would be text; xmlbuilder2's own
 * `prettyPrint` puts line breaks into such text.
 */
const containers = new Set(['TEI', 'teiCorpus', 'teiHeader', 'fileDesc', 'titleStmt', 'publicationStmt', 'availability', 'sourceDesc', 'listBibl', 'encodingDesc', 'appInfo', 'application', 'profileDesc', 'correspDesc', 'correspAction', 'text', 'body', 'div', 'opener', 'closer', 'postscript'])

/** How deep the root of each document or fragment stands in the output (a document inside another starts deeper). */
const baseDepth = new WeakMap<object, number>()

/** How deep `node` stands: its element ancestors, plus where its document starts. */
function depthOf(node: DomNode): number {
  let depth = 0
  for (let at = node.parentNode; at && at.nodeType === elementNode; at = at.parentNode) depth++
  return depth + (baseDepth.get(node.ownerDocument) ?? 0)
}

const newline = (depth: number) => '\n' + '  '.repeat(depth)

/**
 * Before a child of a container: a line break and the child's indentation. Written as the tree
 * is built (appending is cheap; inserting between children afterwards is linear in the
 * children, so quadratic over a `<body>` of thousands of letters).
 */
function indentChild(parent: XmlElement): void {
  const node = parent.node as unknown as DomNode
  if (containers.has(node.nodeName)) parent.txt(newline(depthOf(node) + 1))
}

/** A child element of `parent`, with its attributes and, when given, its text. */
export function element(parent: XmlElement, name: string, attributes: Attributes = {}, text?: string | null): XmlElement {
  indentChild(parent)
  const child = parent.ele(name, defined(attributes))
  if (text) child.txt(text)
  return child
}

/** A comment in `parent`. */
export function comment(parent: XmlElement, text: string): void {
  indentChild(parent)
  parent.com(text)
}

/** A new document whose root is a TEI-namespaced element (`TEI`, `teiCorpus`), its root `depth` deep in the output. */
export function teiDocument(root: string, attributes: Attributes = {}, depth = 0): XmlElement {
  const document = create({version: '1.0', encoding: 'UTF-8', invalidCharReplacement: replacement})
  baseDepth.set((document.node as unknown as DomNode).ownerDocument ?? document.node, depth)
  return document.ele(teiNamespace, root, defined(attributes))
}

/**
 * A fragment for elements serialized on their own to go inside a TEI document (CMIF entries),
 * `depth` deep in it: no namespace of its own, so that it takes the document's.
 */
export function teiFragment(depth = 0): XmlElement {
  const fragmentBuilder = fragment({invalidCharReplacement: replacement})
  baseDepth.set((fragmentBuilder.node as unknown as DomNode).ownerDocument, depth)
  return fragmentBuilder
}

/** The line break before the end tag of each container with children (one walk, appends only). */
function closeContainers(node: DomNode, depth: number): void {
  if (node.firstChild === null || !containers.has(node.nodeName)) return
  for (let child: DomNode | null = node.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === elementNode) closeContainers(child, depth + 1)
  }
  node.appendChild(node.ownerDocument.createTextNode(newline(depth)))
}

/** Serialize `root` (an element of a document or fragment); `declaration`: start with the XML declaration. */
export function serialize(root: XmlElement, options: {declaration: boolean}): string {
  const node = root.node as unknown as DomNode
  closeContainers(node, depthOf(node))
  const xml = root.toString({prettyPrint: false})
  return (options.declaration ? '<?xml version="1.0" encoding="UTF-8"?>\n' : '') + xml
}

/** The comment that marks where a frame's entries go (see `splitFrame`). */
const entriesMark = 'epistola:entries'

/** Mark where the entries of a frame go, inside `parent`. */
export function markEntries(parent: XmlElement): void {
  comment(parent, entriesMark)
}

/**
 * A document serialized around its entries: the text before and after the mark, so that
 * entries serialized one by one (from several files, or from worker threads) go in between.
 * The mark is a comment the serializer wrote itself; no text can forge it, since `<` in text
 * is always escaped.
 */
export function splitFrame(xml: string): {open: string; close: string} {
  const mark = `<!--${entriesMark}-->`
  const at = xml.indexOf(mark)
  const lineStart = xml.lastIndexOf('\n', at)
  return {open: xml.slice(0, lineStart), close: xml.slice(at + mark.length)}
}
