/** The output formats, in the order `--help` lists them. A new format is one file and one entry here. */
import {cmif} from './cmif.js'
import {csv} from './csv.js'
import type {Format} from './format.js'
import {html} from './html.js'
import {json} from './json.js'
import {jsonl} from './jsonl.js'
import {tei} from './tei.js'
import {tree} from './tree.js'

export type {Context, Format, Parsed} from './format.js'

/** The formats of `--format`. */
export const formats: readonly Format[] = [json, jsonl, tree, tei, cmif, csv]

/** The format named `name`, or `undefined`: one of `formats`, or `html`, the format of `preview`. */
export function findFormat(name: string): Format | undefined {
  return [...formats, html].find((format) => format.name === name)
}
