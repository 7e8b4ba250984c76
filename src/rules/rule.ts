/** What a rule is, and how it reports. */
import type {Point, Position} from 'unist'
import type {VFile} from 'vfile'
import type {CompiledLetter} from '../compile/to-letters.js'
import type {Root} from '../tree/types.js'

export type Severity = 'off' | 'info' | 'warn' | 'error'

export interface Report {
  place: Position | Point | null | undefined
  reason: string
  expected?: string[] | undefined
  actual?: string | undefined
  note?: string | undefined
}

export interface RuleContext {
  tree: Root
  letters: readonly CompiledLetter[]
  file: VFile
  report: (report: Report) => void
}

export interface Rule {
  /** Kebab-case id, stable across versions: renaming one is a breaking change. */
  id: string
  /** Severity when options say nothing. */
  severity: Exclude<Severity, 'off'>
  /** One line: what the rule checks. */
  description: string
  check: (context: RuleContext) => void
}

export const docsUrl = 'https://github.com/epistola/epistola/blob/main/doc/rules.md'

/** A rule that looks at one letter at a time: its check gets each compiled letter and `report`. */
export interface LetterRule extends Omit<Rule, 'check'> {
  checkLetter: (compiled: CompiledLetter, report: RuleContext['report']) => void
}

/** Make a rule from a per-letter check (the loop over the letters written once). */
export function perLetter(rule: LetterRule): Rule {
  const {checkLetter, ...rest} = rule
  return {
    ...rest,
    check({letters, report}) {
      for (const compiled of letters) checkLetter(compiled, report)
    }
  }
}
