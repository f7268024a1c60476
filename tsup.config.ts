import { defineConfig, type Options } from 'tsup';

// The library's entries: the main entry (the core, no Node built-in) and the subpaths of package.json's
// `exports`. Each ships as ESM and CJS, with type declarations for both, and no source maps (the
// tarball carries only what runs). The CLI and the batch worker are ESM only: `bin` runs dist/cli.js,
// and the batch stage starts dist/batch-worker.js from beside itself (`shims` gives the CJS build an
// `import.meta.url` to find it by). In the ESM build the CLI shares the library's chunks.
const LIBRARY = {
  index: 'src/index.ts',
  dosage: 'src/entries/dosage.ts',
  handover: 'src/entries/handover.ts',
  fhir: 'src/entries/fhir.ts',
  batch: 'src/entries/batch.ts',
  followup: 'src/entries/followup.ts',
  synthetic: 'src/entries/synthetic.ts',
};

const common: Options = {
  sourcemap: false,
  shims: true,
  target: 'node20',
  // The library is marked free of side effects (package.json `sideEffects: false`), so bundlers drop what is not imported.
  treeshake: true,
};

export default defineConfig([
  {
    ...common,
    entry: { ...LIBRARY, cli: 'src/cli/main.ts', 'batch-worker': 'src/batch/worker.ts' },
    format: ['esm'],
    dts: { entry: LIBRARY },
    splitting: true,
  },
  {
    ...common,
    entry: LIBRARY,
    format: ['cjs'],
    dts: { entry: LIBRARY },
    splitting: true,
  },
]);
