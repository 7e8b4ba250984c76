/**
 * The review page (`epistola preview`): one whole HTML document per input (`toHtml`). Not a
 * `--format` of `convert`: `preview` is its command, and this entry is how it shares convert's
 * reading, writing (`-o`, `--force`, `--no-clobber`, atomic files), worker threads and report.
 */
import {basename} from 'node:path'
import {archiveToHtml} from '../../preview/to-html.js'
import type {Format} from './format.js'

export const html: Format = {
  name: 'html',
  extension: '.html',
  description: 'the review page of each transcript (epistola preview)',
  stream: 'never',
  gathers: false,
  standalone: true,
  async write(parsed, write, context) {
    await write(archiveToHtml(parsed.archive!, {title: basename(context.name), explain: context.explain}))
  }
}
