import { createWriteStream, existsSync, mkdirSync, statSync } from 'node:fs';
import { once } from 'node:events';
import { generatePatient, type InjectedDiscrepancy, type PatientLine } from '../src/synthetic';

/** Where benchmark files go (ignored by git). */
export const OUT_DIR = new URL('./out/', import.meta.url);

/**
 * Writes `patients` synthetic patients to `bench/out/<name>.ndjson` (once per size and seed) and
 * returns its path and size.
 *
 * @example
 * const { path } = await generatedFile('throughput', 4000, 2026, '2026-11-20');
 */
export const generatedFile = async (name: string, patients: number, seed: number, asOf: string): Promise<{ readonly path: string; readonly bytes: number }> => {
  const path = new URL(`${name}-${patients}-${seed}.ndjson`, OUT_DIR).pathname;
  if (!existsSync(path)) {
    // bench/out/ is ignored by git: a fresh clone has none.
    mkdirSync(OUT_DIR, { recursive: true });
    const out = createWriteStream(path);
    for (let i = 0; i < patients; i++) {
      if (!out.write(`${JSON.stringify(generatePatient(seed, i, { asOf }).line)}\n`)) await once(out, 'drain');
    }
    out.end();
    await once(out, 'finish');
  }
  return { path, bytes: statSync(path).size };
};

/** Synthetic patients kept in memory with their ground truth, for the in-process sections. */
export const generatedPatients = (patients: number, seed: number, asOf: string, drugs?: number): ReadonlyArray<{ readonly id: string; readonly line: PatientLine; readonly truth: ReadonlyArray<InjectedDiscrepancy> }> =>
  Array.from({ length: patients }, (_, i) => generatePatient(seed, i, { asOf, ...(drugs === undefined ? {} : { drugs }) }));
