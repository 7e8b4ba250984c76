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

/** A child element of `parent`, with its attributes and, when given, its text. */
export function element(parent: XmlElement, name: string, attributes: Attributes = {}, text?: string | null): XmlElement {
  const child = parent.ele(name, defined(attributes))
  if (text) child.txt(text)
  return child
}

/** A new document whose root is a TEI-namespaced element (`TEI`, `teiCorpus`). */
export function teiDocument(root: string, attributes: Attributes = {}): XmlElement {
  return create({version: '1.0', encoding: 'UTF-8', invalidCharReplacement: replacement}).ele(teiNamespace, root, defined(attributes))
}

/**
 * A fragment for elements serialized on their own to go inside a TEI document (CMIF entries):
 * no namespace of its own, so that it takes the document's.
 */
export function teiFragment(): XmlElement {
  return fragment({invalidCharReplacement: replacement})
}

interface DomNode {
  nodeType: number
  childNodes: ArrayLike<DomNode>
  ownerDocument: {createTextNode(data: string): DomNode} | null
  insertBefore(node: DomNode, child: DomNode | null): DomNode
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

function indent(node: DomNode & {nodeName?: string}, depth: number, document: {createTextNode(data: string): DomNode}): void {
  const children = Array.from(node.childNodes)
  if (children.length === 0 || !containers.has(node.nodeName ?? '')) return
  for (const child of children) {
    node.insertBefore(document.createTextNode('\n' + '  '.repeat(depth + 1)), child)
    if (child.nodeType === elementNode) indent(child, depth + 1, document)
  }
  node.appendChild(document.createTextNode('\n' + '  '.repeat(depth)))
}

/**
 * Serialize `root` (an element of a document or fragment), indented where that is safe.
 * `declaration`: start with the XML declaration (a whole document). `depth`: indentation of
 * the root element itself, for an element that goes inside another document.
 */
export function serialize(root: XmlElement, options: {declaration: boolean; depth?: number}): string {
  const node = root.node as unknown as DomNode
  const depth = options.depth ?? 0
  indent(node, depth, node.ownerDocument!)
  const xml = root.toString({prettyPrint: false})
  return (options.declaration ? '<?xml version="1.0" encoding="UTF-8"?>\n' : '') + xml
}

/** The comment that marks where a frame's entries go (see `splitFrame`). */
const entriesMark = 'epistola:entries'

/** Mark where the entries of a frame go, inside `parent`. */
export function markEntries(parent: XmlElement): void {
  parent.com(entriesMark)
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
