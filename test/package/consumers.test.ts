import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { publint } from 'publint';
import { describe, expect, it } from 'vitest';
import { consumer, installedPackages, pack, runReadmeSnippets } from './consumer';

// These tests install the packed package into empty projects and compile and run the README's
// examples there: npm install (from the tarball, dependencies from npm's cache or the registry) and
// the compiler take tens of seconds, minutes on a shared machine. Few tests, generous timeouts.
const MINUTES = 60_000;

describe('the packed package', () => {
  const packed = pack();

  it('holds the built entries, the README and no source maps', () => {
    expect(packed.files.filter((f) => f.endsWith('.map'))).toEqual([]);
    for (const f of ['package.json', 'README.md', 'dist/index.js', 'dist/index.cjs', 'dist/index.d.ts', 'dist/index.d.cts', 'dist/dosage.js', 'dist/cli.js', 'dist/batch-worker.js']) expect(packed.files).toContain(f);
    expect(packed.files.filter((f) => f.startsWith('dist/cli') && f !== 'dist/cli.js')).toEqual([]);
  });

  it('is clean by publint (strict: suggestions too)', { timeout: 2 * MINUTES }, async () => {
    const bytes = readFileSync(packed.tarball);
    const tarball = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
    const { messages } = await publint({ pack: { tarball }, level: 'suggestion', strict: true });
    expect(messages).toEqual([]);
  });

  it('is clean by @arethetypeswrong/cli for Node 16+ resolution from ESM and CJS, and bundlers', { timeout: 2 * MINUTES }, () => {
    const attw = spawnSync(process.execPath, ['node_modules/@arethetypeswrong/cli/dist/index.js', packed.tarball, '--profile', 'node16', '--format', 'json'], { encoding: 'utf8' });
    const report = JSON.parse(attw.stdout) as { analysis?: { problems?: ReadonlyArray<{ readonly resolutionKind?: string }> } };
    // node10 (TypeScript's `moduleResolution: node`) predates `exports` and finds no subpath: the profile
    // node16 leaves it out, as medrec needs Node 20 and is resolved through `exports`.
    expect((report.analysis?.problems ?? []).filter((p) => p.resolutionKind !== 'node10')).toEqual([]);
    expect(attw.status).toBe(0);
  });

  for (const kind of ['esm', 'cjs'] as const) {
    it(`in an empty ${kind === 'esm' ? 'ESM' : 'CommonJS'} project, the README's examples compile and run as written`, { timeout: 10 * MINUTES }, () => {
      const project = consumer(kind, packed.tarball);
      const { compile, runs } = runReadmeSnippets(project);
      expect(compile).toBe('');
      expect(runs.filter((r) => r.status !== 0)).toEqual([]);
      // The library's runtime dependencies only: no CLI-only package is loaded by the library, and dev tools are not installed.
      expect(installedPackages(project.dir)).not.toContain('typescript');
      const version = execFileSync(process.execPath, ['node_modules/medrec/dist/cli.js', '--version'], { cwd: project.dir, encoding: 'utf8' });
      expect(version.trim()).toBe((JSON.parse(readFileSync('package.json', 'utf8')) as { version: string }).version);
    });
  }
});
