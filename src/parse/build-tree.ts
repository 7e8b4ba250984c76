/**
 * Tree: turn the segmentation plan into a unist tree with a `position` on every node.
 */
import {findFootnoteMarkers, findPageMarkers, type FootnoteLine, type Marker} from '../extract/footnote.js'
import type * as T from '../tree/types.js'
import {partsOf, type Segment} from './classify.js'
import type {Locator} from './lines.js'
import {keepReadings} from './readings.js'
import type {Item, LetterPlan, PlanEntry, Role} from './segment/index.js'

/** Roles whose consecutive lines in one block make one node. */
const merging = new Set<Role>(['paragraph', 'closing', 'insideAddress', 'signatureTitle', 'dateline', 'unplaced', 'editorialNote', 'letterhead', 'postscript', 'source', 'heading', 'addressLine'])

/** Roles whose text may carry footnote markers. */
const marked = new Set<Role>(['heading', 'paragraph', 'postscript', 'signature', 'postscriptSignature', 'dateline', 'closing', 'salutation', 'addressLine', 'actionLine', 'signatureTitle'])

/** The note a footnote item opens: read by its form, or by the segmenter from running text. */
function noteOf(item: Item): FootnoteLine | undefined {
  return item.note ?? partsOf(item.segment, 'footnote')
}

export interface TreeContext {
  text: string
  locator: Locator
}

function phrasing(context: TreeContext, segment: Segment, role: Role, from = segment.start): T.PhrasingContent[] {
  const {text, locator} = context
  const value = text.slice(from, segment.end)
  const markers: Marker[] = []
  if (marked.has(role)) {
    const pages = findPageMarkers(value)
    for (const marker of pages) markers.push(marker)
    // Keep footnote markers that overlap no page marker and no marker kept before. Both lists
    // are sorted by start, so one pass does it (a `some` per marker was quadratic).
    let page = 0
    let keptEnd = -1
    for (const marker of findFootnoteMarkers(value, {trailing: role === 'heading'})) {
      while (page < pages.length && pages[page]!.end <= marker.start) page++
      if (keptEnd > marker.start || (page < pages.length && pages[page]!.start < marker.end)) continue
      markers.push(marker)
      keptEnd = Math.max(keptEnd, marker.end)
    }
    markers.sort((a, b) => a.start - b.start)
  }
  const children: T.PhrasingContent[] = []
  let at = 0
  const line = segment.line
  const pushText = (end: number) => {
    if (end > at) children.push({type: 'text', value: value.slice(at, end), position: locator.positionOn(line, from + at, line, from + end)})
  }
  for (const marker of markers) {
    pushText(marker.start)
    const position = locator.positionOn(line, from + marker.start, line, from + marker.end)
    if (marker.kind === 'page') children.push({type: 'pageMarker', value: marker.value ?? marker.label, position})
    else children.push({type: 'footnoteReference', identifier: marker.label.toLowerCase(), label: marker.label, position})
    at = marker.end
  }
  pushText(value.length)
  return children
}

function lines(context: TreeContext, items: readonly Item[], role: Role): T.PhrasingContent[] {
  const children: T.PhrasingContent[] = []
  items.forEach((item, index) => {
    if (index > 0) {
      const previous = items[index - 1]!.segment
      if (previous.line === item.segment.line) {
        // Two pieces of one run-on line: what stands between them is text, not a line break.
        const between = context.text.slice(previous.end, item.segment.start)
        if (between) children.push({type: 'text', value: between, position: context.locator.positionOn(previous.line, previous.end, item.segment.line, item.segment.start)})
      } else children.push({type: 'break', position: context.locator.positionOn(previous.line, previous.end, item.segment.line, item.segment.start)})
    }
    // A loop, not a spread: a line can hold more markers than a call takes arguments.
    for (const node of phrasing(context, item.segment, role)) children.push(node)
  })
  return children
}

function span(context: TreeContext, items: readonly Item[]) {
  const first = items[0]!.segment
  const last = items.at(-1)!.segment
  return context.locator.positionOn(first.line, first.start, last.line, last.end)
}

function withData<N extends T.Nodes>(node: N, items: readonly Item[]): N {
  node.data = {reason: items[0]!.reason}
  // What classification read from the node's first line, for the compiler (not in the tree).
  keepReadings(node, items[0]!.segment.readings)
  return node
}

function lineNode(context: TreeContext, role: Role, items: readonly Item[]): T.LetterContent {
  const position = span(context, items)
  const first = items[0]!
  switch (role) {
    case 'letterNumber':
      return withData({type: 'letterNumber', number: partsOf(first.segment, 'letterNumber')!.number, children: lines(context, items, role), position}, items)
    case 'serial':
      return withData({type: 'serial', value: partsOf(first.segment, 'serial')!.value, children: lines(context, items, role), position}, items)
    case 'actionLine':
      return withData({type: 'actionLine', action: partsOf(first.segment, 'actionLine')!.action, children: lines(context, items, role), position}, items)
    case 'metadata':
      return withData({type: 'metadata', key: partsOf(first.segment, 'metadata')?.key ?? '', children: lines(context, items, role), position}, items)
    case 'source':
      return withData({type: 'source', scope: first.scope ?? 'letter', children: lines(context, items, role), position}, items)
    case 'footnoteDefinition': {
      const segment = first.segment
      const note = noteOf(first)
      const start = note ? segment.start + note.textStart : segment.start
      const paragraph: T.Paragraph = {
        type: 'paragraph',
        children: items.flatMap((item, index) => {
          const from = index === 0 ? start : item.segment.start
          const nodes = phrasing(context, item.segment, 'unplaced', from)
          if (index === 0 && note && note.textEnd < segment.end - segment.start) {
            // Leave the `↩` back-link out of the note text.
            const lastText = nodes.at(-1)
            if (lastText && lastText.type === 'text') lastText.value = lastText.value.replace(/(?<!\s)\s*↩$/u, '')
          }
          const previous = index > 0 ? items[index - 1]!.segment : null
          return previous ? [{type: 'break', position: context.locator.positionOn(previous.line, previous.end, item.segment.line, item.segment.start)} as T.Break, ...nodes] : nodes
        }),
        position: context.locator.positionOn(segment.line, start, items.at(-1)!.segment.line, items.at(-1)!.segment.end)
      }
      const label = note?.label ?? ''
      return withData({type: 'footnoteDefinition', identifier: label.toLowerCase(), label, children: [paragraph], position}, items)
    }
    case 'thematicBreak':
      return withData({type: 'thematicBreak', position}, items)
    case 'pageMarker': {
      const match = /(?<![0-9ivxlcdm])([0-9ivxlcdm]+)\s*\]$/iu.exec(first.segment.text)
      return withData({type: 'pageMarker', value: match ? match[1]! : first.segment.text, position}, items)
    }
    case 'letterhead':
    case 'byline':
    case 'addressLine':
    case 'classification':
    case 'label':
    case 'heading':
    case 'dateline':
    case 'salutation':
    case 'paragraph':
    case 'closing':
    case 'signature':
    case 'signatureTitle':
    case 'insideAddress':
    case 'editorialNote':
    case 'furniture':
    case 'unplaced':
      return withData({type: role, children: lines(context, items, role), position} as T.LetterContent, items)
    default:
      return withData({type: 'unplaced', children: lines(context, items, 'unplaced'), position}, items)
  }
}

/** Group items: same role, same block, mergeable role → one node. */
function groups(items: readonly Item[]): Item[][] {
  const out: Item[][] = []
  for (const item of items) {
    const group = out.at(-1)
    const previous = group?.at(-1)
    const continuesNote =
      (item.role === 'footnoteDefinition' && previous?.role === 'footnoteDefinition' && !noteOf(item)) ||
      (item.role === 'metadata' && previous?.role === 'metadata' && item.segment.kind !== 'metadata') ||
      (item.role === 'actionLine' && previous?.role === 'actionLine' && item.segment.kind === 'headingContinuation')
    const sameRun =
      group &&
      previous &&
      (merging.has(item.role) || continuesNote) &&
      (previous.role === item.role || (item.role === 'postscript' && previous.role === 'postscript')) &&
      previous.segment.block === item.segment.block &&
      previous.segment.index + 1 === item.segment.index
    if (sameRun) group.push(item)
    else out.push([item])
  }
  return out
}

function letterNode(context: TreeContext, plan: LetterPlan): T.Letter {
  const children: T.LetterContent[] = []
  let postscript: T.Postscript | null = null
  for (const group of groups(plan.items)) {
    const role = group[0]!.role
    if (role === 'postscript' || role === 'postscriptSignature') {
      const node =
        role === 'postscript'
          ? withData({type: 'paragraph', children: lines(context, group, 'postscript'), position: span(context, group)} as T.Paragraph, group)
          : withData({type: 'signature', children: lines(context, group, 'signature'), position: span(context, group)} as T.Signature, group)
      if (!postscript) {
        postscript = {type: 'postscript', children: [], position: node.position!, data: {reason: group[0]!.reason}}
        children.push(postscript)
      }
      postscript.children.push(node)
      postscript.position = {start: postscript.position!.start, end: node.position!.end}
      continue
    }
    children.push(lineNode(context, role, group))
  }
  const first = children[0]!
  // A postscript grows after it is placed: the letter ends where its furthest child ends.
  let end = first.position!.end
  // The locator sets every offset.
  for (const child of children) if (child.position!.end.offset! > end.offset!) end = child.position!.end
  return {type: 'letter', children, position: {start: first.position!.start, end}}
}

/** Build the tree from the plan. */
export function buildTree(context: TreeContext, plan: readonly PlanEntry[]): T.Root {
  const root: T.Root = {type: 'root', children: [], position: context.locator.position(0, context.text.length)}
  const loose: Item[] = []
  const flush = () => {
    for (const group of groups(loose)) root.children.push(lineNode(context, group[0]!.role, group) as T.RootContent)
    loose.length = 0
  }
  for (const entry of plan) {
    if (entry.type === 'item') loose.push(entry.item)
    else if (entry.letter.items.length > 0) {
      flush()
      root.children.push(letterNode(context, entry.letter))
    }
  }
  flush()
  return root
}
