/**
 * Character classes tested by code unit, for the hand-written scans of the extractors (a loop over
 * `charCodeAt` is several times cheaper than a regular expression per character).
 */

/** JavaScript's `\s`: the characters that separate words (and that `String.prototype.trim` removes). */
export function isSpace(code: number): boolean {
  return code === 32 || (code >= 9 && code <= 13) || code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff
}

/** An ASCII digit. */
export function isDigit(code: number): boolean {
  return code >= 48 && code <= 57
}
