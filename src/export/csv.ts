/**
 * `toCsv`: one row per letter, for network and mapping tools (Palladio, Gephi, nodegoat): who
 * wrote to whom, when and where. RFC 4180 (comma, double quotes, CRLF), written by
 * csv-stringify; lone surrogates become U+FFFD, so that the UTF-8 bytes read back to the same
 * text.
 */
import {stringify} from 'csv-stringify/sync'
import type {Letter} from '../schema/letter.js'
import type {Person} from '../schema/person.js'

/** The columns, in order. */
export const csvColumns = ['id', 'file', 'number', 'date', 'date_precision', 'date_inferred', 'sender', 'addressee', 'place', 'received', 'first_words', 'source', 'confidence'] as const

export type CsvColumn = (typeof csvColumns)[number]

export interface CsvOptions {
  /** The transcript's name, for the `file` column. */
  file?: string | null | undefined
  /** Start with the header row (default: `true`). */
  header?: boolean | undefined
}

/** Several senders or addressees in one cell. */
export const csvSeparator = '; '

/** How many words of the body go in `first_words`. */
const firstWordCount = 12

const wellFormed = (value: string): string => (value as string & {toWellFormed(): string}).toWellFormed()

const names = (persons: readonly Person[]) => persons.map((person) => person.name).join(csvSeparator)

/** The first words of the letter's body, its white space made single spaces. */
function firstWords(letter: Letter): string {
  const text = letter.body[0]?.text ?? ''
  return text.split(/\s+/u).filter(Boolean).slice(0, firstWordCount).join(' ')
}

/** One letter's row, as strings (an unknown value is an empty cell). */
export function csvRow(letter: Letter, file: string | null = null): Record<CsvColumn, string> {
  return {
    id: letter.id,
    file: file ?? '',
    number: letter.number ?? '',
    date: letter.date?.iso ?? '',
    date_precision: letter.date?.precision ?? '',
    date_inferred: letter.date ? String(letter.date.inferred) : '',
    sender: names(letter.from),
    addressee: names(letter.to),
    place: letter.place ?? '',
    received: letter.received?.iso ?? '',
    first_words: firstWords(letter),
    source: letter.source?.text ?? '',
    confidence: letter.confidence ? String(letter.confidence.letter) : ''
  }
}

/** Letters as CSV text: the header row (unless `header: false`) and one row per letter, each ending in CRLF. */
export function toCsv(letters: readonly Letter[], options: CsvOptions = {}): string {
  const rows = letters.map((letter) => {
    const row = csvRow(letter, options.file ?? null)
    for (const column of csvColumns) row[column] = wellFormed(row[column])
    return row
  })
  if (rows.length === 0 && options.header === false) return ''
  return stringify(rows, {header: options.header ?? true, columns: [...csvColumns], record_delimiter: 'windows'})
}
