/**
 * Footnote markers and page markers inside a line of text, and footnote definition lines.
 * Every function returns offsets into the string it was given.
 */

import {numberAbbreviations, numberWords, pattern} from '../lexicon/index.js'
import {isSpace} from './chars.js'

export interface Marker {
  start: number
  end: number
  /** The marker as printed: `*`, `17`, `*2`. */
  label: string
  kind: 'footnote' | 'page'
  /** For page markers: the page (`114`). */
  value?: string | undefined
}

// Abbreviations that take a number: `No.2`, `Vol.3`, `p.14` are not footnote markers.
const numberedAbbreviation = pattern('iu')`(?:^|[^\p{L}])${[...numberAbbreviations, ...numberWords]}\.?$`

const pageMarker = /\[\s*(?:Page|p\.)\s*([0-9ivxlcdm]+)\s*\]/giu
const star = /\*+(\d{0,3})/gu
// Digits glued to a word, or to closing punctuation after a word: `treaty1`, `President.40`, `”50`, `(Henderson)98`.
const digits = /\d+/gu
const gluedBefore = /(?:\p{L}[.,;:!?]?[”"’')\]]?|\p{L}[”"’')\]]?[.,;:!?]|\d{4}[.,])$/u
const gluedAfter = /^(?:[\s”"’')\].,;:]|$)/u

/** Page markers (`[Page 114]`) in `text`. */
export function findPageMarkers(text: string): Marker[] {
  const found: Marker[] = []
  if (!text.includes('[')) return found
  pageMarker.lastIndex = 0
  for (const match of text.matchAll(pageMarker)) {
    found.push({start: match.index, end: match.index + match[0].length, label: match[0], kind: 'page', value: match[1]})
  }
  return found
}

/**
 * Footnote markers in prose. `trailing` also takes a number standing alone at the very end
 * (`President Roosevelt to Marshal Stalin 1`), which only headings print.
 */
export function findFootnoteMarkers(text: string, options: {trailing?: boolean} = {}): Marker[] {
  const found: Marker[] = []
  star.lastIndex = 0
  for (const match of text.includes('*') ? text.matchAll(star) : []) {
    const before = text.charCodeAt(match.index - 1)
    const after = text.charAt(match.index + match[0].length)
    // A star stands after a word or punctuation, not at the start of a line or between spaces (`* * *`).
    if (match.index === 0 || Number.isNaN(before) || before === 32 || before === 9) continue
    if (after && !/[\s.,;:”"’')\]]/u.test(after)) continue
    found.push({start: match.index, end: match.index + match[0].length, label: match[0], kind: 'footnote'})
  }
  digits.lastIndex = 0
  for (const match of text.matchAll(digits)) {
    const index = match.index
    if (match[0].length > 3 || index === 0) continue
    // A marker is glued to what precedes it: digits after a space (` 1941`, ` 28`) are none.
    if (isSpace(text.charCodeAt(index - 1))) continue
    if (!gluedAfter.test(text.charAt(index + match[0].length))) continue
    const before = text.slice(Math.max(0, index - 12), index)
    if (!gluedBefore.test(before.slice(-6))) continue
    if (numberedAbbreviation.test(before)) continue
    // Digits right after a short letter run are a code (`V1`, `B29`), not a marker.
    const letters = /(?<!\p{L})\p{L}+$/u.exec(before)
    if (letters && letters[0].length < 3) continue
    found.push({start: index, end: index + match[0].length, label: match[0], kind: 'footnote'})
  }
  if (options.trailing) {
    const trailing = /(?<=[\p{L})\]]) (\d{1,3})$/u.exec(text)
    if (trailing) {
      const start = trailing.index + 1
      if (!found.some((m) => m.start === start)) found.push({start, end: start + trailing[1]!.length, label: trailing[1]!, kind: 'footnote'})
    }
  }
  return found.sort((a, b) => a.start - b.start)
}

export interface FootnoteLine {
  /** The label as printed (`1`, `*`), or `-` for an unnumbered `- text↩` note. */
  label: string
  /** Offset where the note text starts. */
  textStart: number
  /** Offset where the note text ends (a trailing `↩` left out). */
  textEnd: number
}

/**
 * Read a footnote definition line: `  1. text` (indented), `* text`, `- text↩`, `[1] text`.
 * `indent` is the line's leading whitespace width; numbered notes need some, or a `↩`.
 */
export function readFootnoteLine(text: string, indent: number): FootnoteLine | null {
  const back = text.endsWith('↩') ? text.length - 1 : text.length
  const dash = /^[-–] (?=\S)/u.exec(text)
  if (dash && back < text.length) return {label: '-', textStart: dash[0].length, textEnd: back}
  const numbered = /^(\d{1,3})\.\s+(?=\S)/u.exec(text)
  if (numbered && (indent > 0 || back < text.length)) return {label: numbered[1]!, textStart: numbered[0].length, textEnd: back}
  // `[2]--I had but you`: a marker glued to the text opens a paragraph, not a note.
  const bracketed = /^\[(\d{1,3}|\*)\]\s+(?=\S)/u.exec(text)
  if (bracketed) return {label: bracketed[1]!, textStart: bracketed[0].length, textEnd: back}
  const starred = /^(\*{1,3}\d{0,2})\s*(?=\S)/u.exec(text)
  if (starred && !/^\*(?:\s*\*)+\s*$/u.test(text)) return {label: starred[1]!, textStart: starred[0].length, textEnd: back}
  return null
}
