/**
 * The segmenter’s machine: one object holding the state (the letter being built, the segments
 * waiting before a letter, the quotation being read, the layout) and the small helpers every
 * state uses. The states themselves are `front.ts`, `header.ts`, `body.ts`, `trailer.ts`.
 */
import type {Segment} from '../classify.js'
import {learnFromLetter} from '../layout/learn-from-letter.js'
import type {Layout} from '../layout/types.js'
import {isInsideAddressStart, isOffice} from './words.js'
import type {Item, LetterPlan, PlanEntry, Role, State} from './types.js'

export interface Machine {
  readonly segments: readonly Segment[]
  readonly plan: PlanEntry[]
  readonly layout: Layout
  state: State
  current: LetterPlan | null
  /** Segments read before a letter opened: its header, or front matter. */
  pending: Segment[]
  /** Quotation marks open in the body, and lines read inside the quotation. */
  quote: number
  quoteLines: number
  /** Roles the current letter has: a set, so every test is O(1). */
  roles: Set<Role>
  /** Footnote markers printed in the current letter’s paragraphs (`17`, `*`). */
  markers: Set<string>
  /** Brackets a `[Footnote 1: …` block left open, and lines read inside it. */
  noteDepth: number
  noteLines: number
}

export function createMachine(segments: readonly Segment[], layout: Layout): Machine {
  return {segments, plan: [], layout, state: 'front', current: null, pending: [], quote: 0, quoteLines: 0, roles: new Set(), markers: new Set(), noteDepth: 0, noteLines: 0}
}

export function next(m: Machine, segment: Segment): Segment | undefined {
  return m.segments[segment.index + 1]
}

export function has(m: Machine, role: Role): boolean {
  return m.roles.has(role)
}

export function last(m: Machine): Item | undefined {
  return m.current?.items.at(-1)
}

/** Give `segment` its role in the current letter. */
export function add(m: Machine, segment: Segment, role: Role, reason: string = segment.reason, extra?: Pick<Item, 'scope' | 'note'>): void {
  m.current!.items.push(extra ? {role, segment, reason, ...extra} : {role, segment, reason})
  m.roles.add(role)
}

function rootItem(m: Machine, segment: Segment, role: Role, reason: string, scope?: 'page' | 'letter'): void {
  m.plan.push({type: 'item', item: scope ? {role, segment, reason, scope} : {role, segment, reason}})
}

const looseKinds = new Set(['prose', 'name', 'capitals'])

/** Put front-matter segments at the root: kept and reported, never lost. */
export function flushToRoot(m: Machine, list: readonly Segment[]): void {
  for (const segment of list) {
    const previous = m.plan.at(-1)
    const previousItem = previous?.type === 'item' ? previous.item : undefined
    if (
      previousItem &&
      (previousItem.role === 'source' || previousItem.role === 'metadata') &&
      previousItem.segment.block === segment.block &&
      previousItem.segment.index + 1 === segment.index &&
      looseKinds.has(segment.kind)
    ) {
      // A `Source :` or `Publisher :` line wrapped onto the next line.
      rootItem(m, segment, previousItem.role, 'continues the line above', previousItem.scope)
      continue
    }
    const key = segment.kind === 'metadata' ? (segment.parts as {key: string}).key : null
    if (segment.kind === 'furniture') rootItem(m, segment, 'furniture', segment.reason)
    else if (segment.kind === 'separator') rootItem(m, segment, 'thematicBreak', segment.reason)
    else if (segment.kind === 'pageMarker') rootItem(m, segment, 'pageMarker', segment.reason)
    else if (key === 'source') rootItem(m, segment, 'source', 'a `Source:` line before the first letter applies to the whole page', 'page')
    else if (key !== null) rootItem(m, segment, 'metadata', segment.reason)
    else rootItem(m, segment, 'unplaced', 'text outside any letter: ' + segment.reason)
  }
}

/** Open a new, empty letter in the plan (`count`: it counts as a letter read, for the layout). */
export function openLetter(m: Machine, count = true): void {
  m.current = {items: []}
  m.roles = new Set()
  m.markers = new Set()
  m.plan.push({type: 'letter', letter: m.current})
  if (count) m.layout.letters++
  m.state = 'header'
}

/** Close the current letter: what it teaches about the layout is learnt, and the front begins. */
export function closeLetter(m: Machine): void {
  if (m.current) learnFromLetter(m.layout, m.current.items)
  m.current = null
  m.state = 'front'
  m.quote = 0
}

const endKinds = new Set<Segment['kind']>([
  'footnote',
  'sourceNote',
  'bracketedSource',
  'furniture',
  'separator',
  'letterNumber',
  'enclosure',
  'actionLine',
  'heading',
  'dateline',
  'postscript',
  'editorialNote',
  'metadata',
  'pageMarker',
  'classification',
  'address'
])

/** A note line for a marker: `1. For Churchill’s interpretation …`. */
export const noteLine = /^(\d{1,3}|\*{1,3})[.)]?\s+(?=\S)/u

/** Is `segment` followed by what ends a letter (or by nothing)? */
export function endsAfter(m: Machine, segment: Segment): boolean {
  const after = next(m, segment)
  if (!after) return true
  if (endKinds.has(after.kind)) return true
  if (after.kind === 'name' && (isOffice(after.text) || isInsideAddressStart(after.text))) return true
  if (after.kind === 'prose' && after.block === segment.block && isOffice(after.text)) return true
  if (after.kind === 'prose' && isInsideAddressStart(after.text)) return true
  if (/^(?:notes|footnotes?|endnotes)[.:]?$/iu.test(after.text)) return true
  // A note line for a marker printed above.
  const note = noteLine.exec(after.text)
  return Boolean(note && m.markers.has(note[1]!))
}

/** The scope of a source item, to carry to the line that continues it. */
export function scopeOf(item: Item): Pick<Item, 'scope'> | undefined {
  return item.scope ? {scope: item.scope} : undefined
}

/** A source citation printed over several lines continues in its block. */
export function continuesSource(m: Machine, segment: Segment): boolean {
  const previous = last(m)
  const kind = segment.kind
  return Boolean(previous && previous.role === 'source' && previous.segment.block === segment.block && previous.segment.index + 1 === segment.index && (kind === 'prose' || kind === 'name' || kind === 'capitals' || kind === 'dateline'))
}
