/**
 * Learn the layout of an archive from its own repetition, in one pass over the classified lines
 * (before letters are cut). What is learnt:
 *
 * - **number lines** that open letters: a numeral alone in its block (`XX.`, `33.`, `EXHIBIT 6.`),
 *   of one shape, at least twice, mostly rising (an edition’s sequence, not a list in a letter);
 * - **the letter gap**: where most blocks are parted by one blank line and a few by a wider run
 *   that recurs (Richardson’s three, a Blue Book’s six), that run parts letters;
 * - **repeated signatures**: a short name line alone in its block, after running text, printed
 *   the same at least twice (`JAMES MONROE.`).
 *
 * Each is evidence the segmenter weighs with the line forms; a user’s declared layout wins.
 */
import type {Segment} from '../classify.js'
import {readNumberLine, type NumberLine} from './number-line.js'
import {emptyLayout, type Layout} from './types.js'

/** Is `segment` alone in its block (blank lines, or the text’s ends, on both sides)? */
export function alone(segments: readonly Segment[], segment: Segment): boolean {
  const before = segments[segment.index - 1]
  const after = segments[segment.index + 1]
  return (!before || before.block !== segment.block) && (!after || after.block !== segment.block)
}

/** Shapes of number lines seen at least twice, mostly rising. */
function learnNumberLines(found: ReadonlyArray<NumberLine>): string[] {
  const byShape = new Map<string, number[]>()
  for (const line of found) {
    const values = byShape.get(line.shape) ?? []
    values.push(line.value)
    byShape.set(line.shape, values)
  }
  const shapes: string[] = []
  for (const [shape, values] of byShape) {
    if (values.length < 2) continue
    let rising = 0
    for (let i = 1; i < values.length; i++) if (values[i]! > values[i - 1]!) rising++
    if (rising >= Math.ceil((2 * (values.length - 1)) / 3)) shapes.push(shape)
  }
  return shapes
}

/** The wider blank run that parts letters, or `null`. */
function learnGap(gaps: ReadonlyMap<number, number>): number | null {
  const single = gaps.get(1) ?? 0
  let wide = 0
  let smallest: number | null = null
  for (const [blanks, count] of gaps) {
    if (blanks < 2) continue
    wide += count
    if (count >= 2 && (smallest === null || blanks < smallest)) smallest = blanks
  }
  // Wide runs must be the exception (letters, not paragraphs) and recur.
  return smallest !== null && wide >= 2 && wide * 3 <= single ? smallest : null
}

/** Name lines printed the same at least twice, each alone in its block after running text. */
function learnSignatures(candidates: ReadonlyMap<string, number>): string[] {
  return [...candidates].filter(([, count]) => count >= 2).map(([text]) => text)
}

function isSignatureShape(segment: Segment): boolean {
  return segment.text.length <= 40 && (segment.kind === 'name' || segment.kind === 'capitals') && segment.nameLike
}

/** Learn the layout of `segments`. */
export function learnLayout(segments: readonly Segment[]): Layout {
  const layout = emptyLayout()
  const numbers: NumberLine[] = []
  const gaps = new Map<number, number>()
  const signatures = new Map<string, number>()
  let headings = 0
  for (const segment of segments) {
    const previous = segments[segment.index - 1]
    if (segment.kind === 'heading' && (!previous || previous.block !== segment.block)) headings++
    if (segment.index > 0 && segment.blanksBefore > 0) gaps.set(segment.blanksBefore, (gaps.get(segment.blanksBefore) ?? 0) + 1)
    if (!alone(segments, segment)) continue
    const number = segment.text.length <= 30 ? readNumberLine(segment.text) : null
    if (number && segments[segment.index + 1]) numbers.push(number)
    const before = segments[segment.index - 1]
    if (before && before.kind === 'prose' && isSignatureShape(segment)) signatures.set(segment.text, (signatures.get(segment.text) ?? 0) + 1)
  }
  layout.numberLines = learnNumberLines(numbers)
  layout.letterGap = learnGap(gaps)
  layout.signatures = learnSignatures(signatures)
  layout.headingsOpen = headings >= 2 || layout.numberLines.length > 0
  return layout
}
