import {findFootnoteMarkers} from '../../extract/footnote.js'

const markerCharacter = /[\d*]/u

/** The text with footnote markers taken out (`Roosevelt1`, `STALIN*`, a trailing ` 56`). */
export function withoutMarkers(text: string): string {
  // Every marker is a star or digits.
  if (!markerCharacter.test(text)) return text
  const markers = findFootnoteMarkers(text, {trailing: true})
  if (markers.length === 0) return text
  let value = ''
  let at = 0
  for (const marker of markers) {
    value += text.slice(at, marker.start)
    at = marker.end
  }
  return (value + text.slice(at)).replace(/(?<!\s)\s+$/u, '')
}
