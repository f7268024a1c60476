import { benchConfig } from './config';
import { fmt, table } from './measure';
import { pipeRun } from './pipe';

const quantile = (xs: ReadonlyArray<number>, q: number): number => {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
};

/**
 * Memory: peak resident memory of `batch` (the whole process, workers included) for each piped run,
 * and its resident memory sampled each second over the run, by quarter: flat means constant memory.
 *
 * @example
 * console.log(await runMemoryBench());
 */
export const runMemoryBench = async (): Promise<string> => {
  const config = benchConfig();
  const rows: string[][] = [];
  for (const n of config.pipePatients) {
    const run = await pipeRun(n, config.seed, config.asOf);
    const quarter = (k: number) => {
      const part = run.rssMB.slice(Math.floor((k * run.rssMB.length) / 4), Math.floor(((k + 1) * run.rssMB.length) / 4));
      return part.length === 0 ? '–' : fmt(quantile(part, 0.5));
    };
    const pipePeak = run.pipeRssMB.length === 0 ? '–' : fmt(Math.max(...run.pipeRssMB));
    rows.push([fmt(n), String(run.workers), fmt(run.summary.peakRssMB), pipePeak, quarter(0), quarter(1), quarter(2), quarter(3)]);
  }
  return [
    '## Memory of `batch`',
    '',
    '`medrec generate --out - | medrec batch - --workers N` (N: the cores of the machine). Peak resident set size of the batch process (main thread and worker threads) from `process.resourceUsage().maxRSS`; the peak of both processes of the pipe together (generate and batch), sampled each second; and the median of the batch\'s resident memory sampled each second in each quarter of the run. Goal: flat; a 2-worker batch of 100 000 patients under 250 MB (issue 12; `BENCH_PIPE_PATIENTS=100000 BENCH_SECTIONS=memory npm run bench`).',
    '',
    table(['patients', 'workers', 'batch peak RSS MB', 'generate + batch MB (sampled)', '1st quarter MB', '2nd quarter MB', '3rd quarter MB', '4th quarter MB'], rows),
  ].join('\n');
};
