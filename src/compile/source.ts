/** The letter's source: its own source line, a citation in its heading, or the page's. */
import {parseSource, type SourceParts} from '../extract/source.js'
import type {Source} from '../schema/source.js'
import {nodeText, spanPosition, type NodeText} from '../tree/to-string.js'
import type * as T from '../tree/types.js'
import {positionOf, type LetterContext} from './context.js'
import type {PageState} from './page.js'

function toSource(parts: SourceParts, raw: string, scope: Source['scope'], position: Source['position']): Source {
  // The parts without `textStart`, key by key (in their order): no rest and spread copies.
  return {
    raw,
    text: parts.text,
    title: parts.title,
    author: parts.author,
    volume: parts.volume,
    number: parts.number,
    page: parts.page,
    publisher: parts.publisher,
    place: parts.place,
    year: parts.year,
    date: parts.date,
    kind: parts.kind,
    scope,
    position
  }
}

/** A page's source line, read once for all the letters of the page (the parts are copied out, never changed). */
const pageSources = new WeakMap<T.Source, {text: NodeText; parts: SourceParts}>()

function readPageSource(node: T.Source): {text: NodeText; parts: SourceParts} {
  let read = pageSources.get(node)
  if (read === undefined) {
    const text = nodeText(node, {breaks: ' '})
    read = {text, parts: parseSource(text.value)}
    pageSources.set(node, read)
  }
  return read
}

function fromNode(node: T.Source, text: NodeText, parts: SourceParts, scope: Source['scope'], page: PageState): Source {
  const source = toSource(parts, text.value.trim(), scope, spanPosition(text, parts.textStart, parts.textStart + parts.text.length) ?? positionOf(node))
  // A page's `Publisher : Progress Publishers, Moscow, USSR` line completes its `Source :` line.
  if (scope === 'page' && !source.publisher) {
    const publisher = page.publisher
    if (publisher) {
      const value = nodeText(publisher).value.replace(/^[^:]*:\s*/u, '')
      const [name, place] = value.split(/,\s*/u)
      source.publisher = name ?? null
      source.place ??= place ?? null
    }
  }
  return source
}

export function compileSource(context: LetterContext, citation: {text: string; start: number; end: number} | null, heading: T.Heading | undefined): Source | null {
  const own = context.first('source')
  if (own) {
    const text = context.spaced(own)
    return fromNode(own, text, parseSource(text.value), 'letter', context.page)
  }
  if (citation && heading) {
    const text = context.spaced(heading)
    return toSource(parseSource(citation.text), citation.text, 'letter', spanPosition(text, citation.start, citation.end))
  }
  const pageSource = context.page.source
  if (pageSource) {
    const {text, parts} = readPageSource(pageSource)
    return fromNode(pageSource, text, parts, 'page', context.page)
  }
  return null
}
