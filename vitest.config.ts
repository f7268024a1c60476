import { defineConfig } from 'vitest/config';

// The JSON report is what .ci/run reads to print its closing `N passed, N failed` line.
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // dist/ is built by npm run build only (not on install): built here when missing, for the package tests.
    globalSetup: ['test/global-setup.ts'],
    reporters: ['default', 'json'],
    outputFile: { json: 'reports/vitest.json' },
  },
});
