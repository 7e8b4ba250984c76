/** `--format jsonl`: one letter a line, each with a `file` field; streamed. */
import type {Format} from './format.js'

export const jsonl: Format = {
  name: 'jsonl',
  extension: '.jsonl',
  description: 'one letter a line, each with a file field (streamed)',
  stream: 'always',
  gathers: false,
  async write(parsed, write, context) {
    for await (const letter of parsed.letters) await write(JSON.stringify({file: context.name, ...letter}) + '\n')
  }
}
