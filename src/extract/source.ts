/**
 * Source citations: `Source: Stalin: Works, Vol. 17: 1941` → author, title, volume, year;
 * FRUS source notes and archive lines are kept whole.
 */
import {
  capitalised,
  documentKinds,
  editionTitleWords,
  editorAbbreviations,
  institutionWords,
  nameAbbreviations,
  numberAbbreviations,
  numerals,
  pattern,
  publisherWords,
  publishingPlaces,
  words
} from '../lexicon/index.js'
import {isDigit, isSpace} from './chars.js'
import {findDate} from './date.js'
import {isSourceNote} from './lines.js'

export interface SourceParts {
  text: string
  /** Offset of `text` in the string given. */
  textStart: number
  title: string | null
  author: string | null
  volume: string | null
  number: string | null
  page: string | null
  publisher: string | null
  place: string | null
  year: string | null
  date: string | null
  kind: 'citation' | 'archive' | 'fileNote'
}

const publisher = pattern('u')`\b(?:Publish\w*|${publisherWords})\b`
const cities = pattern('u')`^${words(publishingPlaces, {space: 'one'})}$`
/** `Vol. 3`, `Volume Two`, `V. 17`: a volume's number. */
const volumeNumber = String.raw`(?:[\dIVXLC]+|${words(numerals)})`
const volumeAtEnd = pattern('iu')`(?<!\s)\s*\bVol(?:ume)?\.?\s*(${volumeNumber})$`
const volumePart = pattern('iu')`^(?:Vol(?:ume)?\.?|V\.?)\s*(${volumeNumber})\b\s*(?:[,.:]\s*)?(\S.*)?$`
/** Archives, libraries, folders and collections: a source note that names one is an archive's. */
const archiveWord = pattern('u')`\b${words([...institutionWords, 'Folder', 'Collection'], {space: 'one'})}\b`
/** `Roosevelt Papers: Telegram`: the kind of document after a source note's colon. */
const sourceNoteKind = pattern('u')`:\s*${capitalised(documentKinds)}\.?$`
/**
 * Where a citation splits into parts: `. ` before a capital, a digit, a quotation mark or `(`
 * (not after an abbreviation or an initial), `, `, `: `, `; `. Abbreviations are capitalised
 * there (`Vol.`, `Mr.`), but for the page's `p.` and the editor's `ed.` (a lowercase `art.` or
 * `no.` is as often the word).
 */
const partBoundary = pattern('u')`(?<!\b${[...capitalised(numberAbbreviations), 'p', 'pp', ...editorAbbreviations, ...capitalised(nameAbbreviations)]})(?<!(?:^|[\s(])\p{Lu})\.(?:\s+(?=[\p{Lu}\d"“(])|\s*$)|,\s+|:\s+|;\s+`
/** A title word: the part that holds one is no author's name (`Stalin: Works`). */
const editionTitleWord = pattern('u')`\b${editionTitleWords}\b`

/** Is `code` space, a quotation mark or punctuation that `clean` strips from the ends? */
function isEdge(code: number): boolean {
  // " “ ” ' ‘ ’ , . ; :
  return isSpace(code) || code === 0x22 || code === 0x201c || code === 0x201d || code === 0x27 || code === 0x2018 || code === 0x2019 || code === 0x2c || code === 0x2e || code === 0x3b || code === 0x3a
}

/**
 * `value` without space, quotation marks and punctuation at either end: what
 * `.replace(/^[\s"“”'‘’,.;:]+|(?<![\s"“”'‘’,.;:])[\s"“”'‘’,.;:]+$/gu, '')` does, read from both
 * ends instead of trying the second pattern at every character.
 */
function clean(value: string): string {
  let start = 0
  let end = value.length
  while (start < end && isEdge(value.charCodeAt(start))) start++
  while (end > start && isEdge(value.charCodeAt(end - 1))) end--
  return start === 0 && end === value.length ? value : value.slice(start, end)
}

/**
 * `Title Vol. 3` as `/^(.*?)\s*\bVol(?:ume)?\.?\s*(N)$/iu` reads it, in one pass: the volume is
 * found from the end, and the title is the line before it (that pattern retried `\s*` from every
 * character of a long title).
 */
function titleThenVolume(part: string): string[] | null {
  if (!vol.test(part)) return null
  const volume = volumeAtEnd.exec(part)
  if (!volume || /[\n\r\u2028\u2029]/u.test(part.slice(0, volume.index))) return null
  return [part, part.slice(0, volume.index), volume[1]!]
}

/** A digit: `findDate` reads no date without one (a year has three at least). */
const digit = /\d/u

/** `vol` in any case: without it, `titleThenVolume` has nothing to find. */
const vol = /vol/iu

/** `Moscow 1946` as `/^([\p{Lu}][\p{L} ]+?)\s+(\d{4})$/u` reads it, without its quadratic retries. */
function placeThenYear(part: string): string[] | null {
  // `\s(\d{4})$`: a space and four digits that end the part.
  const at = part.length - 5
  if (at < 0 || !isSpace(part.charCodeAt(at))) return null
  for (let i = at + 1; i < part.length; i++) if (!isDigit(part.charCodeAt(i))) return null
  let runStart = at
  while (runStart > 0 && isSpace(part.charCodeAt(runStart - 1))) runStart--
  // The shortest place the lazy `+?` would take: up to the spaces before the year, two characters at least.
  const end = Math.max(2, runStart)
  const place = part.slice(0, end)
  return end <= at && /^\p{Lu}[\p{L} ]+$/u.test(place) ? [part, place, part.slice(at + 1)] : null
}

/**
 * Could `body` end in a date, as `findDate` reads one? Its last character, before closing space
 * and punctuation (`[\s.,;:)]`), must end a year: a digit, or `l`, `I`, `O` read as one.
 */
function mayEndInDate(body: string): boolean {
  let end = body.length
  for (;;) {
    if (end === 0) return false
    const code = body.charCodeAt(end - 1)
    if (!isSpace(code) && code !== 0x2e && code !== 0x2c && code !== 0x3b && code !== 0x3a && code !== 0x29) break
    end--
  }
  const code = body.charCodeAt(end - 1)
  return isDigit(code) || code === 0x6c || code === 0x49 || code === 0x4f
}

/** The length of a `Source:` label at the start of `input`, 0 when there is none. */
function sourceLabel(input: string): number {
  let at = 0
  while (at < input.length && isSpace(input.charCodeAt(at))) at++
  // Only an `s` (or the long `ſ`, which `/s/iu` matches too) can start one: most lines are done here.
  const first = input.charCodeAt(at)
  if (first !== 0x73 && first !== 0x53 && first !== 0x17f) return 0
  const label = /^\s*Source\s?:\s*/iu.exec(input)
  return label ? label[0].length : 0
}

/** The citation without its `Source:` label, outer parentheses and surrounding space, and where it starts. */
function citationText(input: string): {label: boolean; text: string; textStart: number} {
  const labelLength = sourceLabel(input)
  let textStart = labelLength
  let text = input.slice(textStart)
  const outer = /^\((.*)\)\.?\s*$/su.exec(text)
  if (outer) {
    textStart += 1
    text = outer[1]!
  }
  // Trailing space off (`\s` is what `trimEnd` removes).
  const trimmed = text.trimEnd()
  const leading = trimmed.length - trimmed.trimStart().length
  return {label: labelLength > 0, text: trimmed.trimStart(), textStart: textStart + leading}
}

/** Read one part of a citation into `result`; a part that is none of its fields goes to `rest` (title, author). */
function readPart(part: string, result: SourceParts, rest: string[]): void {
  let match: RegExpExecArray | string[] | null
  if ((match = volumePart.exec(part))) {
    result.volume ??= match[1]!
    if (match[2]) rest.push(match[2])
  } else if ((match = titleThenVolume(part)) && match[1]) {
    result.volume ??= match[2]!
    rest.push(match[1])
  } else if ((match = /^(?:No\.?|Number|Nr\.?|№)\s*(\d\w*)$/iu.exec(part))) result.number ??= match[1]!
  else if ((match = /^(?:pp?\.|page|pages)\s*([\d\-–ivxlc]+)$/iu.exec(part))) result.page ??= match[1]!
  else if (/^\d{4}$/u.test(part)) result.year ??= part
  else if ((match = placeThenYear(part)) && cities.test(match[1]!)) {
    result.place ??= match[1]!
    result.year ??= match[2]!
  } else if (cities.test(part)) result.place ??= part
  else if (publisher.test(part) && rest.length > 0) result.publisher ??= part
  else {
    const date = digit.test(part) ? findDate(part) : null
    if (date && date.iso && date.text.length >= part.length - 2) {
      if (date.precision === 'day') result.date ??= date.iso
      result.year ??= date.iso.slice(0, 4)
    } else rest.push(part)
  }
}

/** The last year of `text` (not one that opens a range, `1941–`): each year found once, not a scan to the end from every year. */
function lastYear(text: string): string | null {
  const years = [...text.matchAll(/\b(1[5-9]\d{2}|20\d{2})\b/gu)]
  const year = years.find((match, i) => i === years.length - 1 || /[\n\r\u2028\u2029]/u.test(text.slice(match.index + 4, years[i + 1]!.index)))
  return year && !/\d{4}\s*[-–]\s*$/u.test(text.slice(0, year.index)) ? year[1]! : null
}

/** Read a citation. `text` may carry its `Source:` label and outer parentheses. */
export function parseSource(input: string): SourceParts {
  const {label, text, textStart} = citationText(input)
  const result: SourceParts = {
    text,
    textStart,
    title: null,
    author: null,
    volume: null,
    number: null,
    page: null,
    publisher: null,
    place: null,
    year: null,
    date: null,
    kind: 'citation'
  }
  if (!label && isSourceNote(text)) {
    result.kind = archiveWord.test(text) ? 'archive' : 'fileNote'
    result.title = clean(text.replace(sourceNoteKind, ''))
    return result
  }

  let body = text.replace(/,(["”])/gu, '$1,')
  const trailingDate = mayEndInDate(body) ? findDate(body) : null
  if (trailingDate && trailingDate.iso && body.slice(trailingDate.end).replace(/[\s.,;:)]+/gu, '') === '') {
    if (trailingDate.precision === 'day') result.date = trailingDate.iso
    result.year = trailingDate.iso.slice(0, 4)
    body = body.slice(0, trailingDate.start)
  }
  const rest: string[] = []
  for (const part of body.split(partBoundary).map(clean).filter(Boolean)) readPart(part, result, rest)
  // `Stalin: Works` or `J. V. Stalin, Works`: a name before the title.
  if (rest.length > 1 && /^(?:\p{Lu}\.\s*)*\p{Lu}[\p{L}’'-]+$/u.test(rest[0]!) && rest[0]!.split(/\s+/u).length <= 4 && !editionTitleWord.test(rest[0]!)) {
    result.author = rest.shift()!
  }
  result.title = rest[0] ?? null
  if (!result.year) result.year = lastYear(text)
  return result
}
