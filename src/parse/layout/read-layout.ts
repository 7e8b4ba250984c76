/**
 * Read a layout a user declares (`--layout FILE.json`): JSON checked against `LayoutSchema`.
 * Every problem is a message at its place in the file (line:column of the key or value), with
 * the rule id `layout-invalid`; a bad file gives no layout, never a throw. A declared layout holds
 * only data (shapes, numbers, literal signature lines): no pattern of a user’s runs, so nothing
 * a user gives can make parsing slower than linear.
 */
import {VFile} from 'vfile'
import {LayoutSchema, type DeclaredLayout} from '../../schema/layout.js'
import {formatPath} from '../../validate/field-path.js'
import {locateJson} from '../../validate/json-locations.js'

export interface LayoutReading {
  layout: DeclaredLayout | null
  file: VFile
}

function fail(file: VFile, reason: string, offset: number | undefined): void {
  const place = offset === undefined ? undefined : file.value === undefined ? undefined : pointAt(String(file.value), offset)
  const message = file.message(reason, {place, ruleId: 'layout-invalid', source: 'epistola'})
  message.fatal = true
}

function pointAt(text: string, offset: number): {line: number; column: number; offset: number} {
  let line = 1
  let start = 0
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++
    start = i + 1
  }
  return {line, column: offset - start + 1, offset}
}

/** Read a layout from the text of a JSON file (`path` names it in messages). */
export function readLayout(text: string, path?: string): LayoutReading {
  const file = new VFile({path, value: text})
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch (error) {
    const at = /position (\d+)/u.exec((error as Error).message)
    fail(file, `Unexpected text that is not JSON (${(error as Error).message}), expected a layout object such as {"numberLines": ["roman"]}`, at ? Number(at[1]) : 0)
    return {layout: null, file}
  }
  const result = LayoutSchema.safeParse(json)
  if (result.success) return {layout: result.data, file}
  const spans = locateJson(text)
  for (const issue of result.error.issues) {
    const path = issue.code === 'unrecognized_keys' ? [...issue.path, issue.keys[0]!] : issue.path
    const key = formatPath(path)
    const span = spans.get(key)
    const where = key || 'the layout'
    fail(file, `Unexpected value at \`${where}\` (${issue.message}), expected a layout key (datesLead, numberLines, letterGap, signatures, headingsOpen) with a value of its type`, span?.key?.start ?? span?.start)
  }
  return {layout: null, file}
}
