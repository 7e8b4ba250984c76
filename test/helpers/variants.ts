/**
 * The same transcript in other clothes: other line endings, indentation, a BOM, trailing
 * spaces, or hard-wrapped at 72 characters (`test/variants.test.ts`, `test/no-text-lost.test.ts`).
 */

/** Hard-wrap every line longer than 72 characters at spaces, keeping its indentation. */
export function wrap(text: string): string {
  return text
    .split('\n')
    .map((line) => {
      if (line.length <= 72) return line
      const indent = /^\s*/u.exec(line)![0]
      const out: string[] = []
      let current = ''
      for (const word of line.trim().split(' ')) {
        if ((current + ' ' + word).trim().length > 72) {
          out.push(current.trim())
          current = word
        } else current += ' ' + word
      }
      out.push(current.trim())
      return out.map((l) => indent + l).join('\n')
    })
    .join('\n')
}

/** Changes that must not change what is read (the wrap aside, which may: see variants.test.ts). */
export const variants: Record<string, (text: string) => string> = {
  crlf: (t) => t.replace(/\n/gu, '\r\n'),
  cr: (t) => t.replace(/\n/gu, '\r'),
  indented: (t) => t.replace(/^(?=.)/gmu, '  '),
  bom: (t) => '\uFEFF' + t,
  'trailing spaces': (t) => t.replace(/\n/gu, '   \n')
}
