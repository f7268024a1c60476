import * as E from 'fp-ts/lib/Either.js';
import { createReadStream, readFileSync } from 'node:fs';
import { readLines, runBatch } from '../src/batch';
import type { IsoDate } from '../src/model';
import { benchConfig } from './config';
import { generatedFile } from './data';
import { countingSink, fmt, medianMs, table } from './measure';

/** Runs the real batch on a file, on `workers` workers, into a counting sink. */
export const batchFile = async (path: string, workers: number, asOf: string): Promise<{ readonly outputBytes: number; readonly results: number }> => {
  const sink = countingSink();
  const outcome = await runBatch(createReadStream(path, { highWaterMark: 1024 * 1024 }), { output: sink.stream }, { asOf: asOf as IsoDate, workers });
  if (E.isLeft(outcome)) throw new Error(outcome.left.message);
  return { outputBytes: sink.bytes(), results: outcome.right.resultsWritten };
};

/**
 * The floor: read the same file with the same line reader, `JSON.parse` every line, and
 * `JSON.stringify` an output exactly as large as the batch's (the batch's own result values, parsed
 * back beforehand), written to the same kind of sink. No decoding, no reconciliation.
 */
const floor = async (path: string, outputs: ReadonlyArray<unknown>): Promise<number> => {
  const sink = countingSink();
  let i = 0;
  for await (const line of readLines(createReadStream(path, { highWaterMark: 1024 * 1024 }))) {
    if (line.kind !== 'text') continue;
    JSON.parse(line.text);
    if (!sink.stream.write(`${JSON.stringify(outputs[i++])}\n`)) await new Promise((r) => sink.stream.once('drain', r));
  }
  return sink.bytes();
};

/**
 * End-to-end throughput of `batch` on one worker (this thread) against the floor of reading,
 * parsing and writing the same data; both measured in this run, median of three, alternating.
 *
 * @example
 * console.log(await runThroughputBench());
 */
export const runThroughputBench = async (): Promise<string> => {
  const config = benchConfig();
  const n = config.throughputPatients;
  const file = await generatedFile('throughput', n, config.seed, config.asOf);
  // The batch's output values, for a floor that writes exactly as much.
  const outPath = `${file.path}.out`;
  const { createWriteStream } = await import('node:fs');
  const out = createWriteStream(outPath);
  const done = await runBatch(createReadStream(file.path), { output: out }, { asOf: config.asOf as IsoDate, workers: 1 });
  await new Promise((r) => out.end(r));
  if (E.isLeft(done)) throw new Error(done.left.message);
  const outputs = readFileSync(outPath, 'utf8').split('\n').filter((l) => l !== '').map((l) => JSON.parse(l) as unknown);

  const floorRuns: number[] = [];
  const batchRuns: number[] = [];
  let floorBytes = 0;
  let batchBytes = 0;
  for (let rep = 0; rep < 3; rep++) {
    const f = await medianMs(1, () => floor(file.path, outputs));
    floorRuns.push(f.ms);
    floorBytes = f.result;
    const b = await medianMs(1, () => batchFile(file.path, 1, config.asOf));
    batchRuns.push(b.ms);
    batchBytes = b.result.outputBytes;
  }
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[1]!;
  const floorMs = median(floorRuns);
  const batchMs = median(batchRuns);
  const mb = file.bytes / 1e6;
  return [
    '## End-to-end throughput, one worker, against the floor',
    '',
    `${fmt(n)} generated patients, ${fmt(mb, 1)} MB of NDJSON (${fmt(file.bytes / n / 1000, 1)} kB a patient). The floor reads the file with the same line reader, parses every line with \`JSON.parse\` and writes an output exactly as large as the batch's with \`JSON.stringify\` (${fmt(floorBytes / 1e6, 1)} MB against the batch's ${fmt(batchBytes / 1e6, 1)} MB). Both on this thread (\`--workers 1\`), median of three runs, alternating.`,
    '',
    table(
      ['', 'seconds', 'patients/s', 'MB/s in'],
      [
        ['floor: read + JSON.parse + JSON.stringify', fmt(floorMs / 1000, 2), fmt((n * 1000) / floorMs), fmt((mb * 1000) / floorMs, 1)],
        ['medrec batch, one worker', fmt(batchMs / 1000, 2), fmt((n * 1000) / batchMs), fmt((mb * 1000) / batchMs, 1)],
      ],
    ),
    '',
    `**batch / floor: ${fmt(batchMs / floorMs, 2)}×** (goal of issue 12: within 4×, stretch 3×; issue 5 asked 1,5×).`,
  ].join('\n');
};
