/** Security and handling markings: `Personal and Most Secret`, `top secret`, `operational priority`. */
import {editorialLabels, markings, pattern, precedences, words} from '../lexicon/index.js'

const marking = words(markings)
const markingOrPrecedence = words([...markings, ...precedences])

/** A run of markings joined by `and` or commas, at the start of a string. */
export const markingPrefix = pattern('iu')`^${marking}(?:\s*(?:,|and|&)\s*${marking})*`

const wholeMarking = pattern('iu')`^${markingOrPrecedence}(?:\s*(?:,|and|&)\s*${markingOrPrecedence})*[.]?$`

/** Is the whole of `text` a marking line (`top secret`, `Personal and Top Secret.`)? */
export function isClassification(text: string): boolean {
  return wholeMarking.test(text.trim())
}

/** The marking at the start of `text` (`Personal and Secret` in a fused heading), or `null`. */
export function leadingClassification(text: string): string | null {
  const match = markingPrefix.exec(text)
  return match ? match[0] : null
}

const labels = pattern('iu')`^[[(]?\s*(?:${editorialLabels}|enclosure\s+\d+)\s*(?:\.\s*)?[\])]?\.?$`

/** Is `text` an editorial label (`[Extract.]`, `Translation`, `[Excerpts]`)? */
export function isLabel(text: string): boolean {
  return labels.test(text.trim())
}
