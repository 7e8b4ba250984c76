/**
 * Segment: a small state machine groups classified segments into letters and gives each
 * segment its role in the letter. Decisions look at a segment, its kind, the state, the next
 * segments and the archive’s layout: one pass, linear.
 *
 *     front ─► header ─► body ─► trailer ─► (next letter) …
 *                          └──► postscript ─┘
 */
import type {Segment} from '../classify.js'
import type {Layout} from '../layout/types.js'
import {body} from './body.js'
import {inNote, openNote} from './bracketed-note.js'
import {front} from './front.js'
import {header} from './header.js'
import {createMachine, flushToRoot, openLetter} from './machine.js'
import type {PlanEntry} from './types.js'
import {settleLastBlock} from './valediction.js'

export type {Item, LetterPlan, PlanEntry, Role, State} from './types.js'

/** Group classified segments into letters. `layout` is read, and what the text teaches is learnt into it. */
export function segmentLetters(segments: readonly Segment[], layout: Layout): PlanEntry[] {
  const m = createMachine(segments, layout)
  for (const segment of segments) {
    if (m.noteDepth > 0) inNote(m, segment)
    else if (m.state === 'front') front(m, segment)
    else if (m.state === 'header') header(m, segment)
    else body(m, segment)
    openNote(m, segment)
  }
  if (m.pending.length > 0) {
    if (layout.letters === 0 && m.pending.some((s: Segment) => s.kind === 'prose' || s.kind === 'name')) {
      // The whole text is one letter without a header.
      const list = m.pending
      m.pending = []
      openLetter(m, false)
      for (const segment of list) {
        // A segment may close the letter (and leave the rest waiting): read on by the state, as above.
        if (m.state === 'front') front(m, segment)
        else if (m.state === 'header') header(m, segment)
        else body(m, segment)
      }
    }
    if (m.pending.length > 0) flushToRoot(m, m.pending)
  }
  for (const entry of m.plan) if (entry.type === 'letter') settleLastBlock(entry.letter.items)
  return m.plan
}
