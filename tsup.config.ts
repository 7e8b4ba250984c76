import {defineConfig} from 'tsup'

export default defineConfig([
  {
    // ESM: the library, the command line and its worker in one build, so that they share one
    // copy of the library (a chunk) instead of each carrying its own.
    entry: {index: 'src/index.ts', cli: 'src/cli/index.ts', 'convert-worker': 'src/workers/convert-worker.ts'},
    format: ['esm'],
    splitting: true,
    dts: {entry: {index: 'src/index.ts'}},
    clean: true,
    sourcemap: false,
    target: 'es2022',
    outDir: 'dist'
  },
  {
    // CommonJS: the library only. Its declarations are those of the ESM build, copied to
    // `index.d.cts` by `npm run build` (one type-check instead of two).
    entry: {index: 'src/index.ts'},
    format: ['cjs'],
    dts: false,
    sourcemap: false,
    target: 'es2022',
    outDir: 'dist'
  }
])
