/**
 * `parseLettersStream`: letters from a stream, yielded as each one completes.
 *
 * The text is kept in a buffer. Once enough complete text waits (cut at the last blank
 * line), it is parsed with positions offset to the whole input; every letter but the last two
 * is yielded (the last may go on in the next chunk, and how it starts may depend on what
 * follows), and the text after the last letter yielded is carried forward. Memory is bounded by the longest letter plus the
 * waiting text, not by the archive. The result equals `parseLetters(text)` on the whole text.
 */
import {VFile} from 'vfile'
import {createPage, notePageNode} from '../compile/page.js'
import {compileTree} from '../compile/to-letters.js'
import {checkDateOrder, DateEvidence, type DateOrder} from '../extract/date/evidence.js'
import {fromText} from '../parse/from-text.js'
import {emptyLayout} from '../parse/layout/types.js'
import {lint} from '../rules/index.js'
import type {Severity} from '../rules/rule.js'
import type {DeclaredLayout} from '../schema/layout.js'
import type {Letter} from '../schema/letter.js'
import type * as T from '../tree/types.js'

export interface ParseLettersStreamOptions {
  /** Severity per rule id, as for `parseArchive`; used only with `file`. */
  rules?: Record<string, Severity> | undefined
  /**
   * A file to add the rules' messages to, as each part is parsed. Rules that compare letters
   * (order, duplicates) only see the letters parsed together, so they may miss some pairs.
   */
  file?: VFile | undefined
  /** Throw a `TypeError` on bytes that are not UTF-8 (default: replace them with U+FFFD). */
  fatal?: boolean | undefined
  /**
   * Parse once at least this many characters of complete text wait, and at least as many as
   * the last parse read again (so time stays linear in the input). `0` parses at every blank
   * line. Default 65536.
   */
  minBuffer?: number | undefined
  /**
   * How far (in characters) to look for the note of a footnote marker printed in a later letter
   * before yielding the letter without it. Default 262144.
   */
  holdLimit?: number | undefined
  /** The archive’s layout where the learnt one is wrong (as for `parseArchive`): each key given wins. */
  layout?: DeclaredLayout | undefined
  /**
   * The order of numeric dates such as `5/1/1850`, as for `parseArchive`. Without it, the
   * transcript's dates read so far decide (a stream cannot look ahead: a date that only a later
   * part decides has no value).
   */
  dateOrder?: DateOrder | undefined
}

/** Any chunked text: a Node readable, a web `ReadableStream`, an async generator… */
export type TextStream = AsyncIterable<string | Uint8Array> | NodeJS.ReadableStream

interface Point {
  line: number
  column: number
  offset: number
}

/** A line ending, then a blank line and its line ending (a lone CR only when something follows). */
const blankLine = /(?:\r\n|\r|\n)[\t\v\f \u00a0\ufeff\u200b\u2000-\u200a\u3000\0]*(?:\r\n|\n|\r(?=[^\n]))/gu

/** Only the spaces `blankLine` allows between two line endings. */
const spacesOnly = /^[\t\v\f \u00a0\ufeff\u200b\u2000-\u200a\u3000\0]*$/u

/**
 * Find blank lines chunk by chunk, reading each chunk once and never the whole buffer again (a
 * text of one long line costs linear time). A blank line that starts in the old text starts at
 * its last line ending with only spaces after it: that ending (and one space for the spaces, their
 * number does not matter) is scanned again before the new chunk.
 */
function createBlankLineFinder() {
  /** The old text's last line ending, while only spaces follow it; else `''`. */
  let lastBreak = ''
  let spaced = false
  /** Offset just after the last blank line that ends in `text`, appended at `oldLength`; or -1. */
  return function find(text: string, oldLength: number): number {
    const prefix = lastBreak + (lastBreak && spaced ? ' ' : '')
    const scan = prefix + text
    blankLine.lastIndex = 0
    let end = -1
    let match: RegExpExecArray | null
    while ((match = blankLine.exec(scan)) !== null) end = match.index + match[0].length
    const at = Math.max(text.lastIndexOf('\n'), text.lastIndexOf('\r'))
    if (at >= 0) {
      const rest = text.slice(at + 1)
      lastBreak = spacesOnly.test(rest) ? text[at]! : ''
      spaced = rest.length > 0
    } else if (lastBreak) {
      if (spacesOnly.test(text)) spaced ||= text.length > 0
      else lastBreak = ''
    }
    return end < 0 ? -1 : oldLength + end - prefix.length
  }
}

/**
 * The page-level nodes later letters need, kept few: a node that leaves the page state as it was
 * is dropped, and of the nodes that replace the page's source or publisher only the latest stays.
 */
function createPageKeeper() {
  let state = createPage()
  const nodes: T.RootContent[] = []
  return {
    nodes,
    add(children: readonly T.RootContent[]): void {
      for (const node of children) {
        if (node.type === 'letter') continue
        const next = notePageNode(state, node)
        if (next === state) continue
        state = next
        if (node.type === 'source' || node.type === 'metadata') {
          const at = nodes.findIndex((n) => n.type === node.type && (n.type !== 'metadata' || node.type !== 'metadata' || n.key === node.key))
          if (at !== -1) nodes.splice(at, 1)
        }
        nodes.push(node)
      }
    }
  }
}

/** A footnote marker still without its note: a later letter may print it. */
function hasOpenMarker(letter: Letter): boolean {
  return letter.notes.some((note) => !note.resolved && note.in !== 'none')
}

function isAsyncIterable(value: unknown): value is AsyncIterable<string | Uint8Array> {
  return typeof value === 'object' && value !== null && Symbol.asyncIterator in value
}

/** Parse a stream of transcript text into letters, yielding each letter once it is complete. */
export async function* parseLettersStream(input: TextStream, options: ParseLettersStreamOptions = {}): AsyncGenerator<Letter, void, undefined> {
  if (!isAsyncIterable(input)) throw new TypeError('Unexpected input, expected an async iterable or a readable stream')
  checkDateOrder(options.dateOrder)
  /** The dates of the text parsed so far, for those that do not decide themselves. */
  const dates = new DateEvidence(options.dateOrder, undefined, true)
  const decoder = new TextDecoder('utf-8', {fatal: options.fatal ?? false, ignoreBOM: true})
  const minBuffer = Math.max(0, options.minBuffer ?? 65_536)

  let buffer = ''
  /** Where `buffer` starts in the whole input. */
  let base: Point = {line: 1, column: 1, offset: 0}
  let emitted = 0
  /** The archive’s layout, learnt from the first parts; carried to every later part. */
  let layout = emptyLayout()
  const page = createPageKeeper()
  const holdLimit = Math.max(0, options.holdLimit ?? 262_144)
  /** Offset in `buffer` after the last blank line found. */
  let cut = -1
  /** Offset in `buffer` up to which the last parse read. */
  let parsedUpTo = 0
  const findBlankLine = createBlankLineFinder()

  /** Parse `buffer.slice(0, end)`; yield its complete letters; carry the rest. */
  function* parse(end: number, final: boolean): Generator<Letter> {
    const part = buffer.slice(0, end)
    const partLayout = {...layout, ...options.layout, letters: emitted}
    const tree = fromText(part, {start: base, layout: partLayout})
    const letters = tree.children.filter((child): child is T.Letter => child.type === 'letter')
    // The end of the part reads like the end of the input, which may change how its last letter
    // starts; so the last two letters wait, and the text after the last letter yielded is parsed again.
    let keep = final ? letters.length : letters.length - 2
    if (keep <= 0 && !final) {
      parsedUpTo = end
      return
    }
    const source = base.offset === 0 ? new VFile({value: part}) : undefined
    const upTo = (count: number) => (final && count === letters.length ? tree.children : tree.children.slice(0, tree.children.indexOf(letters[count - 1]!) + 1))
    let before = upTo(keep)
    dates.add(part, base)
    let compiled = compileTree({...tree, children: before}, source, {page: [...page.nodes], firstIndex: emitted, dates})
    // A marker's note may be printed in a later letter (at the foot of the page): wait for it,
    // up to `holdLimit` characters; letters before the first open marker are settled.
    if (!final) {
      const lag = (index: number) => end - (letters[index]!.position!.start.offset! - base.offset)
      const open = compiled.findIndex((entry, index) => hasOpenMarker(entry.letter) && lag(index) < holdLimit)
      if (open !== -1) {
        keep = open
        if (keep === 0) {
          parsedUpTo = end
          return
        }
        before = upTo(keep)
        compiled = compiled.slice(0, keep)
      }
    }
    const last = final ? undefined : letters[keep - 1]!
    if (options.file) {
      const scratch = new VFile({path: options.file.path, value: part})
      lint({...tree, children: before}, compiled, scratch, {rules: options.rules})
      for (const message of scratch.messages) options.file.messages.push(message)
    }
    page.add(before)
    layout = partLayout
    for (const entry of compiled) yield entry.letter
    emitted += compiled.length
    if (!last) return
    // Carry from the line after the last letter yielded.
    const lastEnd = last.position!.end
    let from = lastEnd.offset! - base.offset
    let line = lastEnd.line
    while (from < part.length) {
      const code = part.charCodeAt(from)
      if (code === 10 || code === 13) {
        from += code === 13 && part.charCodeAt(from + 1) === 10 ? 2 : 1
        line++
        break
      }
      from++
    }
    buffer = buffer.slice(from)
    base = {line, column: 1, offset: base.offset + from}
    parsedUpTo = end - from
    cut = Math.max(-1, cut - from)
  }

  for await (const chunk of input as AsyncIterable<string | Uint8Array>) {
    const text = typeof chunk === 'string' ? chunk : decoder.decode(chunk, {stream: true})
    if (text.length === 0) continue
    const oldLength = buffer.length
    buffer += text
    const found = findBlankLine(text, oldLength)
    if (found > cut) cut = found
    if (cut <= parsedUpTo) continue
    const waiting = cut - parsedUpTo
    if (waiting < minBuffer || (minBuffer > 0 && waiting < parsedUpTo)) continue
    yield* parse(cut, false)
  }
  buffer += decoder.decode()
  yield* parse(buffer.length, true)
}
