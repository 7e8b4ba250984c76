/**
 * `fromText`: the parser. Text in, unist tree out; never throws on any string.
 *
 *     text ─► lines ─► classify (forms/) ─► layout ─► segment (segment/) ─► tree
 */
import type {Root} from '../tree/types.js'
import {buildTree} from './build-tree.js'
import {classify} from './classify.js'
import {readItalicBlocks} from './italic-blocks.js'
import {applyLayout} from './layout/apply-layout.js'
import {learnLayout} from './layout/learn-layout.js'
import {mergeLayout} from './layout/merge-layout.js'
import type {Layout} from './layout/types.js'
import {Locator, splitLines} from './lines.js'
import {segmentLetters} from './segment/index.js'

export interface FromTextOptions {
  /**
   * Where `value` starts in a larger input (for streaming): positions are then true to the
   * whole input. Defaults to line 1, column 1, offset 0.
   */
  start?: {line: number; column: number; offset: number} | undefined
  /**
   * The archive’s layout as known: what a user declares, or what earlier parts of a stream
   * taught. Every field given wins over what is learnt from `value`; the rest is learnt.
   */
  layout?: Partial<Layout> | undefined
}

/** Parse a transcript into an epistola tree. */
export function fromText(value: string, options: FromTextOptions = {}): Root {
  const text = typeof value === 'string' ? value : String(value ?? '')
  const lines = splitLines(text)
  const locator = new Locator(lines, options.start)
  const segments = classify(text, lines)
  readItalicBlocks(segments)
  const layout = mergeLayout(learnLayout(segments), options.layout)
  applyLayout(segments, layout)
  const plan = segmentLetters(segments, layout)
  const root = buildTree({text, locator}, plan)
  root.data = {layout}
  return root
}
