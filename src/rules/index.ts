/**
 * Rules: lint-like checks over the tree and the compiled letters. Each reports vfile
 * messages with `ruleId`, `source: 'epistola'`, a place, and a reason "Unexpected …, expected …".
 */
import type {VFile} from 'vfile'
import type {CompiledLetter} from '../compile/to-letters.js'
import type {Root} from '../tree/types.js'
import {controlCharacter} from './control-character.js'
import {datesDisagree} from './dates-disagree.js'
import {duplicateLetter} from './duplicate-letter.js'
import {emptyBody} from './empty-body.js'
import {footnoteUnresolved} from './footnote-unresolved.js'
import {headingWithoutParties} from './heading-without-parties.js'
import {impossibleDate} from './impossible-date.js'
import {inferredValue} from './inferred-value.js'
import {lowConfidenceRule} from './low-confidence.js'
import {lostLetter} from './lost-letter.js'
import {missingDate} from './missing-date.js'
import {missingSource} from './missing-source.js'
import {noSources} from './no-sources.js'
import {numberSequence} from './number-sequence.js'
import {receivedBeforeSent} from './received-before-sent.js'
import {emitMessage} from './emit.js'
import {checkRuleSettings} from './options.js'
import type {Report, Rule, Severity} from './rule.js'
import {schemaValid} from './schema.js'
import {signatureMismatch} from './signature-mismatch.js'
import {suspiciousOcr} from './suspicious-ocr.js'
import {unplacedText} from './unplaced-text.js'
import {unreadableDate} from './unreadable-date.js'

export type {Rule, Severity} from './rule.js'

export interface LintOptions {
  /** Severity per rule id: `off`, `info`, `warn`, `error`. */
  rules?: Record<string, Severity> | undefined
}

/** Every rule, in the order they run. */
export const rules: readonly Rule[] = [
  controlCharacter,
  unplacedText,
  lostLetter,
  unreadableDate,
  impossibleDate,
  suspiciousOcr,
  datesDisagree,
  missingDate,
  receivedBeforeSent,
  missingSource,
  noSources,
  headingWithoutParties,
  signatureMismatch,
  emptyBody,
  footnoteUnresolved,
  duplicateLetter,
  numberSequence,
  inferredValue,
  lowConfidenceRule,
  schemaValid
]

/**
 * Run the rules, adding messages to `file`. Throws a `TypeError` when `options.rules` names a
 * rule that is none or a severity that is none (a mistake in the calling code).
 */
export function lint(tree: Root, letters: readonly CompiledLetter[], file: VFile, options: LintOptions = {}): void {
  checkRuleSettings(options.rules, rules)
  const first = file.messages.length
  for (const rule of rules) {
    const severity = options.rules?.[rule.id] ?? rule.severity
    if (severity === 'off') continue
    const report = (entry: Report) => {
      emitMessage(file, rule.id, severity, entry)
    }
    rule.check({tree, letters, file, report})
  }
  // Messages in the order of the text, as a reader goes through it.
  const added = file.messages.slice(first)
  added.sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0))
  // Written back one by one: a spread of tens of thousands of messages overflows the call stack.
  for (let index = 0; index < added.length; index++) file.messages[first + index] = added[index]!
}
