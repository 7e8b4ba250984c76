/**
 * Persons: read a party as printed (`the Prime Minister, Mr W. Churchill`,
 * `The Ambassador in the Soviet Union ( Harriman )`, `PREMIER STALIN`) into
 * name parts and roles. Pure functions over strings.
 */
import {groupWords, nameParticles, officeJoiners, officeWords, partyConnectors, pattern, titles} from '../lexicon/index.js'

export interface PersonParts {
  raw: string
  name: string
  surname: string | null
  forename: string | null
  roles: string[]
  kind: 'person' | 'office' | 'group'
}

const titlePattern = pattern('iu')`^${titles}(?:\.|(?=\s|$))`

const officeWordSet: ReadonlySet<string> = new Set(officeWords)
const groupWordSet: ReadonlySet<string> = new Set(groupWords)
const particles: ReadonlySet<string> = new Set(nameParticles)
/** `of`, `in`, `for`, `the`, `and`: a word that joins an office's words, never ends or opens a name. */
const officeJoiner = pattern('iu')`^${officeJoiners}$`

const initial = /^(?:\p{Lu}\.?(?:-\p{Lu}\.?)?|\p{Lu}\.\p{Lu}\.|\p{Lu}\.\.)$/u

/** Title-case a word printed in capitals (`CHURCHILL` → `Churchill`); others stay as printed. */
export function fixCapitals(word: string): string {
  if (word.length < 2 || word !== word.toUpperCase() || !/\p{Lu}/u.test(word)) return word
  if (initial.test(word)) return word
  return word
    .toLowerCase()
    .replace(/(^|[-'’\s(])(\p{L})/gu, (_, before: string, letter: string) => before + letter.toUpperCase())
}

const roleConnectors: ReadonlySet<string> = new Set(partyConnectors)

function cleanRole(role: string): string {
  return role.replace(/\.$/, '').replace(/\s+/g, ' ').trim()
    .split(' ')
    .map((word, index) => {
      if (word !== word.toUpperCase() || word.length < 2) return word
      // `SPEAKER OF THE HOUSE` → `Speaker of the House`.
      return index > 0 && roleConnectors.has(word.toLowerCase()) ? word.toLowerCase() : fixCapitals(word)
    })
    .join(' ')
}

function stripArticle(text: string): string {
  // `The Honorable the Secretary of State`: the style before an office goes with the article.
  return text.replace(/^(?:the|THE|The)\s+/u, '').replace(/^(?:Right\s+)?Honou?rable\s+the\s+/iu, '')
}

/** Split `text` into name and leading titles. */
function takeTitles(text: string): {titles: string[]; rest: string} {
  const found: string[] = []
  let rest = stripArticle(text.trim())
  for (;;) {
    const match = titlePattern.exec(rest)
    if (!match) break
    const after = rest.slice(match[0].length)
    // `M` alone is only a title before a name (`M. Molotov`), and every title needs a word after it or nothing.
    if (match[0].length <= 2 && !/^\s+\p{Lu}/u.test(after)) break
    found.push(cleanRole(match[0]))
    rest = after.replace(/^[\s,]+/u, '')
  }
  return {titles: found, rest}
}

function isOfficeWord(word: string): boolean {
  return officeWordSet.has(word.toLowerCase().replace(/(?<![.,;:])[.,;:]+$/u, ''))
}

/** Parse a name without titles: `J. V. Stalin`, `Winston S. Churchill`, `De Gaulle`. */
function splitName(name: string): {forename: string | null; surname: string} {
  const words = name.split(/\s+/u).filter(Boolean)
  let surnameStart = words.length - 1
  while (surnameStart > 0 && particles.has(words[surnameStart - 1]!.toLowerCase())) surnameStart--
  // `De Gaulle`: a capitalised particle at the start belongs to the surname when nothing else precedes it.
  const surname = words.slice(surnameStart).join(' ')
  const forename = words.slice(0, surnameStart).join(' ')
  return {forename: forename || null, surname}
}

function normaliseName(text: string): string {
  return text
    .split(/\s+/u)
    .filter(Boolean)
    .map((word) => fixCapitals(word))
    .join(' ')
}

const cache = new Map<string, PersonParts | null>()

/**
 * `parsePerson` without the copy: the parts remembered for `text`, shared by every caller.
 * Read them, never change them (copy `roles` before handing them on).
 */
export function personParts(text: string): Readonly<PersonParts> | null {
  let parts = cache.get(text)
  if (parts === undefined) {
    // Parties repeat (headings, signatures): remember the last few thousand.
    if (cache.size > 4000) cache.clear()
    parts = readPerson(text)
    cache.set(text, parts)
  }
  return parts
}

/** Read one party (not a joint one). `null` when `text` holds nothing name-like. */
export function parsePerson(text: string): PersonParts | null {
  const parts = personParts(text)
  // A copy (callers may change it), key by key: a spread copies through the runtime's slow path.
  return parts ? {raw: parts.raw, name: parts.name, surname: parts.surname, forename: parts.forename, roles: parts.roles.slice(), kind: parts.kind} : null
}

/** `Imperial Ambassador at St. Petersburg`, `Embassy in Belgium`: an office and where it sits, no name. */
function stationedOffice(raw: string): PersonParts | null {
  const text = stripArticle(raw)
  const at = /\s(?:at|in)\s+(?=\p{Lu})/u.exec(text)
  if (!at || !isOfficeWord(text.slice(0, at.index).split(/\s+/u).at(-1)!)) return null
  const office = cleanRole(text)
  return {raw, name: office, surname: null, forename: null, roles: [office], kind: 'office'}
}

/** `Mr. Andrew E. Donovan of the Division of the American Republics`: a named person, and the body they belong to as a role. */
function memberOf(raw: string): PersonParts | null {
  const at = /\sof\s+the\s+(?=\p{Lu})/u.exec(raw)
  if (!at) return null
  const person = parsePerson(raw.slice(0, at.index))
  if (!person || person.kind !== 'person' || (person.forename === null && person.roles.length === 0)) return null
  return {...person, raw, roles: [...person.roles, cleanRole(raw.slice(at.index + at[0].length))]}
}

function readPerson(text: string): PersonParts | null {
  const raw = text.replace(/\s+/gu, ' ').trim().replace(/(?<![,;:])[,;:]+$/u, '').replace(/(?<!\b\p{Lu})\.$/u, '').trim()
  if (!raw || !/\p{L}/u.test(raw)) return null

  // `The Ambassador in the Soviet Union ( Harriman )`: the name is in parentheses.
  // The first parenthesis without parentheses inside that holds a letter (one pass over `raw`).
  const bracket = [...raw.matchAll(/\(([^()]*)\)/gu)].find((match) => /\p{L}/u.test(match[1]!))
  if (bracket) {
    const inner = parsePerson(bracket[1]!)
    const outside = (raw.slice(0, bracket.index) + raw.slice(bracket.index + bracket[0].length)).replace(/\s+/gu, ' ').trim()
    if (inner && inner.kind === 'person') {
      const office = cleanRole(stripArticle(outside))
      return {...inner, raw, roles: office ? [office, ...inner.roles] : inner.roles}
    }
    // `Winston S. Churchill (Prime Minister)`: an office in parentheses is a role of the name outside.
    const named = inner ? parsePerson(outside) : null
    if (named && named.kind === 'person') return {...named, raw, roles: [...named.roles, inner!.name]}
  }

  // `the Prime Minister, Mr W. Churchill`: an office in apposition to a name.
  const parts = raw.split(/(?<!\s)\s+,\s*|,\s*/u).filter(Boolean)
  if (parts.length > 1) {
    const read = parts.map((part) => parsePerson(part))
    const named = read.findIndex((p) => p?.kind === 'person')
    if (named !== -1) {
      const person = read[named]!
      const roles: string[] = []
      read.forEach((p, i) => {
        if (i === named || !p) return
        roles.push(...(p.kind === 'person' ? [] : p.roles.length > 0 ? p.roles : [p.name]))
      })
      return {...person, raw, roles: [...roles, ...person.roles]}
    }
  }

  const stationed = stationedOffice(raw) ?? memberOf(raw)
  if (stationed) return stationed

  const {titles: found, rest} = takeTitles(raw)
  const words = rest.split(/\s+/u).filter(Boolean)
  const last = words.at(-1)
  if (!last || isOfficeWord(last) || officeJoiner.test(words[0]!)) {
    // An office or a body: `Secretary of State`, `Council of People's Commissars`.
    const office = cleanRole(stripArticle(raw))
    const isGroup = words.some((w) => groupWordSet.has(w.toLowerCase()))
    // `Minister President of the Hungarian People's Republic Istvan Dobi`: a name after the office.
    if (last && !isOfficeWord(last) && /^\p{Lu}/u.test(last) && words.length > 1) {
      const tail: string[] = []
      for (let i = words.length - 1; i >= 0; i--) {
        const word = words[i]!
        if (isOfficeWord(word) || !/^\p{Lu}/u.test(word) || officeJoiner.test(words[i - 1] ?? '')) {
          if (officeJoiner.test(words[i - 1] ?? '') && tail.length > 1) break
          if (isOfficeWord(word) || !/^\p{Lu}/u.test(word)) break
        }
        tail.unshift(word)
      }
      if (tail.length > 0 && tail.length < words.length) {
        const name = normaliseName(tail.join(' '))
        const {forename, surname} = splitName(name)
        const officeText = cleanRole(stripArticle(raw.slice(0, raw.lastIndexOf(tail[0]!)).trim()))
        return {raw, name, surname, forename, roles: officeText ? [officeText] : found, kind: 'person'}
      }
    }
    // `raw` holds a letter, so the office (`raw` without a leading article) is never empty.
    return {raw, name: office, surname: null, forename: null, roles: found, kind: isGroup ? 'group' : 'office'}
  }
  // Here `words` is not empty: an empty `rest` is read as an office above.
  const name = normaliseName(rest)
  // Initials alone (`J. A.`, `C. L.`): no surname is printed, so none is given.
  if (words.every((word) => /^(?:\p{Lu}\.)*\p{Lu}\.?$/u.test(word))) return {raw, name, surname: null, forename: null, roles: found, kind: 'person'}
  // An elided surname (`JOHN ----`): none is printed either.
  if (/^(?:-{2,}|—+)$/u.test(words.at(-1)!)) return {raw, name, surname: null, forename: null, roles: found, kind: 'person'}
  const {forename, surname} = splitName(name)
  return {raw, name, surname, forename, roles: found, kind: 'person'}
}

/** Read a name printed surname first, as catalogues do: `Washington, George`. */
export function parseInvertedName(text: string): PersonParts | null {
  // Exactly one comma with text on both sides; each side trimmed (a blank side keeps its last character).
  const comma = text.indexOf(',')
  const before = text.slice(0, comma)
  const after = text.slice(comma + 1)
  const match = comma > 0 && after.length > 0 && !after.includes(',') ? [text, before.trim() || before.slice(-1), after.trim() || after.slice(-1)] : null
  if (!match) return parsePerson(text)
  const {titles: found, rest} = takeTitles(match[2]!)
  const surname = normaliseName(match[1]!)
  const forename = rest ? normaliseName(rest) : null
  return {raw: text.trim(), name: forename ? `${forename} ${surname}` : surname, surname, forename, roles: found, kind: 'person'}
}

/** Split a joint party (`F. Roosevelt and W. Churchill`) into its members, with offsets. */
export function splitJoint(text: string): Array<{text: string; start: number}> {
  const parts: Array<{text: string; start: number}> = []
  const separator = /(?<!\s)\s+(?:and|AND|&)\s+/gu
  let start = 0
  for (const match of text.matchAll(separator)) {
    const left = text.slice(start, match.index)
    const right = text.slice(match.index + match[0].length)
    // Only split where both sides name someone: `General De Gaulle and General Giraud`.
    const leftPerson = parsePerson(left)
    const rightPerson = parsePerson(right)
    if (leftPerson?.kind === 'person' && rightPerson && (rightPerson.kind === 'person' || rightPerson.roles.length > 0)) {
      parts.push({text: left, start})
      start = match.index + match[0].length
    }
  }
  parts.push({text: text.slice(start), start})
  return parts
}
