import type {Rule} from './rule.js'

/** A date-like line that could not be read. */
export const unreadableDate: Rule = {
  id: 'unreadable-date',
  severity: 'warn',
  description: 'A line placed as a date that cannot be read as one.',
  check({letters, report}) {
    for (const {dateProblems} of letters) {
      for (const problem of dateProblems) {
        if (problem.reason !== 'unreadable') continue
        report({place: problem.node.position, reason: `Unexpected unreadable date \`${problem.detail}\`, expected a date such as \`July 18, 1941\``, actual: problem.detail})
      }
    }
  }
}

/** A date that does not exist: `February 30, 1942`, `July 38, 1941`. */
export const impossibleDate: Rule = {
  id: 'impossible-date',
  severity: 'error',
  description: 'A date that is not in the calendar.',
  check({letters, report}) {
    for (const {dateProblems} of letters) {
      for (const problem of dateProblems) {
        if (problem.reason !== 'impossible') continue
        report({place: problem.node.position, reason: `Unexpected impossible date \`${problem.detail}\`, expected a real calendar date`, actual: problem.detail})
      }
    }
  }
}

/** Letters read as digits (`194l`, `llth`): the value is inferred, check the transcription. */
export const suspiciousOcr: Rule = {
  id: 'suspicious-ocr',
  severity: 'warn',
  description: 'Letters standing for digits in a date (OCR errors), read and flagged as inferred.',
  check({letters, report}) {
    for (const {dateProblems} of letters) {
      for (const problem of dateProblems) {
        if (problem.reason !== 'inferred' || !problem.found) continue
        // `found.text` is a date the extractor matched: a few dozen characters at most.
        // eslint-disable-next-line regexp/no-super-linear-move
        const fixed = problem.found.text.replace(/[lI](?=[0-9lI]*(?:st|nd|rd|th|d)?\b)/gu, '1').replace(/O(?=[0-9])/gu, '0')
        report({
          place: problem.node.position,
          reason: `Unexpected \`${problem.found.text}\` in a date, expected digits (${problem.detail})`,
          actual: problem.found.text,
          expected: [fixed]
        })
      }
    }
  }
}

/** One letter's date printed twice, differently. */
export const datesDisagree: Rule = {
  id: 'dates-disagree',
  severity: 'warn',
  description: 'A letter prints its date twice and the two differ.',
  check({letters, report}) {
    for (const {dateProblems} of letters) {
      for (const problem of dateProblems) {
        if (problem.reason !== 'disagree') continue
        report({place: problem.node.position, reason: `Unexpected second date ${problem.detail}, expected the same date as above`})
      }
    }
  }
}
