/** A zod issue in the words of a message: "Unexpected X at `path`, expected Y". */
import type {z} from 'zod'

/** A short display of a value: `"1941-02-30"`, `12`, `an object`. */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing'
  if (value === null) return '`null`'
  if (Array.isArray(value)) return 'an array'
  if (typeof value === 'object') return 'an object'
  if (typeof value === 'string') {
    const shown = JSON.stringify(value.length > 40 ? value.slice(0, 39) + '…' : value)
    return `string \`${shown}\``
  }
  if (typeof value === 'number' || typeof value === 'boolean') return `${typeof value} \`${String(value)}\``
  return `a ${typeof value}`
}

/** What zod wanted, in lower case words: `string`, `a real calendar date`. */
function expectation(issue: z.core.$ZodIssue): string {
  if (issue.code === 'invalid_type') return String(issue.expected)
  if (issue.code === 'invalid_value') return `one of ${issue.values.map((v) => `\`${String(v)}\``).join(', ')}`
  if (issue.code === 'invalid_format' && 'pattern' in issue && issue.pattern) return `a string matching \`${String(issue.pattern)}\``
  const message = issue.message
  const after = /\bexpected\s+(.+)$/iu.exec(message)
  if (after) return after[1]!.replace(/\.$/u, '')
  return `a valid value (${message.charAt(0).toLowerCase()}${message.slice(1)})`
}

/** The reason for one issue; `actual` is the value found at the issue's path. */
export function issueReason(issue: z.core.$ZodIssue, path: string, actual: unknown): string {
  if (actual === undefined && issue.code === 'invalid_type') return `Unexpected missing field \`${path}\`, expected ${expectation(issue)}`
  return `Unexpected ${describeValue(actual)} at \`${path}\`, expected ${expectation(issue)}`
}

/** `expected` values for a message, when the fix is a choice among known values. */
export function issueExpected(issue: z.core.$ZodIssue): string[] | undefined {
  return issue.code === 'invalid_value' ? issue.values.map((v) => String(v)) : undefined
}
