/**
 * Build a benchmark archive of a given size from the corpus texts in `fixtures/`:
 * the transcripts are concatenated in a fixed order, separated by blank lines, and
 * repeated until the size is reached (cut at a line boundary). Deterministic.
 */
import {readdirSync, readFileSync} from 'node:fs'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'

const root = fileURLToPath(new URL('../fixtures/', import.meta.url))

/** The corpus texts, sample first then the dev corpus, sorted by name. */
export function corpusTexts() {
  const names = [
    ...readdirSync(root).filter((name) => name.endsWith('.txt')).sort().map((name) => join(root, name)),
    ...readdirSync(join(root, 'dev')).filter((name) => name.endsWith('.txt')).sort().map((name) => join(root, 'dev', name))
  ]
  return names.map((name) => readFileSync(name, 'utf8'))
}

/** An archive of about `size` UTF-16 code units (characters), made of whole corpus lines. */
export function buildArchive(size, texts = corpusTexts()) {
  const chunk = texts.map((text) => text.trim()).join('\n\n\n') + '\n\n\n'
  const repeat = Math.ceil(size / chunk.length)
  let text = chunk.repeat(repeat)
  if (text.length > size) {
    const cut = text.lastIndexOf('\n', size)
    text = text.slice(0, cut > 0 ? cut + 1 : size)
  }
  return text
}
