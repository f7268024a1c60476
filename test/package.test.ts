import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

// The built package, as a consumer gets it: `npm install` (and `npm ci`) build dist/ through `prepare`.
const built = ['dist/index.js', 'dist/index.cjs', 'dist/index.d.ts', 'dist/index.d.cts', 'dist/cli.js'];

describe('the built package', () => {
  it('has ESM, CJS, type declarations and the CLI (run `npm run build` if this fails locally)', () => {
    expect(built.filter((f) => !existsSync(f))).toEqual([]);
  });

  it('can be imported as ESM and required as CJS by its own name', () => {
    const esm = execFileSync(process.execPath, ['--input-type=module', '-e', "import { reconcile, parseJournal } from 'medrec'; console.log(typeof reconcile, parseJournal('{')._tag)"], {
      encoding: 'utf8',
    });
    expect(esm.trim()).toBe('function Left');
    const cjs = execFileSync(process.execPath, ['-e', "const m = require('medrec'); console.log(typeof m.reconcile, m.parseJournal('{')._tag)"], { encoding: 'utf8' });
    expect(cjs.trim()).toBe('function Left');
  });

  it('runs as the medrec command', () => {
    const out = execFileSync(process.execPath, ['dist/cli.js', 'reconcile', '--cosmic', 'examples/data/cosmic-export.json', '--pascal', 'examples/data/pascal-export.json', '--as-of', '2026-11-20'], {
      encoding: 'utf8',
    });
    expect(out).toContain('5 skillnader mellan listorna');
  });
});
