/** What every field compiler gets: the letter, its children by type, and the page around it. */
import type {DateEvidence} from '../extract/date/evidence.js'
import {nodeText, type NodeText} from '../tree/to-string.js'
import type * as T from '../tree/types.js'
import type {PageState} from './page.js'

type Content<K extends T.LetterContent['type']> = Extract<T.LetterContent, {type: K}>

export interface LetterContext {
  letter: T.Letter
  index: number
  /** The children of one type, in order. Shared: read it, do not change it. */
  byType: <K extends T.LetterContent['type']>(type: K) => ReadonlyArray<Content<K>>
  first: <K extends T.LetterContent['type']>(type: K) => Content<K> | undefined
  /** The node's text with breaks as spaces (`nodeText(node, {breaks: ' '})`), read once per letter. */
  spaced: (node: T.LetterContent) => NodeText
  /** What the page before this letter says (its `Source :` line, whose letters these are). */
  page: PageState
  /** What the whole transcript tells about dates its own do not decide (`5/1/1850`, `'82`). */
  dates: DateEvidence
  inferences: Array<{field: string; reason: string}>
}

const none: readonly never[] = []

/**
 * The children are grouped by type once, in one pass, as the field compilers ask for them by
 * type many times over; texts several fields read are kept.
 */
class Context implements LetterContext {
  letter: T.Letter
  index: number
  page: PageState
  dates: DateEvidence
  inferences: Array<{field: string; reason: string}> = []
  private readonly groups = new Map<string, T.LetterContent[]>()
  // The nodes whose text was read, and those texts: a few per letter, so a list, not a map.
  private readonly read: T.LetterContent[] = []
  private readonly texts: NodeText[] = []

  constructor(letter: T.Letter, index: number, page: PageState, dates: DateEvidence) {
    this.letter = letter
    this.index = index
    this.page = page
    this.dates = dates
    for (const child of letter.children) {
      const group = this.groups.get(child.type)
      if (group) group.push(child)
      else this.groups.set(child.type, [child])
    }
  }

  byType<K extends T.LetterContent['type']>(type: K): ReadonlyArray<Content<K>> {
    return (this.groups.get(type) ?? none) as ReadonlyArray<Content<K>>
  }

  first<K extends T.LetterContent['type']>(type: K): Content<K> | undefined {
    return this.groups.get(type)?.[0] as Content<K> | undefined
  }

  spaced(node: T.LetterContent): NodeText {
    const at = this.read.indexOf(node)
    if (at !== -1) return this.texts[at]!
    const text = nodeText(node, {breaks: ' '})
    this.read.push(node)
    this.texts.push(text)
    return text
  }
}

export function createContext(letter: T.Letter, index: number, page: PageState, dates: DateEvidence): LetterContext {
  return new Context(letter, index, page, dates)
}

export {positionOf} from './context-position.js'
