import {defineConfig} from 'vitest/config'

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 60_000,
    // A test that asserts nothing fails (as if each began with `expect.hasAssertions()`): an
    // assertion in a loop over nothing, or a stream that yields nothing, cannot pass silently.
    expect: {requireAssertions: true},
    // `npm run test:coverage`; the thresholds apply only there, not to `npm test`. That run leaves
    // out the pathological inputs (parsed in a worker thread, which v8 coverage does not see, and
    // timed: ratios mean nothing under instrumentation) and the packed tarball (it loads dist/,
    // not src/): `npm test` has run both.
    coverage: {
      provider: 'v8',
      include: ['src/**/*.ts'],
      // The command line counts: test/cli-run.test.ts runs it in-process. Not seen by v8 coverage:
      // its entry script (process wiring, run by the spawned tests of cli.test.ts) and the pool's
      // workers (worker threads). Type-only and re-export modules have no code.
      exclude: ['src/cli/index.ts', 'src/workers/**', 'src/tree/types.ts', 'src/index.ts'],
      reporter: ['text-summary', 'text', 'json-summary'],
      thresholds: {lines: 95, branches: 95}
    }
  }
})
