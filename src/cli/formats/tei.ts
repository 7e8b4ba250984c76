/**
 * `--format tei`: one TEI P5 document per input (`toTei`); several inputs in one output: a
 * `<teiCorpus>` of them, each document's ids prefixed (`d1-letter-1`) to stay apart.
 */
import {teiCorpusFrame, toTei} from '../../index.js'
import type {Format} from './format.js'

let frame: {open: string; close: string} | undefined

export const tei: Format = {
  name: 'tei',
  extension: '.tei.xml',
  description: 'TEI P5: one <TEI> per input (letters as <div type="letter">, metadata in <correspDesc>); several inputs: a <teiCorpus>',
  stream: 'never',
  gathers: false,
  collection: {
    open: () => (frame ??= teiCorpusFrame()).open,
    close: () => (frame ??= teiCorpusFrame()).close + '\n',
    item: {open: () => '\n  ', close: () => ''}
  },
  async write(parsed, write, context) {
    const xml = toTei(parsed.archive!, {file: context.name, register: context.register, idPrefix: context.nested ? `d${context.index + 1}-` : '', declaration: !context.nested, depth: context.nested ? 1 : 0})
    await write(context.nested ? xml : xml + '\n')
  }
}
