/** The letter's source: its own source line, a citation in its heading, or the page's. */
import {parseSource, type SourceParts} from '../extract/source.js'
import type {Source} from '../schema/source.js'
import {nodeText, spanPosition} from '../tree/to-string.js'
import type * as T from '../tree/types.js'
import {positionOf, type LetterContext} from './context.js'
import type {PageState} from './page.js'

function toSource(parts: SourceParts, raw: string, scope: Source['scope'], position: Source['position']): Source {
  const {textStart, ...fields} = parts
  void textStart
  return {raw, ...fields, scope, position}
}

function fromNode(node: T.Source | T.Metadata, scope: Source['scope'], page: PageState): Source {
  const text = nodeText(node, {breaks: ' '})
  const parts = parseSource(text.value)
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
  if (own) return fromNode(own, 'letter', context.page)
  if (citation && heading) {
    const text = nodeText(heading, {breaks: ' '})
    return toSource(parseSource(citation.text), citation.text, 'letter', spanPosition(text, citation.start, citation.end))
  }
  const pageSource = context.page.source
  if (pageSource) return fromNode(pageSource, 'page', context.page)
  return null
}
