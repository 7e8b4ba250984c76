/** `--format tree`: the unist tree with positions; several inputs: `[{"file", "tree"}, …]`. */
import {entryOpen, stringifyAt} from '../json-writer.js'
import {json} from './json.js'
import type {Format} from './format.js'

export const tree: Format = {
  name: 'tree',
  extension: '.tree.json',
  description: 'the unist syntax tree, with positions',
  stream: 'never',
  gathers: false,
  collection: {
    ...json.collection!,
    item: {
      open: (name, first, context) => entryOpen(name, 'tree', context.pretty, first),
      close: json.collection!.item!.close
    }
  },
  async write(parsed, write, context) {
    await write(stringifyAt(parsed.archive!.tree, context.pretty, context.nested ? 2 : 0) + (context.nested ? '' : '\n'))
  }
}
