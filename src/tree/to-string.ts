/**
 * Text of a node: its text children joined (breaks as line feeds), footnote and page
 * markers left out, with a way back from each character to its place in the input.
 *
 * These run for every node of every letter, so they walk the tree with plain loops (no closure
 * per call, no temporary arrays) and take the common node of one text child without a copy.
 */
import {isSpace} from '../extract/chars.js'
import type {Point} from 'unist'
import type {Position} from '../schema/position.js'
import type {Nodes} from './types.js'

export interface NodeText {
  value: string
  /** Runs of `value` that come from one text node, with that node's start point. */
  runs: Array<{at: number; length: number; start: Point}>
}

/** Append the text under `node` to `out.value`, and a run per positioned text node to `out.runs` when kept. */
function collect(node: Nodes, breakValue: string, out: {value: string; runs: NodeText['runs'] | null}): void {
  const children = (node as {children?: Nodes[]}).children
  if (children === undefined) return
  for (let i = 0; i < children.length; i++) {
    const child = children[i]!
    switch (child.type) {
      case 'text':
        if (out.runs !== null && child.position) out.runs.push({at: out.value.length, length: child.value.length, start: child.position.start})
        out.value += child.value
        break
      case 'break':
        out.value += breakValue
        break
      case 'footnoteReference':
      case 'pageMarker':
        // Markers are not text.
        break
      default:
        collect(child, breakValue, out)
    }
  }
}

/** The single text child of a line node (the usual case), else `undefined`. */
function onlyText(node: Nodes): Extract<Nodes, {type: 'text'}> | undefined {
  const children = (node as {children?: Nodes[]}).children
  if (children === undefined || children.length !== 1) return undefined
  const child = children[0]!
  return child.type === 'text' ? child : undefined
}

export function nodeText(node: Nodes, options: {breaks?: string} = {}): NodeText {
  if (node.type === 'text') return {value: node.value, runs: node.position ? [{at: 0, length: node.value.length, start: node.position.start}] : []}
  if (node.type === 'break') return {value: options.breaks ?? '\n', runs: []}
  const single = onlyText(node)
  if (single) return {value: single.value, runs: single.position ? [{at: 0, length: single.value.length, start: single.position.start}] : []}
  const out = {value: '', runs: [] as NodeText['runs']}
  collect(node, options.breaks ?? '\n', out)
  return out
}

/** The joined text of a node, without runs: what `nodeText(node, options).value` is. */
export function plainText(node: Nodes, breaks = '\n'): string {
  if (node.type === 'text') return node.value
  if (node.type === 'break') return breaks
  const single = onlyText(node)
  if (single) return single.value
  const out = {value: '', runs: null}
  collect(node, breaks, out)
  return out.value
}

/**
 * `plainText(node)` (breaks as line feeds) as a slice of `input`, the text the tree was built
 * from, when the node prints just that: text children end to end, each break one line feed.
 * `null` otherwise (markers, indented or `\r\n` lines), or when positions are missing.
 * A slice shares the input's characters: no joined copy of a paragraph over many lines.
 */
export function inputText(node: Nodes, input: string): string | null {
  const children = (node as {children?: Nodes[]}).children
  if (children === undefined || children.length === 0) return null
  const first = children[0]!.position?.start.offset
  if (first === undefined) return null
  let at = first
  for (let i = 0; i < children.length; i++) {
    const child = children[i]!
    const start = child.position?.start.offset
    const end = child.position?.end.offset
    if (start !== at || end === undefined) return null
    if (child.type === 'text') {
      // A value changed after the tree was built (a note's `↩` taken off) no longer fits its place.
      if (child.value.length !== end - start) return null
    } else if (child.type !== 'break' || end !== start + 1 || input.charCodeAt(start) !== 10) return null
    at = end
  }
  return input.slice(first, at)
}

/** The node's text, markers removed, runs of spaces left by them collapsed. */
export function toString(node: Nodes, options: {breaks?: string} = {}): string {
  return tidy(plainText(node, options.breaks))
}

/** Two spaces or tabs in a row, or a space before or after a line feed: what `tidy` replaces. */
const untidy = /[ \t][ \t]| \n|\n /u

/** Whether `tidy` would change `value`: one scan of a native pattern, no allocation. */
function needsTidy(value: string): boolean {
  const length = value.length
  if (length === 0) return false
  return isSpace(value.charCodeAt(0)) || isSpace(value.charCodeAt(length - 1)) || untidy.test(value)
}

/** Collapse the double spaces a removed marker leaves (`He [Page 115] seemed`), trim the ends. */
export function tidy(value: string): string {
  // Most node texts are clean already: check in one pass before three replacements.
  if (!needsTidy(value)) return value
  return value.replace(/[ \t]{2,}/gu, ' ').replace(/(?<! ) +\n/gu, '\n').replace(/\n +/gu, '\n').trim()
}

function pointAt(text: NodeText, index: number, edge: 'start' | 'end'): Position['start'] | null {
  for (const run of text.runs) {
    const inside = edge === 'start' ? index >= run.at && index < run.at + run.length : index > run.at && index <= run.at + run.length
    if (inside) {
      const delta = index - run.at
      return {line: run.start.line, column: run.start.column + delta, offset: (run.start.offset ?? 0) + delta}
    }
  }
  return null
}

/** The input position of characters `[start, end)` of a node's text; `null` when not in the input. */
export function spanPosition(text: NodeText, start: number, end: number): Position | null {
  const from = pointAt(text, start, 'start')
  const to = pointAt(text, end, 'end')
  return from && to ? {start: from, end: to} : null
}
