/**
 * Where each value of a JSON text stands: a map from field path (`letters[2].date.iso`) to
 * the offsets of the value and, for object members, of the key. One linear pass over text
 * that `JSON.parse` has accepted; an explicit stack, so deep nesting cannot overflow.
 */
import {appendPath} from './field-path.js'

export interface JsonSpan {
  start: number
  end: number
  /** The member's key (`"colour"`), for object members. */
  key?: {start: number; end: number} | undefined
}

interface Frame {
  kind: 'object' | 'array'
  path: string
  start: number
  index: number
  key: JsonSpan['key']
}

function isSpace(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0d || code === 0xfeff
}

/** Offsets of the values in `text`, valid JSON; `root` is the path given to the top value. */
export function locateJson(text: string, root = ''): Map<string, JsonSpan> {
  const spans = new Map<string, JsonSpan>()
  const stack: Frame[] = []
  let i = 0
  const n = text.length
  const skipSpace = () => {
    while (i < n && isSpace(text.charCodeAt(i))) i++
  }
  const skipString = () => {
    i++ // opening quote
    while (i < n) {
      const code = text.charCodeAt(i)
      if (code === 0x5c) i += 2
      else if (code === 0x22) {
        i++
        return
      } else i++
    }
  }
  // Path and key of the value about to be read.
  let path = root
  let key: JsonSpan['key']
  for (;;) {
    skipSpace()
    if (i >= n) break
    const start = i
    const char = text[i]
    if (char === '{' || char === '[') {
      stack.push({kind: char === '{' ? 'object' : 'array', path, start, index: 0, key})
      i++
    } else {
      if (char === '"') skipString()
      else while (i < n && !/[\s,\]}]/u.test(text[i]!)) i++
      spans.set(path, {start, end: i, key})
    }
    // After a value: close containers, then find the next member or element.
    for (;;) {
      skipSpace()
      const frame = stack.at(-1)
      if (!frame) return spans
      const next = text[i]
      if (next === '}' || next === ']') {
        i++
        stack.pop()
        spans.set(frame.path, {start: frame.start, end: i, key: frame.key})
        continue
      }
      if (next === ',') i++
      else if (frame.index !== 0) return spans
      skipSpace()
      if (text[i] === '}' || text[i] === ']') continue
      if (frame.kind === 'array') {
        path = appendPath(frame.path, frame.index)
        key = undefined
      } else {
        const keyStart = i
        skipString()
        let name: string
        try {
          name = String(JSON.parse(text.slice(keyStart, i)))
        } catch {
          return spans
        }
        key = {start: keyStart, end: i}
        skipSpace()
        i++ // colon
        path = appendPath(frame.path, name)
      }
      frame.index++
      break
    }
  }
  return spans
}
