/** `--format csv`: one row per letter (`toCsv`), RFC 4180; the header row once per output. */
import {toCsv} from '../../index.js'
import type {Format} from './format.js'

export const csv: Format = {
  name: 'csv',
  extension: '.csv',
  description: 'one row per letter (id, file, number, date, sender, addressee, place, received, first words, source, confidence), RFC 4180',
  stream: 'large',
  gathers: false,
  document: {
    open: () => toCsv([]),
    close: () => ''
  },
  async write(parsed, write, context) {
    for await (const letter of parsed.letters) await write(toCsv([letter], {file: context.name, header: false}))
  }
}
