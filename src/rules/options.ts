/**
 * The `rules` option checked: a misspelt rule id or a severity that is none would otherwise be
 * ignored without a word. These are mistakes in the calling code, not in the text, so they throw
 * a `TypeError` (as the command line refuses them as usage errors).
 */
import type {Severity} from './rule.js'

const severities: readonly Severity[] = ['off', 'info', 'warn', 'error']

/** Throw a `TypeError` unless `settings` maps ids of `known` to severities. */
export function checkRuleSettings(settings: unknown, known: ReadonlyArray<{id: string}>): asserts settings is Record<string, Severity> | undefined {
  if (settings === undefined) return
  if (typeof settings !== 'object' || settings === null || Array.isArray(settings)) {
    throw new TypeError(`Unexpected \`rules\` of type ${settings === null ? 'null' : Array.isArray(settings) ? 'array' : typeof settings}, expected an object of rule ids to severities`)
  }
  const ids = known.map((rule) => rule.id)
  for (const [id, severity] of Object.entries(settings)) {
    if (!ids.includes(id)) throw new TypeError(`Unexpected rule \`${id}\` in \`rules\`, expected one of ${ids.map((name) => `\`${name}\``).join(', ')}`)
    if (!severities.includes(severity as Severity)) {
      throw new TypeError(`Unexpected severity \`${String(severity)}\` for rule \`${id}\`, expected ${severities.map((name) => `\`${name}\``).join(', ')}`)
    }
  }
}
