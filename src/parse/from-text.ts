/**
 * `fromText`: the parser. Text in, unist tree out; never throws on any string.
 */
import type {Root} from '../tree/types.js'
import {buildTree} from './build-tree.js'
import {classify} from './classify.js'
import {Locator, splitLines} from './lines.js'
import {segmentLetters, type SegmentState} from './segment.js'

export interface FromTextOptions {
  /**
   * Where `value` starts in a larger input (for streaming): positions are then true to the
   * whole input. Defaults to line 1, column 1, offset 0.
   */
  start?: {line: number; column: number; offset: number} | undefined
  /** Segmenting state at `start` (read), and at the end of `value` (written), for streaming. */
  state?: SegmentState | undefined
}

/** Parse a transcript into an epistola tree. */
export function fromText(value: string, options: FromTextOptions = {}): Root {
  const text = typeof value === 'string' ? value : String(value ?? '')
  const lines = splitLines(text)
  const locator = new Locator(lines, options.start)
  const segments = classify(text, lines)
  const plan = segmentLetters(segments, options.state)
  return buildTree({text, locator}, plan)
}
