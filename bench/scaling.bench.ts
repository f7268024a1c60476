import * as E from 'fp-ts/lib/Either.js';
import { availableParallelism } from 'node:os';
import { reconcile } from '../src/reconcile';
import { benchConfig } from './config';
import { decodedPatients } from './core.bench';
import { generatedFile, generatedPatients } from './data';
import { fmt, medianMs, table } from './measure';
import { pipeRun } from './pipe';
import { batchFile } from './throughput.bench';

/**
 * Scaling: wall time of `generate | batch` for growing numbers of patients (linear means a constant
 * time a patient), time a patient as both lists grow from 10 to 1000 items (against n log n), and the
 * speed-up of all cores over one worker on the same file.
 *
 * @example
 * console.log(await runScalingBench());
 */
export const runScalingBench = async (): Promise<string> => {
  const config = benchConfig();

  const pipes = [];
  for (const n of config.pipePatients) pipes.push(await pipeRun(n, config.seed, config.asOf));
  const first = pipes[0];
  const pipeRows = pipes.map((p) => [
    fmt(p.patients),
    fmt(p.seconds, 1),
    fmt(p.patients / p.seconds),
    fmt((p.seconds * 1e6) / p.patients),
    first === undefined ? '–' : fmt(p.seconds / p.patients / (first.seconds / first.patients), 2),
    p.summary.addsUp ? 'yes' : '**no**',
  ]);

  const listRows: string[][] = [];
  let previous: { readonly size: number; readonly ms: number } | undefined;
  for (const size of config.listSizes) {
    const patients = Math.max(3, Math.round(3000 / size));
    const decoded = decodedPatients(generatedPatients(patients, config.seed, config.asOf, size));
    const once = () => {
      for (const p of decoded) if (E.isLeft(reconcile(p.journal, p.list, { asOf: config.asOf }))) throw new Error('reconcile failed');
    };
    once();
    const { ms } = await medianMs(3, once);
    const perPatient = ms / patients;
    const growth = previous === undefined ? '–' : fmt(Math.log(perPatient / previous.ms) / Math.log(size / previous.size), 2);
    const nlogn = previous === undefined ? '–' : fmt(Math.log((size * Math.log(size)) / (previous.size * Math.log(previous.size))) / Math.log(size / previous.size), 2);
    listRows.push([fmt(size), fmt(patients), fmt(perPatient, 3), fmt((perPatient * 1000) / size, 1), growth, nlogn]);
    previous = { size, ms: perPatient };
  }

  const cores = availableParallelism();
  const file = await generatedFile('throughput', config.throughputPatients, config.seed, config.asOf);
  await batchFile(file.path, cores, config.asOf); // warm the workers' code paths once
  const one = await medianMs(3, () => batchFile(file.path, 1, config.asOf));
  const all = await medianMs(3, () => batchFile(file.path, cores, config.asOf));

  return [
    '## Scaling',
    '',
    `### Patients: \`medrec generate --out - | medrec batch - --out /dev/null\`, ${first?.workers ?? cores} workers`,
    '',
    'The generator runs in the same pipe on the same cores, as in an operator’s test run; time a patient that stays flat means linear.',
    '',
    table(['patients', 'seconds', 'patients/s', 'µs a patient', 'time a patient vs smallest', 'summary adds up'], pipeRows),
    '',
    '### List length: time a patient as both lists grow',
    '',
    'Generated patients with exactly this many drugs on each side (beyond the catalogue, invented substances), decoded beforehand, reconciled on one thread. Growth is the exponent between one size and the one before: 1 is linear; the n log n column is what n log n would give.',
    '',
    table(['items a side', 'patients', 'ms a patient', 'µs an item', 'growth exponent', 'n log n exponent'], listRows),
    '',
    `### Workers: the same ${fmt(config.throughputPatients)}-patient file, one worker against ${cores}`,
    '',
    table(
      ['workers', 'seconds', 'patients/s'],
      [
        ['1 (this thread)', fmt(one.ms / 1000, 2), fmt((config.throughputPatients * 1000) / one.ms)],
        [`${cores} (worker threads)`, fmt(all.ms / 1000, 2), fmt((config.throughputPatients * 1000) / all.ms)],
      ],
    ),
    '',
    `**speed-up: ${fmt(one.ms / all.ms, 2)}×** on ${cores} cores.`,
  ].join('\n');
};
