import {defineConfig} from 'vitest/config'

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 60_000,
    // A test that asserts nothing fails (as if each began with `expect.hasAssertions()`): an
    // assertion in a loop over nothing, or a stream that yields nothing, cannot pass silently.
    expect: {requireAssertions: true},
    // `npm run test:coverage`; the thresholds apply only there, not to `npm test`.
    coverage: {
      provider: 'v8',
      include: ['src/**/*.ts'],
      // The CLI runs as a spawned binary in its tests and the pool's workers in worker threads:
      // v8 coverage does not see into them. Type-only and re-export modules have no code.
      exclude: ['src/cli/**', 'src/workers/**', 'src/tree/types.ts', 'src/index.ts'],
      reporter: ['text-summary', 'text', 'json-summary'],
      thresholds: {lines: 95, branches: 95}
    }
  }
})
