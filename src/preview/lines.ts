/**
 * The transcript as lines, each with the role the tree gave it: one pass over the lines and one
 * over the tree's nodes, so the page is linear in the size of the input.
 */
import type {Letter as LetterNode, Nodes, Root} from '../tree/types.js'

/** A phrasing node shown inside its line: a footnote marker, a page marker. */
export interface Mark {
  /** 0-based columns (UTF-16 code units) of the mark in its line. */
  start: number
  end: number
  type: string
}

/** The part of a line that one node holds: most lines have one, a run-on line several. */
export interface Segment {
  /** 0-based columns (UTF-16 code units) in the line. */
  start: number
  end: number
  node: Nodes
  /** Does the node start here (its label goes here)? */
  first: boolean
}

export interface LineTable {
  /** The lines as printed, without their endings. */
  lines: string[]
  /** Per line: the parts of it that nodes hold, in text order; `undefined` when none does. */
  segments: Array<Segment[] | undefined>
  /** Per line: the index of the letter (in `letters`) holding it, -1 outside any letter. */
  letterOf: Int32Array
  /** Marks by 0-based line index, in column order. */
  marks: Map<number, Mark[]>
  /** The letter nodes, in order. */
  letters: LetterNode[]
}

const inlineMarks = new Set(['footnoteReference', 'pageMarker'])

/** Split as the parser does: CRLF, lone CR and LF each end a line. */
export function splitLines(text: string): string[] {
  if (text === '') return []
  const lines = text.split(/\r\n|[\n\r]/u)
  // A final line ending ends the last line; it does not start one.
  if (lines.length > 1 && lines.at(-1) === '') lines.pop()
  return lines
}

/** Give each line of `text` the nodes of `tree` that hold it. */
export function readLines(text: string, tree: Root): LineTable {
  const lines = splitLines(text)
  const table: LineTable = {
    lines,
    segments: new Array<Segment[] | undefined>(lines.length).fill(undefined),
    letterOf: new Int32Array(lines.length).fill(-1),
    marks: new Map(),
    letters: []
  }
  for (const child of tree.children) {
    if (child.type === 'letter') {
      const index = table.letters.push(child) - 1
      span(table, child, (line) => {
        table.letterOf[line] = index
      })
      for (const part of child.children) place(table, part)
    } else place(table, child)
  }
  return table
}

/** The node whose role a line has: the first that holds some of it; `undefined` for a blank line. */
export function lineNode(table: LineTable, line: number): Segment | undefined {
  const first = table.segments[line]?.[0]
  return first && table.lines[line]!.trim() !== '' ? first : undefined
}

/** Call `each` with the 0-based index of every line of `node` that the text has. */
function span(table: LineTable, node: Nodes, each: (line: number, start: number, end: number) => void): void {
  const start = node.position?.start
  const end = node.position?.end
  if (!start || !end) return
  for (let line = Math.max(start.line, 1) - 1; line < Math.min(end.line, table.lines.length); line++) {
    each(line, line === start.line - 1 ? start.column - 1 : 0, line === end.line - 1 ? end.column - 1 : table.lines[line]!.length)
  }
}

/** Record the lines (or parts of lines) a letter's (or the root's) child holds, and the marks inside it. */
function place(table: LineTable, node: Nodes): void {
  const first = node.position ? node.position.start.line - 1 : -1
  span(table, node, (line, start, end) => {
    const segments = table.segments[line] ?? []
    if (segments.length === 0) table.segments[line] = segments
    segments.push({start, end, node, first: line === first})
  })
  if ('children' in node) for (const child of node.children as Nodes[]) findMarks(table, child)
}

function findMarks(table: LineTable, node: Nodes): void {
  const position = node.position
  if (inlineMarks.has(node.type) && position && position.start.line === position.end.line && position.start.line <= table.lines.length) {
    const line = position.start.line - 1
    const marks = table.marks.get(line) ?? []
    if (marks.length === 0) table.marks.set(line, marks)
    marks.push({start: position.start.column - 1, end: position.end.column - 1, type: node.type})
  }
  if ('children' in node) for (const child of node.children as Nodes[]) findMarks(table, child)
}
