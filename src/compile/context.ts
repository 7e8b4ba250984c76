/** What every field compiler gets: the letter, its children by type, and the page around it. */
import type {Position as UnistPosition} from 'unist'
import type {Position} from '../schema/position.js'
import type * as T from '../tree/types.js'

export interface LetterContext {
  letter: T.Letter
  index: number
  byType: <K extends T.LetterContent['type']>(type: K) => Array<Extract<T.LetterContent, {type: K}>>
  first: <K extends T.LetterContent['type']>(type: K) => Extract<T.LetterContent, {type: K}> | undefined
  /** The page-level nodes that stand before this letter (page `Source:`, front matter). */
  page: T.RootContent[]
  inferences: Array<{field: string; reason: string}>
}

export function createContext(letter: T.Letter, index: number, page: T.RootContent[]): LetterContext {
  const byType = <K extends T.LetterContent['type']>(type: K) => letter.children.filter((child): child is Extract<T.LetterContent, {type: K}> => child.type === type)
  return {
    letter,
    index,
    byType,
    first: (type) => byType(type)[0],
    page,
    inferences: []
  }
}

/** A node's position as the schema types it (every parsed node has offsets). */
export function positionOf(node: {position?: UnistPosition | undefined} | undefined): Position | null {
  if (!node?.position) return null
  const {start, end} = node.position
  return {start: {line: start.line, column: start.column, offset: start.offset ?? 0}, end: {line: end.line, column: end.column, offset: end.offset ?? 0}}
}
