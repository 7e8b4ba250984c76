/**
 * `validate` on JSON: every format `convert` writes is accepted, each checked for what it is.
 * `NAME.json`: `Letter[]`, `{letters}`, or the batch array `[{file, letters}]` (`[{file, tree}]`);
 * `NAME.jsonl`: one letter a line (with its `file` field); `NAME.tree.json`: a syntax tree.
 * Letters are checked by `validateLetters`, and its messages placed in the whole file.
 */
import type {Point, Position} from 'unist'
import type {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'
import {validateLetters, validationRules, type Severity} from '../index.js'
import {fail} from './messages.js'

export type JsonKind = 'letters' | 'lines' | 'tree'

/** What a file holds, by its name; `null` for a transcript. */
export function jsonKind(name: string): JsonKind | null {
  if (/\.jsonl$/iu.test(name)) return 'lines'
  if (/\.tree\.json$/iu.test(name)) return 'tree'
  if (/\.json$/iu.test(name)) return 'letters'
  return null
}

const jsonRuleIds = new Set(validationRules.map((rule) => rule.id))

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** Move a point found in a slice that starts at `start` to its place in the whole text. */
function shiftPoint(point: Point, start: Point): Point {
  return {
    line: start.line + point.line - 1,
    column: point.line === 1 ? start.column + point.column - 1 : point.column,
    ...(point.offset === undefined || start.offset === undefined ? {} : {offset: start.offset + point.offset})
  }
}

function shiftPlace(place: Point | Position | undefined, start: Point): Point | Position | undefined {
  if (!place) return undefined
  return 'start' in place ? {start: shiftPoint(place.start, start), end: shiftPoint(place.end, start)} : shiftPoint(place, start)
}

/** Add `message` (found in a slice starting at `start`) to `file`, with its reason rewritten. */
function copyMessage(file: VFile, message: VFileMessage, start: Point, reason: string): void {
  const copy = file.message(reason, {place: shiftPlace(message.place ?? undefined, start), ruleId: message.ruleId ?? undefined, source: message.source ?? undefined})
  copy.fatal = message.fatal
  if (message.url) copy.url = message.url
  if (message.note) copy.note = message.note
  if (message.expected) copy.expected = message.expected
  if (message.actual !== undefined) copy.actual = message.actual
}

/** The spans between the top-level commas of a JSON array text (already known to parse). */
function arrayItems(text: string): Array<{start: number; end: number}> {
  const items: Array<{start: number; end: number}> = []
  let depth = 0
  let inString = false
  let start = text.indexOf('[') + 1
  for (let index = start; index < text.length; index++) {
    const code = text.charCodeAt(index)
    if (inString) {
      if (code === 92) index++
      else if (code === 34) inString = false
    } else if (code === 34) inString = true
    else if (code === 123 || code === 91) depth++
    else if ((code === 125 || code === 93) && depth > 0) depth--
    else if (depth === 0 && (code === 44 || code === 93)) {
      items.push({start, end: index})
      start = index + 1
      if (code === 93) break
    }
  }
  return items
}

/** The point of each offset asked for, in increasing order, counting lines once. */
function createPointer(text: string) {
  let line = 1
  let lineStart = 0
  let at = 0
  return (offset: number): Point => {
    for (; at < offset; at++) {
      if (text.charCodeAt(at) === 10) {
        line++
        lineStart = at + 1
      }
    }
    return {line, column: offset - lineStart + 1, offset}
  }
}

/** The first thing that makes `value` no epistola syntax tree, as a field path and what was expected; or `null`. */
function treeProblem(value: unknown): {path: string; expected: string} | null {
  if (!isRecord(value) || value.type !== 'root') return {path: 'type', expected: 'a tree whose root has `type: "root"`'}
  const stack: Array<{node: unknown; path: string}> = [{node: value, path: ''}]
  while (stack.length > 0) {
    const {node, path} = stack.pop()!
    if (!isRecord(node) || typeof node.type !== 'string') return {path: path || 'type', expected: 'a node with a string `type`'}
    if (node.children !== undefined) {
      if (!Array.isArray(node.children)) return {path: `${path}${path ? '.' : ''}children`, expected: 'an array of nodes'}
      node.children.forEach((child, index) => stack.push({node: child, path: `${path}${path ? '.' : ''}children[${index}]`}))
    }
    const position = node.position
    if (position !== undefined && !(isRecord(position) && isRecord(position.start) && isRecord(position.end) && typeof position.start.line === 'number')) {
      return {path: `${path}${path ? '.' : ''}position`, expected: 'a unist position `{start, end}`'}
    }
  }
  return null
}

/** A `schema` message at the severity the rules give it. */
function reportSchema(file: VFile, reason: string, rules: Record<string, Severity>, place?: Position): void {
  const level = rules.schema ?? 'error'
  if (level !== 'off') fail(file, reason, 'schema', level, place)
}

function reportTree(file: VFile, value: unknown, prefix: string, rules: Record<string, Severity>): void {
  const problem = treeProblem(value)
  if (problem) reportSchema(file, `Unexpected value at \`${prefix}${problem.path}\`, expected ${problem.expected}`, rules)
}

/** One line of JSON Lines: one letter (with its `file` field), placed at `start`. */
function checkLine(file: VFile, line: string, start: Point, rules: Record<string, Severity>): void {
  let value: unknown
  try {
    value = JSON.parse(line)
  } catch {
    for (const message of validateLetters(line, {rules}).file.messages) {
      copyMessage(file, message, start, message.reason.replace('expected a JSON array of letters or an object with `letters`', 'expected one letter, a JSON object, a line'))
    }
    return
  }
  if (!isRecord(value)) {
    const kind = Array.isArray(value) ? 'array' : value === null ? 'null' : typeof value
    const end = {line: start.line, column: start.column + line.length, offset: start.offset! + line.length}
    reportSchema(file, `Unexpected JSON ${kind} on a line, expected one letter, a JSON object, a line`, rules, {start, end})
    return
  }
  // Checked as an array of one: `[` shifts every column by one.
  const shifted = {...start, column: start.column - 1, offset: start.offset! - 1}
  for (const message of validateLetters(`[${line}]`, {rules}).file.messages) {
    if (message.ruleId === 'unknown-key' && message.actual === 'file' && message.reason.includes('`letters[0].file`')) continue
    copyMessage(file, message, shifted, message.reason.replaceAll('`letters[0].', '`').replaceAll('`letters[0]`', 'the letter'))
  }
}

/** Check `text`, a JSON output of epistola (or letters from another tool), adding messages to `file`. */
export function checkJson(file: VFile, text: string, kind: JsonKind, allRules: Record<string, Severity>): void {
  const rules = Object.fromEntries(Object.entries(allRules).filter(([id]) => jsonRuleIds.has(id)))
  const name = file.path
  const whole = () => {
    for (const message of validateLetters(text, {path: name, rules}).file.messages) file.messages.push(message)
  }
  if (kind === 'lines') {
    const pointer = createPointer(text)
    let from = 0
    while (from < text.length) {
      const newline = text.indexOf('\n', from)
      const end = newline < 0 ? text.length : newline
      const line = text.slice(from, end)
      if (line.trim()) checkLine(file, line, pointer(from), rules)
      from = end + 1
    }
    return
  }
  let data: unknown
  try {
    data = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text)
  } catch {
    // `validateLetters` says where the syntax breaks.
    whole()
    return
  }
  const batch = Array.isArray(data) && data.length > 0 && data.every((entry) => isRecord(entry) && Object.hasOwn(entry, 'file') && (Object.hasOwn(entry, 'letters') || Object.hasOwn(entry, 'tree')))
  if (kind === 'tree' || (batch && Object.hasOwn((data as Array<Record<string, unknown>>)[0]!, 'tree'))) {
    if (batch) (data as Array<Record<string, unknown>>).forEach((entry, index) => reportTree(file, entry.tree, `[${index}].tree.`, rules))
    else reportTree(file, data, '', rules)
    return
  }
  if (!batch) {
    whole()
    return
  }
  // The batch output: each entry `{file, letters}` is checked in its own slice of the text.
  const pointer = createPointer(text)
  arrayItems(text).forEach(({start, end}, index) => {
    if ((data as Array<Record<string, unknown>>)[index]!.letters === null) return
    for (const message of validateLetters(text.slice(start, end), {rules}).file.messages) {
      copyMessage(file, message, pointer(start), message.reason.replaceAll('`letters', `\`[${index}].letters`))
    }
  })
}
