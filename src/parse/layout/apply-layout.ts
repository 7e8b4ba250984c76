/**
 * Apply the layout to the classified lines before letters are cut, as a refiner: a line of a
 * learnt number-line shape becomes the letter’s number; a learnt signature line reads as a name.
 * Only kinds of this stage change; the reason says what was learnt.
 */
import type {Segment} from '../classify.js'
import {alone} from './learn-layout.js'
import {readNumberLine} from './number-line.js'
import type {Layout} from './types.js'

/** Kinds a learnt number line may have been read as (a numeral alone is a serial or a name to the forms). */
const renumbered = new Set<Segment['kind']>(['serial', 'name', 'capitals', 'prose', 'letterNumber', 'label'])

export function applyLayout(segments: readonly Segment[], layout: Layout): void {
  const shapes = new Set(layout.numberLines)
  const signatures = new Set(layout.signatures)
  if (shapes.size === 0 && signatures.size === 0) return
  for (const segment of segments) {
    if (shapes.size > 0 && renumbered.has(segment.kind) && segment.text.length <= 30) {
      const number = readNumberLine(segment.text)
      if (number && alone(segments, segment) && shapes.has(number.shape)) {
        segment.kind = 'letterNumber'
        segment.parts = {number: number.number}
        segment.reason = `a number line of the edition’s sequence (\`${number.shape}\` lines open letters here)`
        continue
      }
    }
    if (signatures.has(segment.text) && (segment.kind === 'capitals' || segment.kind === 'name')) {
      segment.kind = 'name'
      segment.nameLike = true
      segment.reason = 'a signature line the archive repeats'
    }
  }
}
