/**
 * What the document tells about its dates, for the dates that do not tell it themselves:
 *
 * - the order of `5/1/1850` (both first numbers could be the month): the one the user declares
 *   (`dateOrder`), else the one the transcript's other numeric dates prove (`12/25/1850` can
 *   only be month first), else none: the date has no value and says why;
 * - the century of `'82`: from the nearest date of the transcript printed with a full year
 *   (`June 1, 1881` → 1882), else none.
 *
 * A value decided from the document is `inferred`, with the reason. The transcript is read for
 * this only when a date needs it, line by line (each line read once, whatever the number of
 * undecided dates).
 */
import {findDate} from '../date.js'
import {build, type FoundDate} from './parts.js'

export type DateOrder = 'dmy' | 'mdy'

export const dateOrders: readonly DateOrder[] = ['dmy', 'mdy']

/** Throw a `TypeError` for a `dateOrder` option that is neither `'dmy'` nor `'mdy'`. */
export function checkDateOrder(value: unknown): asserts value is DateOrder | undefined {
  if (value === undefined || dateOrders.includes(value as DateOrder)) return
  const shown = typeof value === 'string' ? `\`${value}\`` : `type ${value === null ? 'null' : typeof value}`
  throw new TypeError(`Unexpected \`dateOrder\` of ${shown}, expected \`'dmy'\` (day first) or \`'mdy'\` (month first)`)
}

/** Some text of the transcript, and where it starts in it. */
export interface TextPart {
  text: string
  line: number
  offset: number
}

/** A date of the transcript that shows what others do not: its place and its text. */
interface Witness {
  text: string
  line: number
  offset: number
}

export interface Settled {
  found: FoundDate
  /** Why the value is inferred (empty when it was printed, or declared). */
  reasons: string[]
}

/** Longest line read for evidence: longer ones are running text (or one huge line), not datelines. */
const maxLine = 2000

const orderWords = {dmy: 'day first', mdy: 'month first'} as const

/**
 * The dates of a transcript, read when first needed. `add` the text as it comes (a stream adds
 * each part; text already added is skipped by its offset).
 */
/** Characters a bounded (stream) evidence lets wait before it reads them, and the years it keeps. */
const waitingLimit = 1_048_576
const yearsKept = 1024

export class DateEvidence {
  private readonly declared: DateOrder | undefined
  private source: (() => TextPart[]) | undefined
  private readonly texts: TextPart[] = []
  private covered = 0
  private read = false
  private readonly proofs: {dmy: Witness | null; mdy: Witness | null} = {dmy: null, mdy: null}
  private readonly years: Array<Witness & {year: number}> = []
  private readonly bounded: boolean
  private waiting = 0

  /**
   * `source`: the transcript's text, asked for only when a date needs it. `bounded` (a stream):
   * text added is read once a megabyte waits, and only the latest years are kept, so memory
   * stays flat however long the stream (its dates still decide the ones after them).
   */
  constructor(declared?: DateOrder, source?: () => TextPart[], bounded = false) {
    this.declared = declared
    this.source = source
    this.bounded = bounded
  }

  /** Add text of the document starting at `start` (line and offset in the whole document). */
  add(text: string, start: {line: number; offset: number} = {line: 1, offset: 0}): void {
    const end = start.offset + text.length
    if (end <= this.covered) return
    let skip = Math.max(0, this.covered - start.offset)
    let line = start.line
    // Skip what is covered, by whole lines (`covered` is always the end of a line added).
    if (skip > 0) {
      for (let index = text.indexOf('\n'); index !== -1 && index < skip; index = text.indexOf('\n', index + 1)) line++
      skip = text.lastIndexOf('\n', skip - 1) + 1
    }
    this.texts.push({text: text.slice(skip), line, offset: start.offset + skip})
    this.covered = end
    this.read = false
    this.waiting += text.length - skip
    if (this.bounded && this.waiting > waitingLimit) {
      this.scan()
      // The years a later two-digit year can be near: the latest ones.
      if (this.years.length > yearsKept) this.years.splice(0, this.years.length - yearsKept)
    }
  }

  /** Give `found` the value the document decides, or the reason it has none. */
  settle(found: FoundDate, offset: number): Settled {
    const parts = found.undecided
    if (!parts) return {found, reasons: []}
    this.scan()
    const reasons: string[] = []
    // An undecided date's problems are what it leaves undecided (no format leaves OCR repairs so): said again here.
    const problems: string[] = []
    let {month, day, year} = parts
    if (parts.order) {
      const order = this.order()
      if (typeof order === 'string') problems.push(order)
      else {
        if (order.order === 'mdy') [month, day] = [day, month]
        if (order.proof) reasons.push(`\`${found.text}\` is read ${orderWords[order.order]}, as \`${order.proof.text}\` (line ${order.proof.line}) of the same transcript can only be`)
      }
    }
    if (parts.shortYear) {
      const near = this.nearestYear(offset)
      const printed = found.text.slice(found.text.search(/['’]?\d{2}$/u))
      if (near) {
        year = closest(year, near.year)
        reasons.push(`the year \`${printed}\` is read as ${year}, the nearest to ${near.year} of \`${near.text}\` (line ${near.line})`)
      } else problems.push(`its year \`${printed}\` prints no century, and no date of the transcript with a full year gives one`)
    }
    if (problems.length > 0) return {found: {...found, problems}, reasons: []}
    const settled = build(found.text, found.start, {year, month, day}, reasons.length > 0, problems)
    return {found: settled, reasons}
  }

  /** The order of an ambiguous date: declared, or proved by a date of the transcript; else why not. */
  private order(): {order: DateOrder; proof: Witness | null} | string {
    if (this.declared) return {order: this.declared, proof: null}
    const {dmy, mdy} = this.proofs
    if (dmy && mdy) {
      return `it could be day first or month first, and the transcript has both: \`${dmy.text}\` (line ${dmy.line}) day first, \`${mdy.text}\` (line ${mdy.line}) month first`
    }
    const proof = dmy ?? mdy
    if (!proof) return 'it could be day first or month first, and no other date of the transcript decides'
    return {order: dmy ? 'dmy' : 'mdy', proof}
  }

  /** The date with a full year nearest to `offset` (before it on a tie). */
  private nearestYear(offset: number): (Witness & {year: number}) | null {
    let best: (Witness & {year: number}) | null = null
    for (const witness of this.years) {
      if (!best || Math.abs(witness.offset - offset) < Math.abs(best.offset - offset)) best = witness
    }
    return best
  }

  /** Read the text added since the last scan: numeric dates that prove an order, dates with full years. */
  private scan(): void {
    if (this.read) return
    this.read = true
    if (this.source) this.texts.push(...this.source())
    this.source = undefined
    this.waiting = 0
    for (const part of this.texts.splice(0)) {
      let line = part.line
      let start = 0
      while (start <= part.text.length) {
        let end = part.text.indexOf('\n', start)
        if (end === -1) end = part.text.length
        if (end - start <= maxLine) this.scanLine(part.text.slice(start, end), line, part.offset + start)
        start = end + 1
        line++
      }
    }
  }

  private scanLine(text: string, line: number, offset: number): void {
    let rest = text
    let shift = 0
    // A few dates a line at most: datelines, headings and notes hold one or two.
    for (let count = 0; count < 8; count++) {
      const found = findDate(rest)
      if (!found) return
      const witness = {text: found.text, line, offset: offset + shift + found.start}
      if (found.order && !this.proofs[found.order]) this.proofs[found.order] = witness
      if (found.iso && !found.undecided) this.years.push({...witness, year: Number(found.iso.slice(0, 4))})
      shift += found.end
      rest = rest.slice(found.end)
    }
  }
}

/** The year ending in the two digits `short` nearest to `near` (82 near 1881 → 1882; 01 near 1899 → 1901). */
function closest(short: number, near: number): number {
  const base = near - (near % 100) + short
  const candidates = [base - 100, base, base + 100]
  let best = base
  for (const candidate of candidates) if (Math.abs(candidate - near) < Math.abs(best - near)) best = candidate
  return best
}
