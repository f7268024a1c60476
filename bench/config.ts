/**
 * Benchmark sizes, from the environment, with a quick default that runs in a few minutes on a
 * 2-core machine. `BENCH_SIZE=full` runs the sizes the issue names (up to a million patients piped
 * from `generate` into `batch`; about half an hour on 2 cores). Each size can also be set on its own.
 */
export interface BenchConfig {
  readonly size: 'quick' | 'full';
  readonly seed: number;
  readonly asOf: string;
  readonly detectionPatients: number;
  readonly throughputPatients: number;
  readonly corePatients: number;
  readonly pipePatients: ReadonlyArray<number>;
  readonly listSizes: ReadonlyArray<number>;
  readonly reportPatients: ReadonlyArray<number>;
  readonly sections: ReadonlyArray<string> | undefined;
}

const numbers = (text: string | undefined): ReadonlyArray<number> | undefined =>
  text === undefined || text.trim() === '' ? undefined : text.split(',').map((s) => Number(s.trim())).filter((n) => Number.isFinite(n) && n > 0);

const number = (text: string | undefined, fallback: number): number => numbers(text)?.[0] ?? fallback;

/**
 * The configuration of this run: `BENCH_SIZE` (quick | full), `BENCH_SEED`, `BENCH_DETECTION_PATIENTS`,
 * `BENCH_THROUGHPUT_PATIENTS`, `BENCH_CORE_PATIENTS`, `BENCH_PIPE_PATIENTS` (comma list),
 * `BENCH_LIST_SIZES` (comma list), `BENCH_REPORT_PATIENTS` (comma list), `BENCH_SECTIONS` (comma list of
 * section names to run).
 *
 * @example
 * BENCH_SIZE=full BENCH_SECTIONS=scaling,memory npm run bench
 */
export const benchConfig = (env: NodeJS.ProcessEnv = process.env): BenchConfig => {
  const full = env['BENCH_SIZE'] === 'full';
  return {
    size: full ? 'full' : 'quick',
    seed: number(env['BENCH_SEED'], 2026),
    asOf: '2026-11-20',
    detectionPatients: number(env['BENCH_DETECTION_PATIENTS'], full ? 50_000 : 5_000),
    throughputPatients: number(env['BENCH_THROUGHPUT_PATIENTS'], full ? 20_000 : 10_000),
    corePatients: number(env['BENCH_CORE_PATIENTS'], full ? 10_000 : 2_000),
    pipePatients: numbers(env['BENCH_PIPE_PATIENTS']) ?? (full ? [10_000, 100_000, 1_000_000] : [2_000, 10_000]),
    listSizes: numbers(env['BENCH_LIST_SIZES']) ?? [10, 30, 100, 300, 1000],
    reportPatients: numbers(env['BENCH_REPORT_PATIENTS']) ?? (full ? [100_000] : [10_000]),
    sections: env['BENCH_SECTIONS']?.split(',').map((s) => s.trim()),
  };
};
