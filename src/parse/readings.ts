/**
 * Readings: what classification parsed from a line (a heading, an address line, a dateline, an
 * action line), kept beside the tree node built from that line, so that compiling the tree does
 * not parse the same text again. A reading is used only for the very text it was made from (the
 * extractors are pure: same text, same answer); any other text, or a tree that did not come from
 * `fromText` (read from JSON, edited), is parsed as before. Nothing of this shows in the tree.
 */
import type {ActionParts, DatelineParts} from '../extract/dateline.js'
import type {AddressParts, HeadingParts} from '../extract/heading.js'

export interface Reading<Value> {
  /** The text given to the extractor. */
  text: string
  value: Value
}

export interface Readings {
  heading?: Reading<HeadingParts | null> | undefined
  address?: Reading<AddressParts | null> | undefined
  dateline?: Reading<DatelineParts | null> | undefined
  action?: Reading<ActionParts | null> | undefined
}

const byNode = new WeakMap<object, Readings>()

/** Keep the readings of the line a node was built from. */
export function keepReadings(node: object, readings: Readings | undefined): void {
  if (readings) byNode.set(node, readings)
}

/**
 * The value `parse(text)` gives: the reading kept for `node` when it was made from `text`,
 * else `parse(text)` itself.
 */
export function readOrParse<K extends keyof Readings>(node: object, kind: K, text: string, parse: (text: string) => NonNullable<Readings[K]>['value']): NonNullable<Readings[K]>['value'] {
  const reading = byNode.get(node)?.[kind]
  return reading !== undefined && reading.text === text ? reading.value : parse(text)
}
