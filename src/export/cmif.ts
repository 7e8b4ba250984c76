/**
 * `toCmif`: letters as a CMIF 1.1 file (Correspondence Metadata Interchange Format), the TEI
 * file that correspSearch harvests: a header that describes the edition (given by the user,
 * see `EditionSchema`), and one `<correspDesc>` per letter that points to the edition's
 * `<bibl>`. Built as a frame and entries, so that the command line can write the entries of
 * many files (or of worker threads) into one frame; `toCmif` puts them together.
 */
import {v5 as uuidV5} from 'uuid'
import type {Letter} from '../schema/letter.js'
import {writeCorrespDesc} from './corresp-desc.js'
import {editionProblems, type Edition} from './edition.js'
import {createLookup, type Lookup, type Register} from './register.js'
import {version} from './tei.js'
import {comment, element, markEntries, serialize, splitFrame, teiDocument, teiFragment} from './xml.js'

export interface CmifOptions {
  /** What the header says of the edition (checked: a missing key throws, naming it). */
  edition: Edition
  /** Authority URIs for names (see `RegisterSchema`). */
  register?: Register | null | undefined
  /** Date of the file (default: `edition.date`, else today). */
  date?: string | undefined
}

/** The `xml:id` of the edition's `<bibl>`: as given, else a UUID made from its URL or text (the same on every run). */
export function biblId(edition: Edition): string {
  return edition.bibl.id ?? `bibl-${uuidV5(edition.bibl.url ?? edition.bibl.text, uuidV5.URL)}`
}

/** Throw a `TypeError` naming each missing or bad key of the edition. */
function checkEdition(edition: unknown): asserts edition is Edition {
  const problems = editionProblems(edition)
  if (problems.length > 0) throw new TypeError(problems.join('; '))
}

/** The CMIF document without its entries: the text before them and after. */
export function cmifFrame(options: CmifOptions): {open: string; close: string} {
  checkEdition(options.edition)
  const {edition} = options
  const tei = teiDocument('TEI')
  comment(tei, ` Made by epistola ${version} `)
  const header = element(tei, 'teiHeader')
  const fileDesc = element(header, 'fileDesc')
  const titleStmt = element(fileDesc, 'titleStmt')
  element(titleStmt, 'title', {}, edition.title)
  const editor = element(titleStmt, 'editor', {}, edition.editor.name + ' ')
  element(editor, 'email', {}, edition.editor.email)
  const publicationStmt = element(fileDesc, 'publicationStmt')
  element(publicationStmt, 'publisher', {}, edition.publisher)
  element(publicationStmt, 'idno', {type: 'url'}, edition.url)
  element(publicationStmt, 'date', {when: options.date ?? edition.date ?? new Date().toISOString().slice(0, 10)})
  element(element(publicationStmt, 'availability'), 'licence', {target: edition.licence}, edition.licenceText ?? edition.licence)
  const bibl = element(element(fileDesc, 'sourceDesc'), 'bibl', {type: edition.bibl.type, 'xml:id': biblId(edition)}, edition.bibl.text)
  if (edition.bibl.url) {
    bibl.txt(' ')
    element(bibl, 'ref', {target: edition.bibl.url}, edition.bibl.url)
  }
  markEntries(element(header, 'profileDesc'))
  element(element(element(tei, 'text'), 'body'), 'p')
  return splitFrame(serialize(tei, {declaration: true}))
}

/** Depth of the entries in the frame: `TEI` › `teiHeader` › `profileDesc` › here. */
const entryDepth = 3

/** The entries of `letters`, serialized: each `<correspDesc>` on its own line, indented for the frame. */
export function cmifEntries(letters: readonly Letter[], options: CmifOptions, lookup: Lookup = createLookup(options.register)): string {
  checkEdition(options.edition)
  const source = `#${biblId(options.edition)}`
  let text = ''
  for (const letter of letters) {
    const desc = writeCorrespDesc(teiFragment(entryDepth), letter, {dialect: 'cmif', lookup, attributes: {key: letter.number ?? undefined, source}})
    text += '\n' + '  '.repeat(entryDepth) + serialize(desc, {declaration: false})
  }
  return text
}

/** Letters (from one transcript or many) as one CMIF file. Throws a `TypeError` when the edition lacks what CMIF requires. */
export function toCmif(letters: readonly Letter[], options: CmifOptions): string {
  const {open, close} = cmifFrame(options)
  return open + cmifEntries(letters, options) + close + '\n'
}
