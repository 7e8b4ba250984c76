/** Reading foreign data safely: own data properties only, no getters run, no prototype walked. */

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** The own data property `key` of `value`, else `undefined` (getters are not called). */
export function ownValue(value: unknown, key: PropertyKey): unknown {
  if (typeof value !== 'object' || value === null) return undefined
  const descriptor = Object.getOwnPropertyDescriptor(value, key)
  return descriptor && 'value' in descriptor ? descriptor.value : undefined
}

/** The value at `path` inside `root`, through own properties only. */
export function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let value = root
  for (const key of path) {
    value = ownValue(value, key)
    if (value === undefined) return undefined
  }
  return value
}

/** Keys that would reach an object's prototype if copied by assignment. */
export const prototypeKeys: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype'])
