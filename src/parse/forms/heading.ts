/**
 * A heading naming the parties: `W. CHURCHILL TO J. V. STALIN`, `Personal and Secret from Premier
 * J. V. Stalin to the Prime Minister`, `TO JOSEPHINE, AT MILAN.` Footnote markers are read past.
 */
import {hasPartyWord, parseHeading, type HeadingParts} from '../../extract/heading.js'
import {readNumberedHeading} from './numbered-heading.js'
import {readSidenote} from './sidenote.js'
import {defineForm} from './types.js'
import {withoutMarkers} from './without-markers.js'

/** A heading starts with a capital (or a quotation mark): `to the President` under a signature is not one. */
const headingStart = /^[\p{Lu}\d"“‘'([]/u

/** The heading read from a heading line’s text (markers out): numbered (`I.--TO …`) or plain. */
export function readHeadingLine(text: string): HeadingParts | null {
  const heading = readSidenote(text) ?? readNumberedHeading(text) ?? parseHeading(text)
  return heading && withoutWhereabouts(heading)
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
  hint: (text) => hasPartyWord(text),
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
