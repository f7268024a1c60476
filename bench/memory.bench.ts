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
    rows.push([fmt(n), fmt(run.summary.peakRssMB), quarter(0), quarter(1), quarter(2), quarter(3)]);
  }
  return [
    '## Memory of `batch`',
    '',
    'Peak resident set size of the batch process (main thread and workers) from `process.resourceUsage().maxRSS`, and the median of its resident memory sampled each second in each quarter of the run. Goal: flat, under 300 MB.',
    '',
    table(['patients', 'peak RSS MB', '1st quarter MB', '2nd quarter MB', '3rd quarter MB', '4th quarter MB'], rows),
  ].join('\n');
};
