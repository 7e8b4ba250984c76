/**
 * The place of writing from a dateline’s place part: the town where the dateline prints a house,
 * an office or a street before it, without a county or state abbreviation after it.
 *
 *     EXECUTIVE MANSION, Washington       → Washington
 *     Department of State, Washington     → Washington
 *     Legation of the United States, London → London
 *     Newstead Abbey, Notts.              → Newstead Abbey
 *     WASHINGTON, D.C.                    → WASHINGTON
 *     23 HANS PLACE                       → HANS PLACE
 *
 * Returns where the name stands in `text`, so its position stays true.
 */
export interface PlaceName {
  text: string
  start: number
  end: number
}

/** `D.C.`, `Notts.`, `Mass.`, `N.Y.`: an abbreviated county or state after the town. */
const abbreviation = /^(?:\p{Lu}\.){1,3}$|^\p{Lu}\p{Ll}{1,5}\.$/u

export function placeName(text: string): PlaceName {
  const parts: PlaceName[] = []
  let at = 0
  for (const piece of text.split(',')) {
    const start = at + (piece.length - piece.trimStart().length)
    const value = piece.trim()
    if (value) parts.push({text: value, start, end: start + value.length})
    at += piece.length + 1
  }
  while (parts.length > 1 && abbreviation.test(parts.at(-1)!.text)) parts.pop()
  const last = parts.at(-1)
  if (!last) return {text, start: 0, end: text.length}
  // The house number goes with the house: `23 HANS PLACE` → `HANS PLACE`.
  const number = /^\d{1,4}\s+(?=\p{Lu})/u.exec(last.text)
  return number ? {text: last.text.slice(number[0].length), start: last.start + number[0].length, end: last.end} : last
}
