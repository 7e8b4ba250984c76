/**
 * A block set wholly in italics (`_…_` from its first character to its last) is the editor’s
 * text in a letters edition: a chronology between letters, a note on the letter.
 *
 *     _December 11th.--Davoust forces the passage of the Bug._
 *
 * A refiner of classification: running text of such a block is read as an editorial note. Lines
 * a form read (an italic dateline) keep their kind.
 */
import type {Segment} from './classify.js'

const loose = new Set<Segment['kind']>(['prose', 'name', 'capitals', 'closing'])

function marks(text: string): number {
  let count = 0
  for (let i = text.indexOf('_'); i !== -1; i = text.indexOf('_', i + 1)) count++
  return count
}

function markItalicBlock(block: readonly Segment[]): void {
  const first = block[0]!
  const last = block.at(-1)!
  if (!first.text.startsWith('_') || !/_[.;,:]?$/u.test(last.text)) return
  if (block.reduce((sum, segment) => sum + marks(segment.text), 0) !== 2) return
  if (!block.every((segment) => loose.has(segment.kind))) return
  for (const segment of block) {
    segment.kind = 'editorialNote'
    segment.reason = 'a block set wholly in italics: the editor’s text'
  }
}

/** Read blocks set wholly in italics as editorial notes. One pass. */
export function readItalicBlocks(segments: readonly Segment[]): void {
  let start = 0
  for (let i = 1; i <= segments.length; i++) {
    if (i === segments.length || segments[i]!.block !== segments[start]!.block) {
      if (segments[start]!.text.startsWith('_')) markItalicBlock(segments.slice(start, i))
      start = i
    }
  }
}
