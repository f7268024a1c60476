import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** What the tests of the built package need in dist/. */
export const BUILT = ['dist/index.js', 'dist/index.cjs', 'dist/index.d.ts', 'dist/index.d.cts', 'dist/dosage.js', 'dist/dosage.cjs', 'dist/cli.js', 'dist/batch-worker.js'];

const newest = (dir: string): number =>
  readdirSync(dir, { withFileTypes: true }).reduce((t, e) => Math.max(t, e.isDirectory() ? newest(join(dir, e.name)) : statSync(join(dir, e.name)).mtimeMs), 0);

/**
 * Before the tests: a package is built only by `npm run build` (and `npm pack`, through `prepack`),
 * never on install, so a fresh clone after `npm ci` (CI) has no dist/. Build it then, once, for the
 * tests that use the built package. A dist/ older than the sources is rebuilt under CI and only
 * reported elsewhere: developers run targeted tests on a shared machine, and a build takes a minute.
 */
export default function setup(): void {
  const missing = BUILT.filter((f) => !existsSync(f));
  const stale = missing.length === 0 && Math.min(...BUILT.map((f) => statSync(f).mtimeMs)) < Math.max(newest('src'), statSync('package.json').mtimeMs, statSync('tsup.config.ts').mtimeMs);
  if (missing.length > 0 || (stale && process.env.CI === 'true')) {
    console.log(`building dist/ for the package tests (${missing.length > 0 ? `missing ${missing[0]}` : 'older than src/'})`);
    execFileSync('npm', ['run', 'build', '--silent'], { stdio: 'inherit' });
  } else if (stale) console.log('dist/ is older than src/: the package tests test the last build (npm run build to refresh it)');
}
