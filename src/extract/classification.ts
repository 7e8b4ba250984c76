/** Security and handling markings: `Personal and Most Secret`, `top secret`, `operational priority`. */

const marking = '(?:strictly\\s+personal|personal|private|top\\s+secret|most\\s+secret|secret|strictly\\s+confidential|confidential|restricted|eyes\\s+only)'
const precedence = '(?:operational\\s+priority|most\\s+immediate|immediate|priority|urgent|flash|routine|plain|clear|triple\\s+priority)'

/** A run of markings joined by `and` or commas, at the start of a string. */
export const markingPrefix = new RegExp(`^${marking}(?:\\s*(?:,|and|&)\\s*${marking})*`, 'iu')

const wholeMarking = new RegExp(`^(?:${marking}|${precedence})(?:\\s*(?:,|and|&)\\s*(?:${marking}|${precedence}))*[.]?$`, 'iu')

/** Is the whole of `text` a marking line (`top secret`, `Personal and Top Secret.`)? */
export function isClassification(text: string): boolean {
  return wholeMarking.test(text.trim())
}

/** The marking at the start of `text` (`Personal and Secret` in a fused heading), or `null`. */
export function leadingClassification(text: string): string | null {
  const match = markingPrefix.exec(text)
  return match ? match[0] : null
}

const labels = /^[[(]?\s*(?:extracts?|excerpts?|translation|paraphrase|copy|draft|enclosure(?:\s+\d+)?|original|summary|abstract|telegram|cable|memorandum)\s*(?:\.\s*)?[\])]?\.?$/iu

/** Is `text` an editorial label (`[Extract.]`, `Translation`, `[Excerpts]`)? */
export function isLabel(text: string): boolean {
  return labels.test(text.trim())
}
