/**
 * The roles a line can have on the review page, as data: one entry per node type of the
 * syntax tree that holds whole lines (`doc/syntax-tree.md`), with its label and what it means.
 * A line's role is the type of the letter's (or, outside letters, the root's) child that holds
 * it; colours live in `assets/page.css`, keyed by the same names.
 */
export interface Role {
  /** Short label shown beside the first line of each node. */
  label: string
  /** What the role means, for the legend. */
  description: string
}

export const roles: Readonly<Record<string, Role>> = {
  letterNumber: {label: 'number', description: 'the printed document number (No. 28)'},
  classification: {label: 'classification', description: 'a security marking (Personal and Secret)'},
  label: {label: 'label', description: 'an editorial label ([Extract.], Translation)'},
  actionLine: {label: 'action', description: 'Received on … / Sent on …'},
  heading: {label: 'heading', description: 'the heading: who writes to whom'},
  metadata: {label: 'metadata', description: 'key–value lines (Title: …, From: …)'},
  letterhead: {label: 'letterhead', description: 'a printed letterhead'},
  byline: {label: 'byline', description: 'a byline under the heading'},
  addressLine: {label: 'address', description: 'a telegram address line'},
  serial: {label: 'serial', description: 'a telegram or despatch serial'},
  dateline: {label: 'dateline', description: 'the date (and place) of writing'},
  salutation: {label: 'salutation', description: 'Dear Sir, …'},
  paragraph: {label: 'paragraph', description: 'a paragraph of the body'},
  closing: {label: 'closing', description: 'the complimentary close'},
  signature: {label: 'signature', description: 'the signature line'},
  signatureTitle: {label: 'sig. title', description: 'a line under the signature'},
  insideAddress: {label: 'inside addr.', description: 'the address printed after the signature'},
  postscript: {label: 'postscript', description: 'a postscript'},
  source: {label: 'source', description: 'the source citation'},
  editorialNote: {label: 'editorial', description: 'an editor’s note on the document'},
  footnoteDefinition: {label: 'footnote', description: 'a footnote text'},
  thematicBreak: {label: 'break', description: 'a separator (* * *)'},
  pageMarker: {label: 'page', description: 'a page marker of the printed edition'},
  furniture: {label: 'furniture', description: 'web-page furniture (Back to top)'},
  unplaced: {label: 'unplaced', description: 'text the parser could not place in a letter'}
}

/** The role of a node type; a type this table does not know yet is shown by its own name. */
export function roleOf(type: string): Role {
  return Object.hasOwn(roles, type) ? roles[type]! : {label: type, description: 'a node type this page does not describe'}
}
