import type {Position} from 'unist'
import type {Rule} from './rule.js'

/** Most messages this rule gives for one file: a binary file would otherwise give millions. */
const most = 20

// eslint-disable-next-line no-control-regex -- control characters are what this rule reports
const control = /[\u0000-\u0008\v\u000E-\u001F\u007F]+/gu

/**
 * Control characters (NUL, escape, …) in the transcript: kept in the text, never a line break,
 * and reported where they stand, so a binary file or a bad conversion is seen.
 */
export const controlCharacter: Rule = {
  id: 'control-character',
  severity: 'warn',
  description: 'Control characters (NUL, escape, …) in the text.',
  check({file, report}) {
    const text = typeof file.value === 'string' ? file.value : ''
    let count = 0
    let line = 1
    let lineStart = 0
    let scanned = 0
    control.lastIndex = 0
    for (const match of text.matchAll(control)) {
      // Count line endings up to the match, once over the text in all.
      for (; scanned < match.index; scanned++) {
        const code = text.charCodeAt(scanned)
        if (code === 10 || (code === 13 && text.charCodeAt(scanned + 1) !== 10)) {
          line++
          lineStart = scanned + 1
        }
      }
      count++
      if (count > most) continue
      const column = match.index - lineStart + 1
      const place: Position = {
        start: {line, column, offset: match.index},
        end: {line, column: column + match[0].length, offset: match.index + match[0].length}
      }
      const codes = [...new Set(match[0])].map((char) => 'U+' + char.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')).join(', ')
      report({place, reason: `Unexpected control character ${codes}, expected text (remove it, or check the file’s encoding)`, actual: match[0]})
    }
    if (count > most) {
      report({place: {line: 1, column: 1}, reason: `Unexpected ${count} runs of control characters, expected text; only the first ${most} are reported`})
    }
  }
}
