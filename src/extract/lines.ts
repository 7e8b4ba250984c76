/**
 * Line shapes that need no context: page furniture, separators, numbers, metadata,
 * source notes, salutations, closings, signature-like name lines.
 */
import {
  addressForms,
  capitalised,
  closeAdverbWords,
  closePossessives,
  closingAdverbs,
  closingGifts,
  closingQualities,
  closingWords,
  collectionWords,
  documentDescriptors,
  documentKinds,
  editorialNoteWords,
  fileWords,
  furnitureLines,
  furnitureOpenings,
  institutionQualifiers,
  institutionWords,
  lineAddressForms,
  metadataKeys,
  numberLabels,
  pattern,
  salutationAdjectives,
  signatureConnectors,
  subscriptionNouns,
  subscriptionQualities,
  words
} from '../lexicon/index.js'
import {isSpace} from './chars.js'

// Lines that end in `.*` take the closing `\s*[.→»>]?\s*` only after a line terminator (`.`
// matches everything else): the same language as one shared tail, without the overlap.
const furniture = pattern('iu')`^(?:[←↑«<]\s*)?(?:(?:${furnitureLines}|[|¦])\s*(?:[.→»>]\s*)?|${furnitureOpenings}\b.*(?:[\n\r\u2028\u2029]\s*(?:[.→»>]\s*)?)?)$`

/** Page furniture of a web copy: `Back to top`, `Next page »`, `This work is licensed under …`. */
export function isFurniture(text: string): boolean {
  return furniture.test(text)
}

export function isSeparator(text: string): boolean {
  return /^[*.·•_=~–—#-](?:[ \t]*[*.·•_=~–—#-]){2,}$/u.test(text)
}

export function readPageMarkerLine(text: string): string | null {
  const match = /^\[\s*(?:Page|p\.)\s*([0-9ivxlcdm]+)\s*\]$/iu.exec(text)
  return match ? match[1]! : null
}

const letterNumber = pattern('u')`^\[?${numberLabels}\s*(\d{1,5}[A-Za-z]?|[IVXLCDM]{1,8})\s*[.:]?\]?$`

/** `No. 28`, `№ 98`: the edition's document number. */
export function readLetterNumber(text: string): string | null {
  // `No. 14.]` (a bracket closed, never opened) is a despatch number.
  if (text.endsWith(']') !== text.startsWith('[')) return null
  const match = letterNumber.exec(text)
  return match ? match[1]! : null
}

/** `No. 14.]` (a despatch number), `Number 616.`, `297`: a serial, not a document number. */
export function readSerial(text: string): {value: string; kind: 'telegram' | 'despatch'} | null {
  const despatch = /^No\.\s*(\d{1,6})\s*(?:\.\s*)?\]$/u.exec(text)
  if (despatch) return {value: despatch[1]!, kind: 'despatch'}
  const number = /^(?:Number|Telegram|Tel\.|Cable)\s+(?:No\.\s*)?(\d{1,6})\s*\.?$/iu.exec(text)
  if (number) return {value: number[1]!, kind: 'telegram'}
  const bare = /^(\d{1,6})\s*\.?$/u.exec(text)
  if (bare && !(bare[1]!.length === 4 && /^(?:1\d|20)/u.test(bare[1]!))) return {value: bare[1]!, kind: 'telegram'}
  return null
}

const metadataKey = pattern('iu')`^(${metadataKeys})\s?:\s+(?=\S)`

/** `Title: …`, `Source : …`, `Publisher : …`. */
export function readMetadata(text: string): {key: string; valueStart: number} | null {
  const match = metadataKey.exec(text)
  if (!match) return null
  return {key: match[1]!.toLowerCase().replace(/\s+/gu, ' '), valueStart: match[0].length}
}

/**
 * A cheap hint that a line may be a source note: `:`, `/`, a quotation mark, an archive word, or an
 * editorial descriptor (`RC`, `ALS`) at the start. (A regular expression scans faster than a loop.)
 */
const sourceNoteHint = pattern('u')`[:/”"]|${words([...collectionWords, ...institutionWords], {space: 'one'})}|^${documentDescriptors}\b`

export function hasSourceNoteHint(text: string): boolean {
  return sourceNoteHint.test(text)
}

/** Every source-note form opens with a digit, a capital, a quotation mark or a space. */
function mayOpenSourceNote(text: string): boolean {
  const code = text.charCodeAt(0)
  if ((code >= 48 && code <= 57) || (code >= 65 && code <= 90) || code === 34 || code === 0x201c || isSpace(code)) return true
  return code > 127 && /^\p{Lu}/u.test(text)
}

/** `Roosevelt Papers: Telegram`: a name, then the kind of document. */
const sourceNoteKind = pattern('u')`^\p{Lu}[\p{L}\d.’'&, -]{0,60}:\s*${capitalised(documentKinds)}\.?$`
/** `London Embassy Files—710 Great Britain`. */
const collectionLine = pattern('u')`^\p{Lu}[\p{L}.’' -]{0,50}\b${collectionWords}\b(?:\s*[:—–-].{0,60})?$`
/** `Russian State Archive of Socio-Political History`, `National Archives`. */
const institutionLine = pattern('u')`^(?:(?:\p{Lu}[\p{L}.’'-]*\s+)+(?:${institutionQualifiers}\s*)?|${institutionQualifiers}\s*|\s*)${words(institutionWords, {space: 'one'})}\b(?:\s+(?:of|for)\s+\p{Lu}[\p{L} ,’'-]*)?\.?$`
/** `"Great Britain Folder"`. */
const quotedFile = pattern('u')`^["“]\p{Lu}[^"“”]{0,60}\b${fileWords}["”]$`
/** `RC (DLC)`, `ALS (ViMtV)`: the editor's description of the document and where it is. */
const describedDocument = pattern('u')`^${documentDescriptors}\b\.?\s*\([^)]{1,40}\)`

/**
 * A source note in the FRUS manner or an archive line: `740.00/834: Telegram`,
 * `Roosevelt Papers: Telegram`, `London Embassy Files—710 …`, `Russian State Archive of …`,
 * `"Great Britain Folder"`, `RC (DLC); endorsed …`.
 */
export function isSourceNote(text: string): boolean {
  if (text.length > 600 || !mayOpenSourceNote(text) || !hasSourceNoteHint(text)) return false
  // A decimal file number: `740.00/834`, `824.001 Busch, German/10`, `811.20 Defense (M) Colombia/42a`, `856d.00/2–2449`.
  if (/^\d{3}[\dA-Za-z]{0,3}\.[\dA-Za-z][^/\n]{0,80}\/\S/u.test(text) && text.length < 120) return true
  if (sourceNoteKind.test(text)) return true
  if (text.length < 120 && (collectionLine.test(text) || institutionLine.test(text))) return true
  return quotedFile.test(text) || describedDocument.test(text)
}

/** A citation in parentheses after a letter: `("Daily Review," No. 44, 21 February, 1951)`. */
export function isBracketedSource(text: string): boolean {
  if (!/^\(.*\)\.?$/u.test(text) || text.length > 300) return false
  const inner = text.slice(1, text.lastIndexOf(')'))
  return /["“”]/u.test(inner) && /\b(?:No\.|Vol\.|p\.|pp\.|\d{4})/u.test(inner)
}

const editorialNote = pattern('iu')`^${editorialNoteWords}\b[^.]{0,120}\b(?:by|in|on)\b[^.]{0,120}\.?$`

export function isEditorialNote(text: string): boolean {
  if (/^\(.*\)\.?$/u.test(text) && text.length < 300) return true
  if (/^\[[^\]]*\]\.?$/u.test(text) && text.length < 200 && !/^\[\s*(?:Page|p\.)/iu.test(text)) return true
  return editorialNote.test(text)
}

/** How a salutation opens before the name: `My very dear`, `Esteemed`, `Honoured`. */
const salutationOpening = String.raw`(?:my\s+)?(?:very\s+)?${words(salutationAdjectives)}`

const salutationPattern = pattern('iu', {rules: ['regexp/no-super-linear-backtracking'], because: 'only run on lines under 70 characters (`isSalutation`)'})`^(?:${salutationOpening}\s+[\p{L}.’' -]{1,50}|${[...addressForms, ...lineAddressForms]})\s*(?:\[[:,!]\])?[,:!.]?$`

export function isSalutation(text: string): boolean {
  return text.length < 70 && salutationPattern.test(text)
}

// `(?=(\s+))\2` takes the whole run of spaces at once (an atomic group): spaces handed back
// to the name and the separator made a run of n spaces cost n² (found by a pathological test).
const runInSalutation = pattern('iu')`^(${salutationOpening}(?=(\s+))\2[\p{L}.’' -]{1,40}?|${addressForms})\s*(?:\[[:,]\]|[,:])(?:\s+|--|—)(?=\S)`

/** The salutation run into the first sentence: `Sir: Your despatches …`, `Dear Winston: I am …`. */
export function readRunInSalutation(text: string): string | null {
  const match = runInSalutation.exec(text)
  return match ? match[1]! : null
}

const salutationStart = pattern('iu')`^${salutationOpening}\s+`

/** The name a salutation addresses (`My dear Winston` → `Winston`); `null` when it opens with no salutation word. */
export function salutationName(salutation: string): string | null {
  const name = salutation.replace(salutationStart, '')
  return name === salutation ? null : name
}

const closingWord = pattern('iu')`\b${closingWords}\b`

/** A subscription: `Your affectionate Brother`, `Your sincere friend`, `Your unhappy.`, `Your most sincere and devoted friend and cousin`. */
const subscriptionWord = `(?:${words(subscriptionQualities)}|${words(subscriptionNouns)})`
const subscription = String.raw`(?:ever\s+)?your\s+(?:${subscriptionWord}\s+(?:and\s+)?){0,5}${subscriptionWord}`

/** A whole line that closes: `With warmest regards`, `As ever`, `Very truly yours.` */
const wholeClosing = pattern('iu')`^(?:with\s+(?:my\s+)?(?:very\s+)?${closingQualities}\s+${closingGifts}|yours|ever\s+yours|as\s+ever(?:\s+yours)?|(?:yours\s+)?(?:very\s+)?${closingAdverbs}|(?:very\s+)?${closingAdverbs}\s+yours|${subscription})[.!]?$`

/** A complimentary close: `Yours sincerely,`, `I have the honor to be, sir, your obedient servant,`. */
export function isClosing(text: string): boolean {
  if (text.length > 220) return false
  // A close ending in a comma needs only a closing word; any other is one of the whole-line
  // forms below, each of which holds a closing word (so the word scan is skipped for them).
  if (text.endsWith(',')) return closingWord.test(text)
  return wholeClosing.test(text) || isAdverbClose(text)
}

const adverbWords: ReadonlySet<string> = new Set(closeAdverbWords)
const possessives: ReadonlySet<string> = new Set(closePossessives)
const closeAdverbs: ReadonlySet<string> = new Set(closingAdverbs)

/** A short line of close adverbs in any order with `yours` or `thine` (`Ever yours affectionately.`), or a few adverbs alone (`Faithfully always.`). */
function isAdverbClose(text: string): boolean {
  if (text.length > 60) return false
  const words = text.replace(/[.!]$/u, '').toLowerCase().split(/[\s,]+/u)
  if (words.length > 6 || !words.every((word) => adverbWords.has(word))) return false
  // `Faithfully always.`: two or three adverbs are a close without `yours`.
  return words.some((word) => possessives.has(word)) || (words.length <= 3 && words.some((word) => closeAdverbs.has(word)))
}

/** A postscript start: `P.S. …`, `PS: …`, `POSTSCRIPT.--If …`. */
export function readPostscriptStart(text: string): number | null {
  const match = /^(?:P\.\s?S\.|PS[.:]|P\.S(?=\s)|P(?:ost|OST)\s*(?:script|SCRIPT)[.:]?)(?:--|—)?\s*/u.exec(text)
  return match ? match[0].length : null
}

/**
 * Can `text` open a name line? The cleaned value below must start with a capital, a quotation
 * mark or `(`; only a leading `(signed)`, a bracket or a space can change its first character.
 */
function mayOpenName(text: string): boolean {
  const code = text.charCodeAt(0)
  if (code >= 65 && code <= 90) return true
  if (code === 40 || code === 91 || code === 115 || code === 34 || code === 0x201c) return true
  // Other characters of the first 128 never open a name; beyond them, let the full test decide.
  return code > 127 || isSpace(code)
}

const nameConnectors: ReadonlySet<string> = new Set(signatureConnectors)

/**
 * A line shaped like a signature: a few capitalised words, initials, editorial brackets,
 * `(Signed)`, `Go: Washington`, a glued footnote number. Context decides whether it is one.
 */
export function isNameLine(text: string): boolean {
  if (text.length > 70 || !mayOpenName(text)) return false
  let value = text.replace(/^\(?signed\)?[:.]?\s*/iu, '')
  value = value.replace(/\[[^\]]{0,20}\]/gu, '').replace(/\d{1,3}$/u, '').replace(/(?<!\*)\*+$/u, '').trim()
  if (!value || /[?!;\d]/u.test(value)) return false
  if (/[.,]\s+\p{Lu}\p{Ll}+\s+\p{Ll}/u.test(value)) return false
  const words = value.split(/\s+/u)
  if (words.length > 6) return false
  let capitals = 0
  for (const word of words) {
    if (/^[\p{Lu}"“'‘(]/u.test(word)) capitals++
    // A name the edition elided: `JOHN ----.`, `Mrs. ——`.
    else if (!nameConnectors.has(word) && !/^(?:-{2,}|—+)\.?$/u.test(word)) return false
  }
  return capitals > 0 && /^[\p{Lu}"“(]/u.test(value)
}

/** An all-capitals line (a letterhead, a page title). */
export function isCapitalsLine(text: string): boolean {
  if (text.length > 60) return false
  // One pass when the line is ASCII (nearly always); the same tests by regular expression otherwise.
  let pair = false
  let upperBefore = false
  let digits = 0
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index)
    if (code > 127) return /\p{Lu}{2}/u.test(text) && !/\p{Ll}/u.test(text) && !/\d{3}/u.test(text)
    if (code >= 97 && code <= 122) return false
    const upper = code >= 65 && code <= 90
    if (upper && upperBefore) pair = true
    upperBefore = upper
    digits = code >= 48 && code <= 57 ? digits + 1 : 0
    if (digits === 3) return false
  }
  return pair
}
