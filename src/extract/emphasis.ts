/**
 * Emphasis marks of plain-text editions: Project Gutenberg and many transcriptions print italics
 * as `_underscores_` (`_Foreign Office, July_ 29, 1914.`, `_Gentlemen of the Senate_:`). Readers
 * of a line’s shape see through them: each mark becomes a space, so every offset stays true to
 * the text. A run of marks (`_____`, a rule) is kept: it is a separator, not emphasis.
 */

/** Is the code an emphasis mark (`_`)? */
function isMark(code: number): boolean {
  return code === 0x5f
}

/** `text` without its single emphasis marks (`_Senate_:` → `Senate:`): for tests that give no offsets. Linear. */
export function stripEmphasis(text: string): string {
  if (!text.includes('_')) return text
  return removeMarks(text)
}

function removeMarks(text: string): string {
  let out = ''
  let from = 0
  for (let i = 0; i < text.length; i++) {
    if (!isMark(text.charCodeAt(i)) || isMark(text.charCodeAt(i - 1)) || isMark(text.charCodeAt(i + 1))) continue
    out += text.slice(from, i)
    from = i + 1
  }
  return from === 0 ? text : out + text.slice(from)
}

/** `text` with single emphasis marks turned to spaces (same length). Linear. */
export function maskEmphasis(text: string): string {
  if (!text.includes('_')) return text
  let out = ''
  let from = 0
  for (let i = 0; i < text.length; i++) {
    if (!isMark(text.charCodeAt(i))) continue
    if (isMark(text.charCodeAt(i - 1)) || isMark(text.charCodeAt(i + 1))) continue
    out += text.slice(from, i) + ' '
    from = i + 1
  }
  return from === 0 ? text : out + text.slice(from)
}
