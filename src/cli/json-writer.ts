/**
 * JSON written piece by piece, exactly as `JSON.stringify(value, null, pretty ? 2 : undefined)`
 * would write it whole: so letters can go out as they are parsed.
 */
export type Write = (chunk: string) => Promise<void>

/** `value` as JSON, indented for `depth` levels of nesting when pretty. */
export function stringifyAt(value: unknown, pretty: boolean, depth: number): string {
  const json = JSON.stringify(value, null, pretty ? 2 : undefined)
  return pretty && depth > 0 ? json.replaceAll('\n', '\n' + '  '.repeat(depth)) : json
}

/** An array written item by item, at `depth` levels of nesting. */
export function createArrayWriter(write: Write, pretty: boolean, depth = 0) {
  let count = 0
  return {
    async item(value: unknown): Promise<void> {
      const open = count === 0 ? '[' : ','
      count++
      await write(open + (pretty ? '\n' + '  '.repeat(depth + 1) : '') + stringifyAt(value, pretty, depth + 1))
    },
    async close(): Promise<void> {
      await write(count === 0 ? '[]' : (pretty ? '\n' + '  '.repeat(depth) : '') + ']')
    },
    get count() {
      return count
    }
  }
}

/** The opening of `{"file": …, "<key>": ` inside a top-level array, and its close. */
export function entryOpen(file: string, key: string, pretty: boolean, first: boolean): string {
  return pretty
    ? `${first ? '' : ','}\n  {\n    "file": ${JSON.stringify(file)},\n    ${JSON.stringify(key)}: `
    : `${first ? '' : ','}{"file":${JSON.stringify(file)},${JSON.stringify(key)}:`
}

export function entryClose(pretty: boolean): string {
  return pretty ? '\n  }' : '}'
}
