import {defineConfig} from 'vitest/config'

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 60_000,
    // `npm run test:coverage`; the thresholds apply only there, not to `npm test`.
    coverage: {
      provider: 'v8',
      include: ['src/**/*.ts'],
      // The CLI runs as a spawned binary in its tests: v8 cannot see into it.
      exclude: ['src/cli/**'],
      reporter: ['text-summary', 'text', 'json-summary'],
      thresholds: {lines: 95, branches: 95}
    }
  }
})
