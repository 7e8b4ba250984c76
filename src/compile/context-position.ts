import type {Position as UnistPosition} from 'unist'
import type {Position} from '../schema/position.js'

/** A node's position as the schema types it (every parsed node has offsets). */
export function positionOf(node: {position?: UnistPosition | undefined} | undefined): Position | null {
  if (!node?.position) return null
  const {start, end} = node.position
  return {start: {line: start.line, column: start.column, offset: start.offset ?? 0}, end: {line: end.line, column: end.column, offset: end.offset ?? 0}}
}
