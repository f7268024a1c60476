import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { benchConfig } from './config';
import { OUT_DIR } from './data';
import { fmt, table } from './measure';
import { ensureBuilt, rssOf } from './pipe';

const ROOT = fileURLToPath(new URL('../', import.meta.url));

/** Runs the built CLI with `args`; resolves with its exit code, wall time and the highest resident memory sampled every 100 ms. */
const cli = (args: ReadonlyArray<string>, stdinFrom?: ReadonlyArray<string>): Promise<{ readonly code: number | null; readonly seconds: number; readonly peakMB: number }> =>
  new Promise((resolve, reject) => {
    const started = process.hrtime.bigint();
    const feeder = stdinFrom === undefined ? undefined : spawn(process.execPath, ['dist/cli.js', ...stdinFrom], { cwd: ROOT, stdio: ['ignore', 'pipe', 'ignore'] });
    const child = spawn(process.execPath, ['dist/cli.js', ...args], { cwd: ROOT, stdio: [feeder === undefined ? 'ignore' : 'pipe', 'ignore', 'ignore'] });
    if (feeder !== undefined && child.stdin !== null) feeder.stdout.pipe(child.stdin);
    let peakMB = 0;
    const sampler = setInterval(() => {
      const rss = child.pid === undefined ? undefined : rssOf(child.pid);
      if (rss !== undefined && rss > peakMB) peakMB = rss;
    }, 100);
    child.on('error', reject);
    child.on('exit', (code) => {
      clearInterval(sampler);
      resolve({ code, seconds: Number(process.hrtime.bigint() - started) / 1e9, peakMB });
    });
  });

/**
 * Follow-up: `medrec report` on the result file of a generated batch (the built CLI, as an operator
 * runs it: HTML with every chart, CSV tables and JSON, checked against the batch summary), best of
 * three runs, with the highest resident memory sampled. The goal of issue 7: 100 000 patients in
 * under a minute.
 *
 * @example
 * console.log(await runReportBench());
 */
export const runReportBench = async (): Promise<string> => {
  const config = benchConfig();
  ensureBuilt();
  mkdirSync(OUT_DIR, { recursive: true });
  const rows: string[][] = [];
  for (const n of config.reportPatients) {
    const results = fileURLToPath(new URL(`report-${n}-${config.seed}.ndjson`, OUT_DIR));
    const summary = fileURLToPath(new URL(`report-${n}-${config.seed}.summary.json`, OUT_DIR));
    if (!existsSync(results) || !existsSync(summary)) {
      const batch = await cli(
        ['batch', '-', '--out', results, '--summary', summary, '--as-of', config.asOf, '--workers', String(availableParallelism())],
        ['generate', '--patients', String(n), '--seed', String(config.seed), '--as-of', config.asOf, '--out', '-'],
      );
      if (batch.code !== 0) throw new Error(`batch of ${n} patients exited with ${batch.code}`);
    }
    const out = fileURLToPath(new URL(`report-${n}/`, OUT_DIR));
    const runs = [];
    for (let k = 0; k < 3; k++) {
      rmSync(out, { recursive: true, force: true });
      const run = await cli(['report', results, '--out', `${out}rapport.html`, '--csv', `${out}csv`, '--json', `${out}rapport.json`, '--summary', summary]);
      if (run.code !== 0) throw new Error(`report of ${n} patients exited with ${run.code}`);
      runs.push(run);
    }
    const best = runs.reduce((a, b) => (b.seconds < a.seconds ? b : a));
    const mb = statSync(results).size / 1e6;
    const report = JSON.parse(readFileSync(`${out}rapport.json`, 'utf8')) as { totals: { patients: number; deviations: number; findings: number }; summaryChecks: Array<{ laws: Array<{ holds: boolean }> }> };
    const addsUp = report.summaryChecks.every((c) => c.laws.every((l) => l.holds));
    rows.push([
      fmt(n),
      fmt(mb),
      fmt(best.seconds, 1),
      fmt(mb / best.seconds),
      fmt(Math.max(...runs.map((r) => r.peakMB))),
      fmt(report.totals.deviations),
      fmt(report.totals.findings),
      addsUp ? 'yes' : '**no**',
      best.seconds < 60 ? 'met' : '**not met**',
    ]);
  }
  return [
    '## Follow-up report (`medrec report`)',
    '',
    'The result file of `generate | batch` read once, line by line, into the HTML report (six SVG charts), twelve CSV tables and the JSON report, checked against the batch summary; best of three runs of the built CLI; peak resident memory sampled every 100 ms. Goal: 100 000 patients in under a minute.',
    '',
    table(['patients', 'results MB', 'seconds', 'MB/s', 'peak RSS MB', 'deviations', 'findings', 'adds up with the summary', 'under a minute'], rows),
  ].join('\n');
};
