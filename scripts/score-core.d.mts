/** Types of `score-core.mjs` (the project's scorer), for the tests. */

export type Field = 'number' | 'heading' | 'from' | 'to' | 'date' | 'received' | 'place' | 'signature' | 'source' | 'paragraphs'
export const FIELDS: Field[]

/** A letter of a `*.gold.json`. */
export interface GoldLetter {
  number: string | null
  heading: string | null
  from: string[]
  to: string[]
  date: string | null
  received: string | null
  place: string | null
  signature: string | null
  source: string | null
  paragraphs: number
  firstWords: string | null
  notes?: string[]
}

export interface Gold {
  file?: string
  letters: GoldLetter[]
}

export type FlatLetter = Omit<GoldLetter, 'notes'>

export interface Summary {
  letters: number
  predicted: number
  matched: number
  precision: number
  recall: number
  failedFiles: number
  fields: Record<Field, number>
  overall: number
}

/**
 * Where an output disagrees with the gold: `letter` is the gold letter's number (1-based),
 * `null` for a predicted letter that matches none; `field` is a scored field, `letter` (a
 * letter not found, or found where the gold has none) or `error`; `expected` is the output's value.
 */
export interface Difference {
  file: string
  letter: number | null
  field: Field | 'letter' | 'error'
  expected: unknown
  gold: unknown
}

export interface Scored {
  summary: Summary
  misses: string[]
  differences: Difference[]
}

/** What `fixtures/accuracy.json` keeps for a folder. */
export interface Figures {
  overall: number
  precision: number
  recall: number
  letters: number
  predicted: number
  matched: number
  fields: Record<Field, number>
}

export function norm(value: unknown): string | null
export function flatten(letter: unknown): FlatLetter
export function same(field: Field, gold: unknown, predicted: unknown): boolean
export function align(gold: ReadonlyArray<Pick<GoldLetter, 'firstWords' | 'heading'>>, predicted: ReadonlyArray<Pick<FlatLetter, 'firstWords' | 'heading'>>): Array<[number, number]>
export function scoreFiles(results: ReadonlyArray<{name: string; gold: Gold; predicted: readonly unknown[] | null; error?: unknown}>): Scored
export function formatSummary(summary: Summary): string
export function goldCases(dir: string): Array<{name: string; stem: string; txt: string; gold: Gold}>
export function corpusFolders(fixtures: string): string[]
export function folderName(folder: string): string
export function scoreFolder(dir: string, parse: (text: string, path: string) => readonly unknown[]): Scored
export function differencesFile(fixtures: string, folder: string): string
export function formatDifferences(differences: readonly Difference[]): string
export function figures(summary: Summary): Figures
