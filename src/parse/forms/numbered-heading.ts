/**
 * A heading with the edition’s numeral on one line:
 *
 *     I.--TO CHARLES COWDEN CLARKE.
 *     161.--To Scrope Berdmore Davies.
 *
 * The numeral (roman or arabic, a letter suffix allowed) is the letter’s number; what follows
 * the dash is read as a heading. The heading is the whole line, as printed.
 */
import {parseHeading, type HeadingParts, type Span} from '../../extract/heading.js'

const numberedStart = /^([IVXLCDM]{1,8}|\d{1,5}[a-z]?)\.(?:\s*(?:--|[–—])|\s)\s*(?=\S)/u

function shift<S extends Span>(span: S, by: number): S {
  return {...span, start: span.start + by, end: span.end + by}
}

/** The heading of a numbered heading line, its spans true to the whole line, or `null`. */
export function readNumberedHeading(text: string): HeadingParts | null {
  const start = numberedStart.exec(text)
  if (!start) return null
  // An elided name (`To----Bolton.`) reads as the name alone; spaces keep the offsets.
  const heading = parseHeading(text.slice(start[0].length).replace(/-{2,}/gu, (dashes) => ' '.repeat(dashes.length)))
  if (!heading || heading.number) return null
  return {...shiftHeading(heading, start[0].length), number: start[1]!, strength: 'strong'}
}

/** The heading read from a slice of a line that starts `by` characters in: its spans true to the line. */
export function shiftHeading(heading: HeadingParts, by: number): HeadingParts {
  if (by === 0) return heading
  return {
    ...heading,
    from: heading.from.map((span) => shift(span, by)),
    to: heading.to.map((span) => shift(span, by)),
    date: heading.date && shift(heading.date, by),
    citation: heading.citation && shift(heading.citation, by),
    classification: heading.classification && shift(heading.classification, by)
  }
}
