/**
 * A receipt note run on after a heading, as despatches are printed in parliamentary papers:
 *
 *     _Sir G. Buchanan to Sir Edward Grey.--(Received July_ 25.)
 *     _Sir Stratford Canning to the Earl of Aberdeen_.--(_Received
 *     December_ 18.)
 *
 * Split the line before the note, so the heading and the note (an action line) are read each on
 * its own. Offsets are relative to the line.
 */
import type {Piece} from './run-on.js'

const runOnNote = /(?:--|[—–]) ?(?=\( ?_?(?:Received|Sent|Despatched|Dispatched)\b)/u

export function splitReceiptNote(text: string): Piece[] | null {
  if (text.length > 260) return null
  const note = runOnNote.exec(text)
  if (!note || note.index < 8) return null
  return [
    {start: 0, end: note.index},
    {start: note.index + note[0].length, end: text.length}
  ]
}
