/**
 * Inside a bracketed note: a `[Footnote 1: …` block runs, over lines and paragraphs, until its
 * bracket closes; every line till then is the note’s, whatever it looks like (a note may quote a
 * whole letter, salutation and signature included).
 *
 *     [Footnote 1:
 *
 *     "Just," writes Hobhouse to Byron, …      ← the note’s
 *     ^
 *     Ever your obliged and faithful, JOHN C. HOBHOUSE."]
 */
import type {Segment} from '../classify.js'
import {add, type Machine} from './machine.js'

/** The most lines a bracketed note may run before its bracket is taken as never closed. */
const longestNote = 400

/** Brackets opened minus closed in `text`. */
function bracketDelta(text: string): number {
  let delta = 0
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    if (code === 91) delta++
    else if (code === 93) delta--
  }
  return delta
}

/** After a segment was placed: a bracketed note left open opens the note state. */
export function openNote(m: Machine, segment: Segment): void {
  if (segment.kind !== 'footnote' || !segment.text.startsWith('[')) return
  const depth = bracketDelta(segment.text)
  if (depth > 0) {
    m.noteDepth = depth
    m.noteLines = 0
  }
}

/** A line inside an open bracketed note. */
export function inNote(m: Machine, segment: Segment): void {
  m.noteDepth = m.noteLines++ > longestNote ? 0 : Math.max(0, m.noteDepth + bracketDelta(segment.text))
  const reason = 'inside a bracketed note'
  if (m.current && m.state !== 'front') return add(m, segment, 'footnoteDefinition', reason)
  m.plan.push({type: 'item', item: {role: 'footnoteDefinition', segment, reason}})
}
