/**
 * A heading naming the parties: `W. CHURCHILL TO J. V. STALIN`, `Personal and Secret from Premier
 * J. V. Stalin to the Prime Minister`, `TO JOSEPHINE, AT MILAN.` Footnote markers are read past.
 */
import {hasPartyLead, parseHeading, type HeadingParts} from '../../extract/heading.js'
import {readNumberedHeading, shiftHeading} from './numbered-heading.js'
import {readSidenote} from './sidenote.js'
import {defineForm} from './types.js'
import {withoutMarkers} from './without-markers.js'

/** A heading starts with a capital (or a quotation mark): `to the President` under a signature is not one. */
const headingStart = /^[\p{Lu}\d"“‘'([]/u

/** The heading read from a heading line’s text (markers out): numbered (`I.--TO …`) or plain. */
export function readHeadingLine(text: string): HeadingParts | null {
  // An opening emphasis mark, masked, leaves spaces before the heading: read past them.
  const lead = text.length - text.trimStart().length
  const line = lead > 0 ? text.slice(lead) : text
  const heading = readSidenote(line) ?? readNumberedHeading(line) ?? parseHeading(line) ?? readBracketedHeading(line)
  return heading && withoutWhereabouts(shiftHeading(heading, lead))
}

/** `[To Mrs. Gaskell.]`: a heading the editor supplied in brackets; spans true to the line. */
function readBracketedHeading(text: string): HeadingParts | null {
  if (!text.startsWith('[') || !text.endsWith(']')) return null
  const inner = parseHeading(text.slice(1, -1).trim())
  return inner && inner.strength === 'strong' ? shiftHeading(inner, text.indexOf(text.slice(1, -1).trim())) : null
}

/** `TO THE EMPRESS, AT MAYENCE.`: where the addressee is (`, at …`) is no part of the addressee. */
function withoutWhereabouts(heading: HeadingParts): HeadingParts {
  if (!heading.to.some((span) => whereabouts.test(span.text))) return heading
  return {
    ...heading,
    to: heading.to.map((span) => {
      const at = whereabouts.exec(span.text)
      return at ? {...span, text: span.text.slice(0, at.index), end: span.start + at.index} : span
    })
  }
}

const whereabouts = /,\s*(?:at|in)\s+\p{Lu}[^,]*$/iu

export const heading = defineForm({
  kind: 'heading',
  offsets: true,
  maxLength: 259,
  hint: (text) => hasPartyLead(text),
  read(text) {
    const clean = withoutMarkers(text)
    const parts = headingStart.test(clean.trimStart()) ? readHeadingLine(clean) : null
    return parts ? {parts, text: clean} : null
  },
  reason(result) {
    const {from, to} = result.parts
    return `names ${from.length > 0 ? 'a sender' : ''}${from.length > 0 && to.length > 0 ? ' and ' : ''}${to.length > 0 ? 'an addressee' : ''} in a heading form`
  }
})
