import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as medrec from '../../src/index';
import { API_REPORT_FILE, apiExports, apiReport } from './report';

const committed = readFileSync(API_REPORT_FILE, 'utf8');

/** The runtime names the committed report lists for one entry. */
const reportedRuntime = (entry: string): ReadonlyArray<string> => {
  const section = committed.split(`## \`${entry}\`\n`)[1]?.split('\n## ')[0] ?? '';
  const runtime = section.split('### Types')[0] ?? '';
  return [...runtime.matchAll(/^- `([^`]+)`/gmu)].map((m) => m[1]!).sort();
};

/** The backticked names in the README's table of the main entry's runtime exports. */
const readmeRuntime = (): ReadonlyArray<string> => {
  const readme = readFileSync('README.md', 'utf8');
  const section = readme.split('\n## API\n')[1]?.split('\n## ')[0] ?? '';
  const table = section.split('| group | runtime exports of `medrec` |')[1]?.split('\n\n')[0] ?? '';
  return table
    .split('\n')
    .filter((l) => l.startsWith('| ') && !l.startsWith('|---'))
    .flatMap((l) => [...(l.split('|')[2] ?? '').matchAll(/`([^`]+)`/gu)].map((m) => m[1]!))
    .sort();
};

describe('the public API', () => {
  const runtime = Object.keys(medrec).sort();

  it('the main entry exports at run time exactly what the committed API report lists', () => {
    expect(runtime).toEqual(reportedRuntime('medrec'));
  });

  it("the README's API section lists exactly the main entry's runtime exports", () => {
    expect(readmeRuntime()).toEqual(runtime);
  });

  it('keeps the internals internal', () => {
    for (const internal of ['mix32', 'maxWeightAssignment', 'memoizeByObject', 'memoizeByString', 'niceTicks', 'runCli', 'BAR_COLOR', 'today', 'processLine']) {
      expect(runtime).not.toContain(internal);
    }
  });

  it('names every export: no entry re-exports a whole module', () => {
    for (const file of ['src/index.ts', ...readdirSync('src/entries').map((f) => `src/entries/${f}`)]) {
      expect(readFileSync(file, 'utf8'), file).not.toMatch(/export \* /u);
    }
  });

  // The compiler reads the whole of src/ for the report: some seconds of CPU, more on a shared machine.
  it('the committed API report is the one the sources give (run `npm run api:report` and commit the diff)', { timeout: 180_000 }, () => {
    expect(apiReport(apiExports())).toBe(committed);
  });
});
