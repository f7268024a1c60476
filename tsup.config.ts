import { defineConfig } from 'tsup';

// The library ships as ESM and CJS with type declarations for both (see `exports` in package.json).
// The CLI entry starts with a hashbang, which esbuild keeps; package.json's `bin` points at its ESM file.
export default defineConfig({
  entry: { index: 'src/index.ts', cli: 'src/cli/main.ts' },
  format: ['esm', 'cjs'],
  dts: { entry: { index: 'src/index.ts' } },
  sourcemap: true,
  clean: true,
  target: 'node20',
});
