import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { OUT_DIR } from './data';

/** What one `generate --out - | batch -` run measured. */
export interface PipeRun {
  readonly patients: number;
  readonly seconds: number;
  readonly workers: number;
  readonly summary: { readonly linesRead: number; readonly resultsWritten: number; readonly invalidLines: number; readonly addsUp: boolean; readonly peakRssMB: number };
  /** Resident memory of the batch process, sampled each second, in MB. */
  readonly rssMB: ReadonlyArray<number>;
  /** Resident memory of both processes of the pipe (generate and batch, its workers included), sampled each second, in MB. */
  readonly pipeRssMB: ReadonlyArray<number>;
}

const ROOT = fileURLToPath(new URL('../', import.meta.url));
let built = false;

/** Builds dist/ once per benchmark run, so the pipe runs the code of this checkout (the `npx medrec` path). */
export const ensureBuilt = (): void => {
  if (built) return;
  const result = spawnSync('npm', ['run', 'build', '--silent'], { cwd: ROOT, stdio: 'ignore' });
  if (result.status !== 0 || !existsSync(`${ROOT}dist/cli.js`)) throw new Error('npm run build failed');
  built = true;
};

/**
 * The resident memory of a running process in MB, read from /proc; undefined once it has ended.
 *
 * @example
 * rssOf(child.pid) // 231.4
 */
export const rssOf = (pid: number): number | undefined => {
  try {
    const kb = /VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
    return kb === undefined ? undefined : Number(kb) / 1024;
  } catch {
    return undefined;
  }
};

const runs = new Map<number, Promise<PipeRun>>();

/**
 * Pipes `medrec generate --patients N --out -` into `medrec batch - --out /dev/null` (the built CLI,
 * all cores), as an operator would, and measures wall time, the summary and the batch's memory.
 * Memoised by size, so the scaling and memory sections share one run.
 *
 * @example
 * const { seconds, summary } = await pipeRun(100_000, 2026, '2026-11-20');
 */
export const pipeRun = (patients: number, seed: number, asOf: string): Promise<PipeRun> => {
  const cached = runs.get(patients);
  if (cached !== undefined) return cached;
  const run = new Promise<PipeRun>((resolve, reject) => {
    ensureBuilt();
    const workers = availableParallelism();
    mkdirSync(OUT_DIR, { recursive: true });
    const summaryPath = fileURLToPath(new URL(`pipe-${patients}.summary.json`, OUT_DIR));
    const started = process.hrtime.bigint();
    const generate = spawn(process.execPath, ['dist/cli.js', 'generate', '--patients', String(patients), '--seed', String(seed), '--as-of', asOf, '--out', '-'], { cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'] });
    const batch = spawn(process.execPath, ['dist/cli.js', 'batch', '-', '--out', '/dev/null', '--as-of', asOf, '--workers', String(workers), '--summary', summaryPath], { cwd: ROOT, stdio: ['pipe', 'ignore', 'pipe'] });
    generate.stdout.pipe(batch.stdin);
    let stderr = '';
    batch.stderr.on('data', (d: Buffer) => {
      stderr += d.toString('utf8');
    });
    const rssMB: number[] = [];
    const pipeRssMB: number[] = [];
    const sampler = setInterval(() => {
      const rss = batch.pid === undefined ? undefined : rssOf(batch.pid);
      if (rss !== undefined) rssMB.push(rss);
      const other = generate.pid === undefined ? undefined : rssOf(generate.pid);
      if (rss !== undefined) pipeRssMB.push(rss + (other ?? 0));
    }, 1000);
    batch.on('error', reject);
    batch.on('exit', (code) => {
      clearInterval(sampler);
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      if (code !== 0) {
        reject(new Error(`batch exited with ${code}: ${stderr.slice(-500)}`));
        return;
      }
      const summary = JSON.parse(readFileSync(summaryPath, 'utf8')) as PipeRun['summary'];
      resolve({ patients, seconds, workers, summary, rssMB, pipeRssMB });
    });
  });
  runs.set(patients, run);
  return run;
};
