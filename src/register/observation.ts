import * as E from 'fp-ts/lib/Either.js';
import { canonicalJson, fnv1a64 } from '../decisions';
import { readResultLine, type ResultLine } from '../followup';
import type { IsoDate } from '../model';
import { deviationKey } from './identity';

/** One deviation as one run saw it: its register key and what the register keeps of it. */
export interface ObservedDeviation {
  readonly key: string;
  readonly kind: string;
  readonly drug: string;
  readonly runId: string;
  readonly riskBand: string;
  readonly serious: boolean;
  readonly category: string;
  readonly text: string;
  readonly action: string | null;
  /** The fingerprint of the values (decisions spec), worked out only when a decision asks for it. */
  readonly fingerprint: () => string;
}

/**
 * What one batch result line tells the register (en observation): the patient (id as given), the
 * run's date, the care unit and municipality, and every deviation with its key.
 *
 * @example
 * const o: PatientObservation = { patientId: 'SYN-0000001', asOf: '2026-11-20', unit: 'Hemsjukvården', municipality: 'Karlstad', deviations: [...] };
 */
export interface PatientObservation {
  readonly patientId: string;
  readonly asOf: IsoDate;
  readonly unit: string | null;
  readonly municipality: string | null;
  readonly deviations: ReadonlyArray<ObservedDeviation>;
}

/** Why a result line could not be read: the JSON path and what was expected (never the patient id). */
export interface ObservationProblem {
  readonly path: string;
  readonly message: string;
}

const itemsKey = (kind: string, cosmic: ReadonlyArray<string>, pascal: ReadonlyArray<string>): string => `${kind}|${[...cosmic].sort().join(',')}|${[...pascal].sort().join(',')}`;

const observation = (line: ResultLine): E.Either<ObservationProblem, PatientObservation> => {
  if (line.patientId === null) return E.left({ path: 'patient.id', message: 'expected the patient id, got none' });
  const discrepancies = new Map<string, { readonly drug: string; readonly text: string; readonly fingerprint: () => string }>();
  for (const { kind, drug, text, cosmic, pascal, values } of line.discrepancies)
    discrepancies.set(itemsKey(kind, cosmic, pascal), {
      drug: drug ?? '',
      text: text ?? kind,
      fingerprint: () => `v1:${fnv1a64(canonicalJson({ kind, drug: drug ?? '', values }))}`,
    });
  const read: Array<Omit<ObservedDeviation, 'key'> & { readonly order: string }> = [];
  for (const [k, d] of line.deviations.entries()) {
    const found = discrepancies.get(itemsKey(d.kind, d.cosmic, d.pascal));
    if (found === undefined) return E.left({ path: `deviations[${k}].discrepancy`, message: 'expected a discrepancy of the same kind and items in discrepancies, got none' });
    read.push({
      kind: d.kind,
      drug: found.drug,
      order: [...d.cosmic, '|', ...d.pascal].join(','),
      runId: d.id,
      riskBand: d.riskBand,
      serious: d.serious,
      category: d.category,
      text: found.text,
      action: d.action,
      fingerprint: found.fingerprint,
    });
  }
  // Occurrences of the same kind and substances are numbered in the order of their item ids.
  const seen = new Map<string, number>();
  const deviations = read
    .sort((a, b) => (a.order < b.order ? -1 : a.order > b.order ? 1 : 0))
    .map(({ order: _order, ...d }): ObservedDeviation => {
      const base = deviationKey(d.kind, d.drug, 1);
      const n = (seen.get(base) ?? 0) + 1;
      seen.set(base, n);
      return { key: deviationKey(d.kind, d.drug, n), ...d };
    });
  return E.right({ patientId: line.patientId, asOf: line.asOf, unit: line.unit, municipality: line.municipality, deviations });
};

/**
 * Reads what the register needs from one parsed line of a batch result file (`medrec batch --out`),
 * read by follow-up's `readResultLine`.
 * A line that is not such a result is a problem with the JSON path and what was expected; the patient
 * id is never quoted.
 *
 * @example
 * observationOf(JSON.parse(line)) // right({ patientId: 'SYN-0000001', asOf: '2026-11-20', deviations: [{ key: 'dose|furosemid', … }] })
 */
export const observationOf = (value: unknown): E.Either<ObservationProblem, PatientObservation> => {
  const line = readResultLine(value);
  return E.isLeft(line) ? line : observation(line.right);
};
