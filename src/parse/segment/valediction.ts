/**
 * The last block before the close: body or close? A block that only bids farewell, blesses,
 * sends love or greetings, or says the writer stops is the close; one that carries any news,
 * request or plan is body (the field’s convention: `GOLD.md`, “A last block before the close”).
 *
 *     Adieu, dear; I love you and wish to see you happy.       ← the close
 *     NAPOLEON.
 *
 *     Adieu, dear. I have made peace with Saxony.--Yours ever,  ← news: body, the close run in
 *     NAPOLEON.
 *
 * A pass over each letter’s plan after segmenting; it revises the roles of that letter’s own items.
 */
import {isClosing} from '../../extract/lines.js'
import {pattern, valedictionWords} from '../../lexicon/index.js'
import type {Item} from './types.js'

const valedictionWord = pattern('iu')`\b${valedictionWords}\b`

/** A close run in at the end of a block: `….--Yours ever,`. */
const runInClose = /(?:--|—)\s*([^-—]{1,40})$/u

/** Roles that may follow the last block of the body. */
const after = new Set<Item['role']>(['closing', 'signature', 'signatureTitle', 'postscript', 'postscriptSignature', 'insideAddress', 'dateline', 'source', 'footnoteDefinition', 'editorialNote', 'thematicBreak', 'pageMarker', 'furniture'])

/** The block without a close run in at its end. */
function withoutRunInClose(text: string): string {
  const close = runInClose.exec(text)
  return close && isClosing(close[1]!.trim()) ? text.slice(0, close.index) : text
}

/** Is every sentence of `text` farewell, blessing, affection or stopping, in thirty words or fewer? */
export function isValediction(text: string): boolean {
  const words = text.split(/\s+/u).filter(Boolean)
  if (words.length === 0 || words.length > 30) return false
  const sentences = text.split(/[.;:!?](?:\s|$)|--|—/u).map((s) => s.trim()).filter((s) => /\p{L}/u.test(s))
  return sentences.length > 0 && sentences.every((sentence) => valedictionWord.test(sentence))
}

/** Settle the last block of each letter’s body as close or body. */
export function settleLastBlock(items: Item[]): void {
  let end = items.length
  while (end > 0 && after.has(items[end - 1]!.role) && items[end - 1]!.role !== 'closing') end--
  // A close that holds news before its run-in formula (`Adieu, dear. I have made peace with Saxony.--Yours ever,`).
  const closing = items[end - 1]
  if (closing?.role === 'closing' && closing.segment.text.includes('-')) {
    const head = withoutRunInClose(closing.segment.text)
    if (head !== closing.segment.text && !isValediction(head)) {
      closing.role = 'paragraph'
      closing.reason = 'news with the close run in at its end: body'
      return
    }
  }
  while (end > 0 && after.has(items[end - 1]!.role)) end--
  const last = items[end - 1]
  if (last?.role !== 'paragraph') return
  let start = end - 1
  while (start > 0 && items[start - 1]!.role === 'paragraph' && items[start - 1]!.segment.block === last.segment.block) start--
  // The only block of the body stays body.
  if (!items.slice(0, start).some((item) => item.role === 'paragraph')) return
  const block = items.slice(start, end)
  const text = block.map((item) => item.segment.text).join(' ')
  // A close wrapped over lines (`With very great respect …, I have the honor to be, dear` / `sir, your … servant,`).
  const wrappedClose = block.length > 1 && !/[.!?](?:\s|--|—)/u.test(text) && isClosing(text)
  if (!wrappedClose && !isValediction(withoutRunInClose(text))) return
  for (const item of block) {
    item.role = 'closing'
    item.reason = wrappedClose ? 'a complimentary close wrapped over lines' : 'the last block only bids farewell: the close'
  }
}
