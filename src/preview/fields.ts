/**
 * The panel beside each letter: the fields read from it, each with its value (or none), whether
 * it was inferred and why, and its confidence when the letter carries one.
 */
import type {DateValue} from '../schema/date.js'
import type {Letter} from '../schema/letter.js'
import type {Person} from '../schema/person.js'
import type {Confidence} from './confidence.js'

export interface Field {
  /** The `Letter` field (`date`, `from`, `body`, …). */
  name: string
  label: string
  /** The value as shown; `null` when the text gives none. */
  value: string | null
  /** Why the value is inferred, or `null` when it was read as printed. */
  inferred: string | null
  /** The field's own confidence, when the letter gives one. */
  confidence: number | null
}

function persons(list: readonly Person[]): string | null {
  return list.length === 0 ? null : list.map((person) => person.raw || person.name).join('; ')
}

function date(value: DateValue | null): string | null {
  return value ? `${value.text} → ${value.iso} (${value.precision})` : null
}

function paragraphs(letter: Letter): string {
  const body = `${letter.body.length}`
  return letter.postscript.length > 0 ? `${body} + ${letter.postscript.length} in the postscript` : body
}

/** The fields of `letter`, in the panel's order. */
export function letterFields(letter: Letter, confidence: Confidence | null): Field[] {
  const reasons = new Map<string, string[]>()
  for (const inference of letter.inferences) {
    const list = reasons.get(inference.field) ?? []
    if (list.length === 0) reasons.set(inference.field, list)
    list.push(inference.reason)
  }
  const scores = new Map(confidence?.fields ?? [])
  const field = (name: string, label: string, value: string | null, flagged = false): Field => {
    const why = reasons.get(name)
    return {
      name,
      label,
      value,
      inferred: why ? why.join('; ') : flagged ? 'not printed plainly' : null,
      confidence: scores.get(name) ?? null
    }
  }
  const rows = [
    field('from', 'from', persons(letter.from), letter.from.some((person) => person.inferred)),
    field('to', 'to', persons(letter.to), letter.to.some((person) => person.inferred)),
    field('date', 'date', date(letter.date), letter.date?.inferred === true),
    field('received', 'received', date(letter.received), letter.received?.inferred === true),
    field('place', 'place', letter.place),
    field('number', 'number', letter.number),
    field('signature', 'signature', letter.signature ? [letter.signature.name, ...letter.signature.titles].join(', ') : null),
    field('source', 'source', letter.source?.text ?? null),
    field('body', 'paragraphs', paragraphs(letter))
  ]
  // Inferred values of fields without a row of their own still show, with their reason.
  for (const name of reasons.keys()) {
    if (rows.some((row) => row.name === name)) continue
    const value = (letter as unknown as Record<string, unknown>)[name]
    rows.push(field(name, name, typeof value === 'string' ? value : null))
  }
  return rows
}
