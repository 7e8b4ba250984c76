/**
 * What the syntax tree tells the TEI writer that a `Letter` does not: where in a line each
 * footnote marker and page marker stands, the lines of a letter that no field holds (a
 * letterhead, an inside address, an editor's note, a page break between paragraphs), and the
 * text outside any letter. Letters read from JSON have no tree: their notes go at the end of
 * the paragraph that has their marker, and nothing else is added.
 */
import {toString} from '../tree/to-string.js'
import type * as T from '../tree/types.js'
import {isSpace} from '../extract/chars.js'

/** A marker in a line: after `visible` characters of its text that are not white space. */
export interface Anchor {
  visible: number
  node: T.FootnoteReference | T.PageMarker
}

/** A node kept as it is, with where it starts in the input. */
export interface Placed<Node> {
  offset: number
  node: Node
}

/** Nodes of a letter that hold no field of a `Letter`. */
export type ExtraNode = T.Letterhead | T.Byline | T.InsideAddress | T.EditorialNote | T.Metadata | T.Furniture | T.Unplaced | T.AddressLine | T.ThematicBreak | T.PageMarker

export interface TreeInfo {
  /** The markers in each line node, by the node's start offset. */
  anchors: Map<number, Anchor[]>
  /** Nodes of each letter that no field holds, by the letter's start offset, in order. */
  extras: Map<number, Array<Placed<ExtraNode>>>
  /** The root's nodes that are not letters, in order. */
  outside: Array<Placed<Exclude<T.RootContent, T.Letter>>>
}

/** `TreeInfo` with nothing in it: for letters without their tree. */
export const noTree: TreeInfo = {anchors: new Map(), extras: new Map(), outside: []}

const extraTypes = new Set<string>(['letterhead', 'byline', 'insideAddress', 'editorialNote', 'metadata', 'furniture', 'unplaced', 'addressLine', 'thematicBreak', 'pageMarker'])

function isExtra(node: T.LetterContent): node is ExtraNode {
  // A `Title:` line is the heading of letters that have no other.
  return extraTypes.has(node.type) && !(node.type === 'metadata' && node.key === 'title')
}

const offsetOf = (node: T.Nodes): number => node.position?.start.offset ?? -1

/** The markers under `node`, each after how many visible characters. */
function anchorsOf(node: T.Nodes, found: Anchor[], count: {visible: number}): Anchor[] {
  if (node.type === 'text') {
    for (let index = 0; index < node.value.length; index++) if (!isSpace(node.value.charCodeAt(index))) count.visible++
  } else if (node.type === 'footnoteReference' || node.type === 'pageMarker') {
    found.push({visible: count.visible, node})
  } else if ('children' in node) {
    for (const child of node.children as T.Nodes[]) anchorsOf(child, found, count)
  }
  return found
}

function noteAnchors(node: T.Nodes, anchors: TreeInfo['anchors']): void {
  if (!('children' in node)) return
  const found = anchorsOf(node, [], {visible: 0})
  if (found.length > 0) anchors.set(offsetOf(node), found)
}

/** Read what the TEI writer needs from the tree, in one walk over the letters' children. */
export function readTree(tree: T.Root): TreeInfo {
  const info: TreeInfo = {anchors: new Map(), extras: new Map(), outside: []}
  for (const child of tree.children) {
    if (child.type !== 'letter') {
      info.outside.push({offset: offsetOf(child), node: child})
      continue
    }
    const extras: Array<Placed<ExtraNode>> = []
    for (const node of child.children) {
      if (isExtra(node)) extras.push({offset: offsetOf(node), node})
      else if (node.type === 'postscript') for (const part of node.children) noteAnchors(part, info.anchors)
      else noteAnchors(node, info.anchors)
    }
    info.extras.set(offsetOf(child), extras)
  }
  return info
}

/** The text of a node kept as it is: its lines, markers left out. */
export function nodeLines(node: T.Nodes): string {
  return toString(node, {breaks: '\n'})
}
