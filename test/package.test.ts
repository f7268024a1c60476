import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { COMMANDS } from '../src/cli/run';
import { BUILT } from './global-setup';

// The built package, as a consumer gets it: `npm run build` (and `npm pack`, through `prepack`) builds
// dist/; test/global-setup.ts builds it when it is missing. Each test starts Node a few times: on a
// shared machine that can take seconds, so the timeouts are generous.
const VERSION = (JSON.parse(readFileSync('package.json', 'utf8')) as { version: string }).version;

describe('the built package', () => {
  it('has ESM, CJS, type declarations, the subpaths, the CLI and the batch worker', () => {
    const subpaths = ['dosage', 'handover', 'fhir', 'batch', 'followup', 'synthetic'].flatMap((n) => [`dist/${n}.js`, `dist/${n}.cjs`, `dist/${n}.d.ts`, `dist/${n}.d.cts`]);
    expect([...BUILT, ...subpaths].filter((f) => !existsSync(f))).toEqual([]);
  });

  it('can be imported as ESM and required as CJS by its own name, subpaths too', { timeout: 60_000 }, () => {
    const esm = execFileSync(
      process.execPath,
      ['--input-type=module', '-e', "import { reconcile, parseJournal } from 'medrec'; import { parseDosageText } from 'medrec/dosage'; import { toFhir } from 'medrec/fhir'; console.log(typeof reconcile, parseJournal('{')._tag, parseDosageText('1x2').kind, typeof toFhir)"],
      { encoding: 'utf8' },
    );
    expect(esm.trim()).toBe('function Left parsed function');
    const cjs = execFileSync(process.execPath, ['-e', "const m = require('medrec'); const d = require('medrec/dosage'); console.log(typeof m.reconcile, m.parseJournal('{')._tag, d.parseDosageText('1x2').kind, typeof require('medrec/batch').runBatch)"], {
      encoding: 'utf8',
    });
    expect(cjs.trim()).toBe('function Left parsed function');
  });

  it('runs as the medrec command', { timeout: 60_000 }, () => {
    const out = execFileSync(process.execPath, ['dist/cli.js', 'reconcile', '--cosmic', 'examples/data/cosmic-export.json', '--pascal', 'examples/data/pascal-export.json', '--as-of', '2026-11-20'], {
      encoding: 'utf8',
    });
    expect(out).toContain('5 skillnader mellan listorna');
  });

  it('medrec --version prints the version; every command answers --help with exit 0', { timeout: 120_000 }, () => {
    expect(execFileSync(process.execPath, ['dist/cli.js', '--version'], { encoding: 'utf8' })).toBe(`${VERSION}\n`);
    for (const command of COMMANDS) {
      const help = spawnSync(process.execPath, ['dist/cli.js', command.name, '--help'], { encoding: 'utf8' });
      expect({ command: command.name, status: help.status, usage: help.stdout.startsWith(`Användning: medrec ${command.name}`) }).toEqual({ command: command.name, status: 0, usage: true });
    }
    const bare = spawnSync(process.execPath, ['dist/cli.js'], { encoding: 'utf8' });
    expect({ status: bare.status, stdout: bare.stdout }).toEqual({ status: 2, stdout: '' });
  });

  it('loads cli-progress only to draw a bar, never for the library or a command off a terminal', () => {
    for (const f of readdirSync('dist').filter((n) => /\.c?js$/u.test(n) && n !== 'cli.js')) expect(readFileSync(`dist/${f}`, 'utf8'), f).not.toContain('cli-progress');
    expect(readFileSync('dist/cli.js', 'utf8')).not.toMatch(/^import .* from ["']cli-progress["']/mu);
  });
});
