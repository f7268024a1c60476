import type { BatchProgress } from '../batch';
import type { CliIo } from './io';

/** Shows how far a batch has come, and stops showing it. */
export interface ProgressDisplay {
  readonly update: (progress: BatchProgress) => void;
  readonly stop: () => void;
}

/** How often a line of progress is printed when standard error is not a terminal. */
export const PROGRESS_LINE_SECONDS = 10;

const rate = (done: number, seconds: number): number => (seconds > 0 ? Math.round(done / seconds) : 0);

const minutes = (seconds: number): string => (seconds < 90 ? `${Math.round(seconds)} s` : `${Math.round(seconds / 60)} min`);

/**
 * One line of progress, for a log: lines read, results, invalid lines, patients per second and, when
 * the input's size is known, how far through it the batch is and the time left.
 *
 * @example
 * progressLine({ linesRead: 1000, resultsWritten: 998, invalidLines: 2, bytesRead: 5e6 }, 10, 2e7)
 * // 'medrec batch: 1000 rader, 998 resultat, 2 ogiltiga, 100 patienter/s, 25 % (ca 30 s kvar)'
 */
export const progressLine = (p: BatchProgress, seconds: number, totalBytes: number | undefined): string => {
  const base = `medrec batch: ${p.linesRead} rader, ${p.resultsWritten} resultat, ${p.invalidLines} ogiltiga, ${rate(p.linesRead, seconds)} patienter/s`;
  if (totalBytes === undefined || totalBytes === 0 || p.bytesRead === 0) return base;
  const share = p.bytesRead / totalBytes;
  const left = (seconds / share) * (1 - share);
  return `${base}, ${Math.floor(share * 100)} % (ca ${minutes(left)} kvar)`;
};

/**
 * The progress display of `medrec batch`: on a terminal a progress bar (patients done, patients per
 * second and, for a file, the share read and the time left), drawn by cli-progress, which is loaded
 * only then (the library never loads it, nor does the CLI off a terminal); elsewhere a line on
 * standard error every `PROGRESS_LINE_SECONDS`.
 *
 * @example
 * const progress = await progressDisplay(io, inputSize);
 * await runBatch(input, sinks, { ...options, onProgress: progress.update });
 * progress.stop();
 */
export const progressDisplay = async (io: CliIo, totalBytes: number | undefined, now: () => number = Date.now): Promise<ProgressDisplay> => {
  const started = now();
  const seconds = () => (now() - started) / 1000;
  if (!io.stderrIsTTY) {
    let lastLine = started;
    return {
      update: (p) => {
        if (now() - lastLine < PROGRESS_LINE_SECONDS * 1000) return;
        lastLine = now();
        io.stderr(`${progressLine(p, seconds(), totalBytes)}\n`);
      },
      stop: () => undefined,
    };
  }
  const known = totalBytes !== undefined && totalBytes > 0;
  const { default: cliProgress } = await import('cli-progress');
  const bar = new cliProgress.SingleBar(
    {
      format: known
        ? 'medrec batch {bar} {percentage} % | {patients} patienter | {rate} patienter/s | {eta_formatted} kvar'
        : 'medrec batch | {patients} patienter | {rate} patienter/s | {duration_formatted}',
      stream: io.progressStream,
      hideCursor: true,
      etaBuffer: 50,
      fps: 5,
    },
    cliProgress.Presets.shades_classic,
  );
  bar.start(known ? totalBytes : 1, 0, { patients: 0, rate: 0 });
  return {
    update: (p) => bar.update(known ? p.bytesRead : 0, { patients: p.linesRead, rate: rate(p.linesRead, seconds()) }),
    stop: () => bar.stop(),
  };
};
