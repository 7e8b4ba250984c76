/**
 * The line forms, in the order they are tried: the first whose `read` gives parts names the
 * line; a line no form reads is running text (`prose`). Earlier forms are the more specific:
 * a numbered note before anything else, a document number before a serial, a dateline before
 * a salutation, a heading before an address line, and the loose shapes (capitals, a name) last.
 *
 * To add a form: one file in this folder, one entry here, one test.
 */
import {maskEmphasis, stripEmphasis} from '../../extract/emphasis.js'
import {actionLine} from './action-line.js'
import {addressSalutation} from './address-salutation.js'
import {address} from './address.js'
import {bracketedFootnote} from './bracketed-footnote.js'
import {bracketedSource} from './bracketed-source.js'
import {capitals} from './capitals.js'
import {classification} from './classification.js'
import {closing} from './closing.js'
import {dashedSalutation} from './dashed-salutation.js'
import {dateline} from './dateline.js'
import {editorialNote} from './editorial-note.js'
import {elidedClosing} from './elided-closing.js'
import {enclosure} from './enclosure.js'
import {footnote} from './footnote.js'
import {furniture} from './furniture.js'
import {heading} from './heading.js'
import {label} from './label.js'
import {letterNumber} from './letter-number.js'
import {metadata} from './metadata.js'
import {name} from './name.js'
import {numberedAddress} from './numbered-address.js'
import {pageMarker} from './page-marker.js'
import {postscript} from './postscript.js'
import {relationalHeading} from './relational-heading.js'
import {salutation} from './salutation.js'
import {separator} from './separator.js'
import {sidenoteHeading} from './sidenote.js'
import {serial} from './serial.js'
import {sourceNote} from './source-note.js'
import {yearlessDateline} from './yearless-dateline.js'
import type {Form, FormResult, Kind, LineFacts} from './types.js'

export type {Form, FormResult, Kind, LineFacts, Parts, PartsByKind} from './types.js'
export {shortLine} from './types.js'
export {readHeadingLine} from './heading.js'
export {withoutMarkers} from './without-markers.js'

/** Forms that read numbered note lines: a line they read is no signature, whatever its shape. */
export const noteForms: ReadonlySet<Form> = new Set<Form>([numberedAddress, bracketedFootnote, footnote] as Form[])

export const forms: ReadonlyArray<Form> = [
  numberedAddress,
  bracketedFootnote,
  footnote,
  sidenoteHeading,
  furniture,
  separator,
  pageMarker,
  letterNumber,
  enclosure,
  serial,
  metadata,
  actionLine,
  sourceNote,
  bracketedSource,
  classification,
  label,
  dateline,
  yearlessDateline,
  salutation,
  dashedSalutation,
  addressSalutation,
  postscript,
  heading,
  relationalHeading,
  address,
  closing,
  elidedClosing,
  editorialNote,
  capitals,
  name
] as ReadonlyArray<Form>

export interface Reading {
  kind: Kind
  /** The form that read the line (`null`: running text). */
  form: Form | null
  result: FormResult<Kind> | null
  reason: string
}

/** Read a line: the first form that reads it, or running text. */
export function readLine(raw: string, facts: LineFacts): Reading {
  // Forms see through emphasis marks (`_Foreign Office, July_ 29, 1914.`): masked where offsets matter.
  const masked = maskEmphasis(raw)
  const stripped = masked === raw ? raw : stripEmphasis(raw)
  for (const form of forms) {
    const text = form.offsets ? masked : stripped
    if (text.length > form.maxLength) continue
    if (form.hint && !form.hint(text, facts)) continue
    const result = form.read(text, facts)
    if (result) return {kind: form.kind, form, result, reason: form.reason(result, text)}
  }
  return {kind: 'prose', form: null, result: null, reason: raw.length > 400 ? 'a long line of running text' : 'running text'}
}
