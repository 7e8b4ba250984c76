/**
 * `fc.assert` as a vitest assertion: a failing property fails the test with fast-check's report
 * (seed, path, shrunk counterexample), and a passing one asserts that every run was made — so a
 * property test counts as asserting something (`requireAssertions` in vitest.config.ts).
 */
import fc from 'fast-check'
import {expect} from 'vitest'

export function expectProperty<Ts>(property: fc.IProperty<Ts>, parameters: fc.Parameters<Ts> = {}): void {
  const details = fc.check(property, parameters)
  if (details.failed) {
    const error = details.errorInstance instanceof Error ? details.errorInstance.message : String(details.errorInstance)
    expect.fail(`${fc.defaultReportMessage(details) ?? 'The property failed'}\nGot error: ${error}`)
  }
  expect(details.numRuns, 'runs made').toBe(parameters.numRuns ?? 100)
}
