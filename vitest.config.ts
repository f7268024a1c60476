import { defineConfig } from 'vitest/config';

// The JSON report is what .ci/run reads to print its closing `N passed, N failed` line.
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // dist/ is built by npm run build only (not on install): built here when missing, for the package tests.
    globalSetup: ['test/global-setup.ts'],
    reporters: ['default', 'json'],
    outputFile: { json: 'reports/vitest.json' },
    // No test may depend on the machine's speed (issue 10 §8): tests are sized to need well under a
    // second of CPU, but CI and developers' machines are shared, and under load a property test's
    // wall time stretches many times over vitest's 5 s default. Speed is measured in bench/, never here.
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
