/**
 * The epistola syntax tree: unist nodes, typed the `@types/mdast` way.
 * The spec, with an example per node, is `doc/syntax-tree.md`.
 */
import type {Layout} from '../parse/layout/types.js'
import type {Data as UnistData, Literal as UnistLiteral, Node as UnistNode, Parent as UnistParent, Position} from 'unist'

export type {Position}

/** Info the parser keeps on a node: why it was read as it was. */
export interface Data extends UnistData {
  /** Why the node got its type (`reason` of the classifier). */
  reason?: string | undefined
}

interface Node extends UnistNode {
  data?: Data | undefined
}

interface Parent extends UnistParent {
  children: Array<Node>
  data?: Data | undefined
}

interface Literal extends UnistLiteral {
  value: string
  data?: Data | undefined
}

// ---------------------------------------------------------------- phrasing

/** Plain text, footnote markers and page markers taken out. */
export interface Text extends Literal {
  type: 'text'
}

/** A footnote marker: `*` after a heading, `17` glued to a word (mdast meaning). */
export interface FootnoteReference extends Node {
  type: 'footnoteReference'
  /** Normalised label, used to match a `footnoteDefinition`. */
  identifier: string
  /** The marker as printed. */
  label: string
}

/** A page marker of the printed edition: `[Page 114]`; `value` is `114`. */
export interface PageMarker extends Literal {
  type: 'pageMarker'
}

/** A line break inside a node that spans several lines (mdast meaning). */
export interface Break extends Node {
  type: 'break'
}

export interface PhrasingContentMap {
  text: Text
  footnoteReference: FootnoteReference
  pageMarker: PageMarker
  break: Break
}

export type PhrasingContent = PhrasingContentMap[keyof PhrasingContentMap]

/** A node made of one or more lines of text. */
interface LineParent extends Parent {
  children: PhrasingContent[]
}

// ---------------------------------------------------------------- letter content

/** The printed document number line: `No. 28`, `№ 98`. */
export interface LetterNumber extends LineParent {
  type: 'letterNumber'
  /** The number without its label: `28`. */
  number: string
}

/** A security or handling marking on its own line: `Personal and Most Secret`, `top secret`. */
export interface Classification extends LineParent {
  type: 'classification'
}

/** An editorial label: `[Extract.]`, `Translation`. */
export interface Label extends LineParent {
  type: 'label'
}

/** A dated action line: `Received on November 22, 1941`, `Sent on January 8, 1942`. */
export interface ActionLine extends LineParent {
  type: 'actionLine'
  action: 'received' | 'sent'
}

/** The letter's heading: `W. CHURCHILL TO J. V. STALIN*` (mdast meaning, no depth). */
export interface Heading extends LineParent {
  type: 'heading'
}

/** Key–value metadata lines: `Title: …`, `From: …`, `Publisher : …`. */
export interface Metadata extends LineParent {
  type: 'metadata'
  /** The key, lower case: `title`, `from`, `to`, `publisher`. */
  key: string
}

/** A letterhead: `THE WHITE HOUSE` / `WASHINGTON`. */
export interface Letterhead extends LineParent {
  type: 'letterhead'
}

/** A byline under the heading: `From George Washington`. */
export interface Byline extends LineParent {
  type: 'byline'
}

/** A telegram address line: `Number 32. Top Secret and Personal. For Marshal Stalin from the President.` */
export interface AddressLine extends LineParent {
  type: 'addressLine'
}

/** A telegram or despatch serial on its own line: `No. 14.]`, `297`. */
export interface Serial extends LineParent {
  type: 'serial'
  /** The serial without label: `14`. */
  value: string
}

/** A dateline, with or without a place: `London, July 12, 1861.` */
export interface Dateline extends LineParent {
  type: 'dateline'
}

/** The salutation on its own line: `Dear Sir`, `My dear Mr. President,`. */
export interface Salutation extends LineParent {
  type: 'salutation'
}

/** A paragraph of the body (mdast meaning). */
export interface Paragraph extends LineParent {
  type: 'paragraph'
}

/** The complimentary close: `Yours sincerely,`. */
export interface Closing extends LineParent {
  type: 'closing'
}

/** The signature line: `J. Stalin`, `(Signed) L. Lothian`. */
export interface Signature extends LineParent {
  type: 'signature'
}

/** A line under the signature: `Supreme Commander-in-Chief`. */
export interface SignatureTitle extends LineParent {
  type: 'signatureTitle'
}

/** The inside address printed after the signature: `Hon. Wm. H. Seward,` / `Secretary of State`. */
export interface InsideAddress extends LineParent {
  type: 'insideAddress'
}

/** A postscript: `P.S. …`, with its paragraphs and initials. */
export interface Postscript extends Parent {
  type: 'postscript'
  children: Array<Paragraph | Signature>
}

/** A source or citation line: `Source: Stalin: Works, Vol. 17: 1941`, `Roosevelt Papers: Telegram`. */
export interface Source extends LineParent {
  type: 'source'
  /** `page`: one source for every letter that follows on the page. */
  scope: 'letter' | 'page'
}

/** An editor's or archivist's note on the document: `Marks in blue pencil by Joseph Stalin.` */
export interface EditorialNote extends LineParent {
  type: 'editorialNote'
}

/** A footnote text: `1. Code name for Winston Churchill.` (mdast meaning). */
export interface FootnoteDefinition extends Parent {
  type: 'footnoteDefinition'
  identifier: string
  label: string
  children: Paragraph[]
}

/** A separator or elision row: `* * *`, `. . . . .` (mdast meaning). */
export interface ThematicBreak extends Node {
  type: 'thematicBreak'
}

/** Web-page furniture: `Back to top`, `Text Version`. Kept, reported, never part of a letter. */
export interface Furniture extends LineParent {
  type: 'furniture'
}

/** Text the parser could not place in a letter: titles, introductions. Kept and reported. */
export interface Unplaced extends LineParent {
  type: 'unplaced'
}

/** One letter. */
export interface Letter extends Parent {
  type: 'letter'
  children: LetterContent[]
}

export interface LetterContentMap {
  letterNumber: LetterNumber
  classification: Classification
  label: Label
  actionLine: ActionLine
  heading: Heading
  metadata: Metadata
  letterhead: Letterhead
  byline: Byline
  addressLine: AddressLine
  serial: Serial
  dateline: Dateline
  salutation: Salutation
  paragraph: Paragraph
  closing: Closing
  signature: Signature
  signatureTitle: SignatureTitle
  insideAddress: InsideAddress
  postscript: Postscript
  source: Source
  editorialNote: EditorialNote
  footnoteDefinition: FootnoteDefinition
  thematicBreak: ThematicBreak
  pageMarker: PageMarker
  furniture: Furniture
  unplaced: Unplaced
}

export type LetterContent = LetterContentMap[keyof LetterContentMap]

export interface RootContentMap {
  letter: Letter
  source: Source
  metadata: Metadata
  thematicBreak: ThematicBreak
  pageMarker: PageMarker
  furniture: Furniture
  footnoteDefinition: FootnoteDefinition
  unplaced: Unplaced
}

export type RootContent = RootContentMap[keyof RootContentMap]

/** The whole transcript. */
/** Info the parser keeps on the root: the archive’s layout, as learnt and declared. */
export interface RootData extends Data {
  layout?: Layout | undefined
}

export interface Root extends Parent {
  type: 'root'
  children: RootContent[]
  data?: RootData | undefined
}

export type Nodes = Root | RootContent | LetterContent | PhrasingContent
export type LineNode = Extract<Nodes, LineParent>
export type Parents = Extract<Nodes, UnistParent>
