/**
 * Source citations: `Source: Stalin: Works, Vol. 17: 1941` → author, title, volume, year;
 * FRUS source notes and archive lines are kept whole.
 */
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

const publisherWords = /\b(?:Publish\w*|Press|Verlag|Editions?|Books|House|Printing|Printers|Office)\b/u
const cities = /^(?:Moscow|London|New York|Washington|Paris|Berlin|Leningrad|Oxford|Cambridge|Boston|Chicago|Princeton|Edinburgh|Toronto|Peking|Beijing|Tokyo|Kiev|Prague|Warsaw|Vienna|Rome|Madrid|Calcutta|Delhi|Bombay|Sofia|Budapest|Belgrade|Bucharest|Tirana|Stockholm|Ottawa|Hanoi|Havana|Lisbon|Philadelphia|Baltimore|San Francisco|Los Angeles|Hyde Park|Stanford|Ithaca|New Haven|Charlottesville|Richmond|Glasgow|Dublin|Manchester|Geneva|Zurich|Brussels|Amsterdam)$/u

function clean(value: string): string {
  return value.replace(/^[\s"“”'‘’,.;:]+|[\s"“”'‘’,.;:]+$/gu, '').trim()
}

/** Read a citation. `text` may carry its `Source:` label and outer parentheses. */
export function parseSource(input: string): SourceParts {
  let textStart = 0
  const label = /^\s*Source\s?:\s*/iu.exec(input)
  if (label) textStart = label[0].length
  let text = input.slice(textStart)
  const outer = /^\((.*)\)\.?\s*$/su.exec(text)
  if (outer) {
    textStart += 1
    text = outer[1]!
  }
  const trimmed = text.replace(/\s+$/u, '')
  const leading = trimmed.length - trimmed.trimStart().length
  textStart += leading
  text = trimmed.trimStart()

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
    result.kind = /\b(?:Archive|Archives|Library|Folder|Collection|Record Office)\b/u.test(text) ? 'archive' : 'fileNote'
    result.title = clean(text.replace(/:\s*(?:Telegram|Cable|Letter|Memorandum|Despatch|Dispatch|Airgram|Note|Message)\.?$/u, ''))
    return result
  }

  let body = text.replace(/,(["”])/gu, '$1,')
  const trailingDate = findDate(body)
  if (trailingDate && trailingDate.iso && body.slice(trailingDate.end).replace(/[\s.,;:)]+/gu, '') === '') {
    if (trailingDate.precision === 'day') result.date = trailingDate.iso
    result.year = trailingDate.iso.slice(0, 4)
    body = body.slice(0, trailingDate.start)
  }
  const parts = body
    .split(/(?<!\b(?:Vol|No|Nos|p|pp|Mr|Dr|St|Ed|eds?))(?<!(?:^|[\s(])\p{Lu})[.](?:\s+(?=[\p{Lu}\d"“(])|\s*$)|,\s+|:\s+|;\s+/u)
    .map(clean)
    .filter(Boolean)
  const rest: string[] = []
  for (const part of parts) {
    let match: RegExpExecArray | null
    if ((match = /^(?:Vol(?:ume)?\.?|V\.?)\s*([\dIVXLC]+|One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten)\b(?:\s*[,.:]?\s*(.*))?$/iu.exec(part))) {
      result.volume ??= match[1]!
      if (match[2]) rest.push(match[2])
    } else if ((match = /^(.*?)\s*\b(?:Vol(?:ume)?\.?)\s*([\dIVXLC]+|One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten)$/iu.exec(part)) && match[1]) {
      result.volume ??= match[2]!
      rest.push(match[1])
    } else if ((match = /^(?:No\.?|Number|Nr\.?|№)\s*(\d+\w*)$/iu.exec(part))) result.number ??= match[1]!
    else if ((match = /^(?:pp?\.|page|pages)\s*([\d\-–ivxlc]+)$/iu.exec(part))) result.page ??= match[1]!
    else if (/^\d{4}$/u.test(part)) result.year ??= part
    else if ((match = /^([\p{Lu}][\p{L} ]+?)\s+(\d{4})$/u.exec(part)) && cities.test(match[1]!)) {
      result.place ??= match[1]!
      result.year ??= match[2]!
    } else if (cities.test(part)) result.place ??= part
    else if (publisherWords.test(part) && rest.length > 0) result.publisher ??= part
    else {
      const date = findDate(part)
      if (date && date.iso && date.text.length >= part.length - 2) {
        if (date.precision === 'day') result.date ??= date.iso
        result.year ??= date.iso.slice(0, 4)
      } else rest.push(part)
    }
  }
  // `Stalin: Works` or `J. V. Stalin, Works`: a name before the title.
  if (rest.length > 1 && /^(?:[\p{Lu}]\.\s*)*[\p{Lu}][\p{L}’'-]+$/u.test(rest[0]!) && rest[0]!.split(/\s+/u).length <= 4 && !/\b(?:Correspondence|Papers|Works|Review|Letters)\b/u.test(rest[0]!)) {
    result.author = rest.shift()!
  }
  result.title = rest[0] ?? null
  if (!result.year) {
    const year = /\b(1[5-9]\d{2}|20\d{2})\b(?!.*\b(?:1[5-9]\d{2}|20\d{2})\b)/u.exec(text)
    if (year && !/\d{4}\s*[-–]\s*$/u.test(text.slice(0, year.index))) result.year = year[1]!
  }
  return result
}
