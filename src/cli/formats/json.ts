/** `--format json` (the default): `Letter[]`; several inputs: `[{"file", "letters"}, …]`. */
import {createArrayWriter, entryClose, entryOpen} from '../json-writer.js'
import type {Format} from './format.js'

export const json: Format = {
  name: 'json',
  extension: '.json',
  description: 'Letter[] as JSON (the default); several inputs: [{file, letters}]',
  stream: 'large',
  gathers: false,
  collection: {
    open: () => '[',
    close: (context, count) => (context.pretty && count > 0 ? '\n]\n' : ']\n'),
    item: {
      open: (name, first, context) => entryOpen(name, 'letters', context.pretty, first),
      close: (wrote, context) => (wrote ? '' : 'null') + entryClose(context.pretty)
    }
  },
  async write(parsed, write, context) {
    const array = createArrayWriter(write, context.pretty, context.nested ? 2 : 0)
    for await (const letter of parsed.letters) await array.item(letter)
    await array.close()
    if (!context.nested) await write('\n')
  }
}
