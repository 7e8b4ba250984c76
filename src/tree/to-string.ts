/**
 * Text of a node: its text children joined (breaks as line feeds), footnote and page
 * markers left out, with a way back from each character to its place in the input.
 */
import type {Point} from 'unist'
import type {Position} from '../schema/position.js'
import type {Nodes} from './types.js'

export interface NodeText {
  value: string
  /** Runs of `value` that come from one text node, with that node's start point. */
  runs: Array<{at: number; length: number; start: Point}>
}

export function nodeText(node: Nodes, options: {breaks?: string} = {}): NodeText {
  const breakValue = options.breaks ?? '\n'
  let value = ''
  const runs: NodeText['runs'] = []
  const walk = (child: Nodes) => {
    if (child.type === 'text') {
      if (child.position) runs.push({at: value.length, length: child.value.length, start: child.position.start})
      value += child.value
    } else if (child.type === 'break') {
      value += breakValue
    } else if (child.type === 'footnoteReference' || child.type === 'pageMarker') {
      // Markers are not text.
    } else if ('children' in child) {
      for (const grandchild of child.children as Nodes[]) walk(grandchild)
    }
  }
  walk(node)
  return {value, runs}
}

/** The node's text, markers removed, runs of spaces left by them collapsed. */
export function toString(node: Nodes, options: {breaks?: string} = {}): string {
  return tidy(nodeText(node, options).value)
}

/** Collapse the double spaces a removed marker leaves (`He [Page 115] seemed`), trim the ends. */
export function tidy(value: string): string {
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
