/**
 * One helper that builds a linear-time alternation from a word list: the words escaped, the
 * longest first (so `Tuesd.` is tried before `Tues.`), as a non-capturing group.
 */
export function alternation(words: readonly string[]): string {
  const escaped = [...words].sort((a, b) => b.length - a.length).map((word) => word.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&'))
  return `(?:${escaped.join('|')})`
}
