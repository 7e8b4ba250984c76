/**
 * A line form: one shape a line of a transcript can have (a dateline, a heading, a signature…),
 * read from the line's own text, without context. Forms are evidence for the segmenter, which
 * decides roles from them, the neighbours and the archive's layout.
 *
 * Each form is one file in this folder (as micromark has one construct a file); `index.ts`
 * orders them: the first form whose `read` gives parts names the line.
 */
import type {ActionParts, DatelineParts} from '../../extract/dateline.js'
import type {FootnoteLine} from '../../extract/footnote.js'
import type {AddressParts, HeadingParts} from '../../extract/heading.js'

/** What a form reads from a line, by kind. Kinds without parts read `true`. */
export interface PartsByKind {
  heading: HeadingParts
  address: AddressParts
  dateline: DatelineParts
  actionLine: ActionParts
  footnote: FootnoteLine
  metadata: {key: string; valueStart: number}
  letterNumber: {number: string}
  serial: {value: string; kind: 'telegram' | 'despatch'}
}

export type Kind =
  | 'furniture'
  | 'separator'
  | 'pageMarker'
  | 'footnote'
  | 'letterNumber'
  | 'enclosure'
  | 'serial'
  | 'metadata'
  | 'actionLine'
  | 'sourceNote'
  | 'bracketedSource'
  | 'classification'
  | 'label'
  | 'dateline'
  | 'salutation'
  | 'postscript'
  | 'heading'
  | 'address'
  | 'closing'
  | 'name'
  | 'editorialNote'
  | 'capitals'
  | 'headingContinuation'
  | 'prose'

export type Parts = PartsByKind[keyof PartsByKind]

/** What every form may look at besides the text: cheap facts computed once per line. */
export interface LineFacts {
  /** Leading whitespace width (a tab counts 4). */
  indent: number
  /** The line holds a digit. */
  hasDigit: boolean
  /** Shaped like a signature: a short line of capitalised words. */
  nameLike: boolean
}

export interface FormResult<K extends Kind> {
  parts: K extends keyof PartsByKind ? PartsByKind[K] : true
  /** The text the parts were read from, when it is not the line's own (footnote markers taken out). */
  text?: string | undefined
}

export interface Form<K extends Kind = Kind> {
  /** The kind a line of this form gets. */
  kind: K
  /** Longest line (in characters) this form reads: longer lines skip it. */
  maxLength: number
  /** A cheap test on the text before `read` (first character, a digit…). */
  hint?: ((text: string, facts: LineFacts) => boolean) | undefined
  /** The form's parts, or `null` when the line is not of this form. */
  read: (text: string, facts: LineFacts) => FormResult<K> | null
  /**
   * The form’s parts hold offsets into the line: it reads the line with emphasis marks masked
   * (same length). Other forms read it with the marks taken out.
   */
  offsets?: boolean | undefined
  /** Why the line was read so, in words for the user. */
  reason: (result: FormResult<K>, text: string) => string
}

/** Longest line that can be anything but prose (or a footnote): longer lines are running text. */
export const shortLine = 400

/** Define a form (keeps its kind's parts typed). */
export function defineForm<K extends Kind>(form: Form<K>): Form<K> {
  return form
}
