/** The segmenter’s plan: items (a segment with its role) grouped into letters. */
import type {FootnoteLine} from '../../extract/footnote.js'
import type {Segment} from '../classify.js'

export type Role =
  | 'letterNumber'
  | 'serial'
  | 'classification'
  | 'label'
  | 'actionLine'
  | 'heading'
  | 'metadata'
  | 'letterhead'
  | 'addressLine'
  | 'byline'
  | 'dateline'
  | 'salutation'
  | 'paragraph'
  | 'closing'
  | 'signature'
  | 'signatureTitle'
  | 'insideAddress'
  | 'postscript'
  | 'postscriptSignature'
  | 'source'
  | 'editorialNote'
  | 'footnoteDefinition'
  | 'thematicBreak'
  | 'pageMarker'
  | 'furniture'
  | 'unplaced'

export interface Item {
  role: Role
  segment: Segment
  reason: string
  /** For sources: one for the page, or this letter's. */
  scope?: 'page' | 'letter'
  /** For a note read by the segmenter from a line of running text (`1. For …` under a letter). */
  note?: FootnoteLine
}

export interface LetterPlan {
  items: Item[]
}

export type PlanEntry = {type: 'letter'; letter: LetterPlan} | {type: 'item'; item: Item}

/** Where the segmenter stands: before a letter, in its header, body, after it, in a postscript. */
export type State = 'front' | 'header' | 'body' | 'trailer' | 'postscript'
