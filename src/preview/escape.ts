/**
 * Escaping for the review page: every string of the transcript (and every value read from it)
 * goes through `escapeHtml` before it reaches the page, in text and in attribute values alike.
 * Characters a reader cannot see but should know of (control characters, bidirectional
 * overrides, lone surrogates) are shown as visible marks with their code point.
 */

/** What must be escaped or made visible: one character at a time, so one linear pass. */
// eslint-disable-next-line no-control-regex -- control characters are what this pattern makes visible
const special = /[\0-\x08\v\f\x0E-\x1F"&'<>\x7F-\x9F\u200E\u200F\u202A-\u202E\u2066-\u2069\uD800-\uDFFF]/gu

const entities: Readonly<Record<string, string>> = {'&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;'}

function codePoint(char: string): string {
  return 'U+' + char.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')
}

/** Escape for text and quoted attribute values; invisible characters become a visible mark. */
export function escapeHtml(value: string): string {
  return value.replace(special, (char) => entities[char] ?? `<span class="cc" title="${codePoint(char)}">${codePoint(char)}</span>`)
}

/** Escape for an attribute value (a title, say): invisible characters as their code point, no markup. */
export function escapeAttribute(value: string): string {
  return value.replace(special, (char) => entities[char] ?? codePoint(char))
}
