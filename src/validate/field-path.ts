/** Field paths as a reader writes them: `letters[2].date.iso`, `letters[0]["odd key"]`. */

const identifier = /^[A-Za-z_$][\w$]*$/u

/** One path segment appended to a path. */
export function appendPath(path: string, key: PropertyKey): string {
  if (typeof key === 'number') return `${path}[${key}]`
  const name = String(key)
  if (identifier.test(name)) return path ? `${path}.${name}` : name
  return `${path}[${JSON.stringify(name)}]`
}

/** A whole path: `['letters', 2, 'date', 'iso']` → `letters[2].date.iso`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let value = ''
  for (const key of path) value = appendPath(value, key)
  return value
}
