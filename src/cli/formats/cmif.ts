/**
 * `--format cmif`: one CMIF file for every input of the run (`toCmif`'s frame and entries),
 * for correspSearch; needs `--edition FILE.json`.
 */
import {cmifEntries, cmifFrame, type Edition} from '../../index.js'
import type {Format} from './format.js'

const frames = new WeakMap<Edition, {open: string; close: string}>()

function frameOf(edition: Edition | null) {
  let frame = frames.get(edition!)
  if (!frame) frames.set(edition!, (frame = cmifFrame({edition: edition!})))
  return frame
}

export const cmif: Format = {
  name: 'cmif',
  extension: '.cmif.xml',
  description: 'CMIF 1.1 for correspSearch: one file for all inputs, a <correspDesc> per letter (needs --edition)',
  stream: 'large',
  gathers: true,
  check: (context) => (context.edition ? [] : ['Missing `--edition FILE.json` for --format cmif, expected the edition the CMIF header describes (see `epistola/edition.schema.json`)']),
  document: {
    open: (context) => frameOf(context.edition).open,
    close: (context) => frameOf(context.edition).close + '\n'
  },
  async write(parsed, write, context) {
    const options = {edition: context.edition!, register: context.register}
    for await (const letter of parsed.letters) await write(cmifEntries([letter], options))
  }
}
