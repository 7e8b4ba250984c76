/**
 * How sure the reading of a letter is, from the evidence the reading left on the tree: what
 * opened the letter (a number line or heading, a dateline, or running text), what ended it (a
 * signature, a close, a source), and how each field was read (its own line, a guess, nothing).
 * The figures are calibrated on the fixture corpora (`npm run calibrate`, README “Confidence”).
 */
import type {Confidence} from '../schema/confidence.js'
import type {Letter} from '../schema/letter.js'
import type * as T from '../tree/types.js'

/** How sure a letter’s start is, by the type of its first node. */
const openers: Partial<Record<T.LetterContent['type'], number>> = {
  letterNumber: 1,
  heading: 1,
  metadata: 0.95,
  actionLine: 0.95,
  addressLine: 0.95,
  serial: 0.95,
  classification: 0.95,
  label: 0.9,
  source: 0.9,
  letterhead: 0.9,
  dateline: 0.9,
  salutation: 0.9
}

/** A last block shorter than this may be a farewell (the close) rather than body. */
const shortBlock = 100

/** Reasons the segmenter gives body lines whose reading was strained (`segment/body.ts`). */
const strainedReasons = ['inside a quotation', 'header-like line inside', 'heading-like line inside', 'close-like words', 'a weak heading form', 'date-only line inside']

function isStrained(reason: string): boolean {
  return strainedReasons.some((phrase) => reason.includes(phrase))
}

function inferred(letter: Letter, field: string): boolean {
  return letter.inferences.some((inference) => inference.field === field)
}

function round(value: number): number {
  return Math.round(value * 100) / 100
}

export function confidenceOf(node: T.Letter, letter: Letter): Confidence {
  const reasons: string[] = []
  const first = node.children[0]
  let boundary = (first && openers[first.type]) ?? 0.6
  if (boundary < 0.9) reasons.push('it opens with running text')
  const ends = letter.signature !== null || letter.closing !== null || letter.source !== null
  if (!ends) {
    boundary *= 0.9
    reasons.push('no signature, close or source ends it')
  }
  if (letter.body.length === 0) {
    boundary *= 0.6
    reasons.push('no body')
  }
  const strainedLines = node.children.filter((child) => child.type === 'paragraph' && isStrained(child.data?.reason ?? '')).length
  let body = strainedLines === 0 ? 1 : strainedLines === 1 ? 0.8 : 0.65
  if (strainedLines > 0) reasons.push(`${strainedLines} body line(s) read against their shape`)
  // A short last block may be the close (a farewell) or body: the call that most often goes wrong.
  const last = letter.body.at(-1)?.text.trim() ?? ''
  if (letter.body.length > 1 && (last.length < shortBlock || !/[.!?"”’)\]]$/u.test(last))) {
    body = Math.min(body, 0.6)
    reasons.push('the last block is short or unfinished (body or close?)')
  }
  const doubt = (value: number, reason: string): number => {
    if (value < 1) reasons.push(reason)
    return value
  }
  const fields = {
    heading: letter.heading === null ? doubt(0.95, 'no heading') : letter.from.length + letter.to.length > 0 ? 1 : doubt(0.85, 'a heading that names nobody'),
    from: letter.from.length === 0 ? doubt(letter.signature ? 0.7 : 0.85, letter.signature ? 'a signature that reads as no name' : 'no sender named') : inferred(letter, 'from') ? doubt(0.75, 'the sender is inferred') : 1,
    to: letter.to.length === 0 ? doubt(0.9, 'no addressee named') : inferred(letter, 'to') ? doubt(0.75, 'the addressee is inferred') : 1,
    date: letter.date === null ? doubt(0.9, 'no date read') : letter.date.inferred || inferred(letter, 'date') ? doubt(0.75, 'the date is inferred') : 1,
    place: letter.place === null ? doubt(0.95, 'no place read') : inferred(letter, 'place') ? doubt(0.8, 'the place is inferred') : 1,
    signature: letter.signature === null ? doubt(0.95, 'no signature') : 1,
    body
  }
  // Every doubt counts: the letter’s confidence is the product of its parts’.
  const product = Object.values(fields).reduce((all, value) => all * value, boundary)
  return {letter: round(product), boundary: round(boundary), fields, reasons}
}

/** Letters below this confidence get an info `low-confidence` message: the few to check by eye. */
export const lowConfidence = 0.7
