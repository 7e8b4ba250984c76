/** Where a rule reports: a phrase inside a node, a letter's heading, a point as `line:column`. */
import type {Position} from 'unist'
import type {CompiledLetter} from '../compile/to-letters.js'
import {nodeText, spanPosition} from '../tree/to-string.js'
import type * as T from '../tree/types.js'

/** The input position of characters `[start, end)` of a node's text (breaks read as one space), else the node's. */
export function phrasePlace(node: T.Nodes, start: number, end: number): Position | undefined {
  return spanPosition(nodeText(node, {breaks: ' '}), start, end) ?? node.position
}

/** The node that names a letter best: its heading, else its document number, else the letter itself. */
export function letterPlace({node}: CompiledLetter): Position | undefined {
  const named = node.children.find((child) => child.type === 'heading') ?? node.children.find((child) => child.type === 'letterNumber')
  return named?.position ?? node.position
}

/** `17:1` */
export function pointText(position: Position | null | undefined): string {
  return position ? `${position.start.line}:${position.start.column}` : 'an unknown place'
}

/** A short quotation of a longer text, for a reason. */
export function quote(text: string, max = 60): string {
  const flat = text.replace(/\s+/gu, ' ').trim()
  return flat.length > max ? flat.slice(0, max - 1) + '…' : flat
}
