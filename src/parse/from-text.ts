/**
 * `fromText`: the parser. Text in, unist tree out; never throws on any string.
 *
 *     text ─► lines ─► classify (forms/) ─► layout ─► segment (segment/) ─► tree
 */
import type {Root} from '../tree/types.js'
import {buildTree} from './build-tree.js'
import {classify} from './classify.js'
import {emptyLayout, type Layout} from './layout/types.js'
import {Locator, splitLines} from './lines.js'
import {segmentLetters} from './segment/index.js'

export interface FromTextOptions {
  /**
   * Where `value` starts in a larger input (for streaming): positions are then true to the
   * whole input. Defaults to line 1, column 1, offset 0.
   */
  start?: {line: number; column: number; offset: number} | undefined
  /**
   * The archive’s layout as known before `value` (for streaming: what earlier parts taught).
   * It is read, and refined in place with what `value` teaches.
   */
  layout?: Layout | undefined
}

/** Parse a transcript into an epistola tree. */
export function fromText(value: string, options: FromTextOptions = {}): Root {
  const text = typeof value === 'string' ? value : String(value ?? '')
  const lines = splitLines(text)
  const locator = new Locator(lines, options.start)
  const segments = classify(text, lines)
  const layout = options.layout ?? emptyLayout()
  const plan = segmentLetters(segments, layout)
  const root = buildTree({text, locator}, plan)
  root.data = {layout: {...layout}}
  return root
}
