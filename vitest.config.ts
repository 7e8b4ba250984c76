import {defineConfig} from 'vitest/config'

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 60_000,
    // A test that asserts nothing fails (as if each began with `expect.hasAssertions()`): an
    // assertion in a loop over nothing, or a stream that yields nothing, cannot pass silently.
    expect: {requireAssertions: true},
    // `npm run test:coverage`; the thresholds apply only there, not to `npm test`. That run leaves
    // out the suites whose code runs in other processes or worker threads, which v8 coverage does
    // not see (pathological inputs in a worker, the spawned command line, the packed tarball,
    // Chromium): `npm test` has run them, and their timings mean nothing under instrumentation.
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
