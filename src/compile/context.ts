/** What every field compiler gets: the letter, its children by type, and the page around it. */
import type * as T from '../tree/types.js'
import type {PageState} from './page.js'

export interface LetterContext {
  letter: T.Letter
  index: number
  byType: <K extends T.LetterContent['type']>(type: K) => Array<Extract<T.LetterContent, {type: K}>>
  first: <K extends T.LetterContent['type']>(type: K) => Extract<T.LetterContent, {type: K}> | undefined
  /** What the page before this letter says (its `Source :` line, whose letters these are). */
  page: PageState
  inferences: Array<{field: string; reason: string}>
}

export function createContext(letter: T.Letter, index: number, page: PageState): LetterContext {
  const byType = <K extends T.LetterContent['type']>(type: K) => letter.children.filter((child): child is Extract<T.LetterContent, {type: K}> => child.type === type)
  return {
    letter,
    index,
    byType,
    first: (type) => byType(type)[0],
    page,
    inferences: []
  }
}

export {positionOf} from './context-position.js'
