import { defineConfig } from 'tsup';

// The library ships as ESM and CJS with type declarations for both (see `exports` in package.json).
// The CLI entry starts with a hashbang, which esbuild keeps; package.json's `bin` points at its ESM file.
// The batch worker is its own entry (dist/batch-worker.js), started by the batch stage from beside
// itself; `shims` gives the CJS build an `import.meta.url` to find it by.
export default defineConfig({
  entry: { index: 'src/index.ts', cli: 'src/cli/main.ts', 'batch-worker': 'src/batch/worker.ts' },
  format: ['esm', 'cjs'],
  dts: { entry: { index: 'src/index.ts' } },
  sourcemap: true,
  clean: true,
  shims: true,
  target: 'node20',
});
