import * as E from 'fp-ts/lib/Either.js';
import { canonicalJson, fnv1a64 } from '../decisions';
import { isIsoDate, redactPersonnummer, type IsoDate } from '../model';
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

class Unreadable {
  constructor(
    readonly path: string,
    readonly message: string,
  ) {}
}

type Json = Record<string, unknown>;
const describe = (v: unknown): string =>
  v === null ? 'null' : Array.isArray(v) ? 'an array' : v === undefined ? 'missing' : typeof v === 'string' ? `"${redactPersonnummer(v.slice(0, 40))}"` : typeof v;
const field = (o: Json, key: string): unknown => (Object.hasOwn(o, key) ? o[key] : undefined);
const object = (v: unknown, path: string): Json => {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) throw new Unreadable(path, `expected an object, got ${describe(v)}`);
  return v as Json;
};
const array = (v: unknown, path: string): ReadonlyArray<unknown> => {
  if (!Array.isArray(v)) throw new Unreadable(path, `expected an array, got ${describe(v)}`);
  return v;
};
const text = (v: unknown, path: string): string => {
  if (typeof v !== 'string' || v.trim() === '') throw new Unreadable(path, `expected a non-empty string, got ${describe(v)}`);
  return v;
};
const optionalText = (v: unknown, path: string): string | null => (v === undefined || v === null ? null : text(v, path));
const ids = (v: unknown, path: string): ReadonlyArray<string> => array(v, path).map((x, k) => text(x, `${path}[${k}]`));
const itemsKey = (kind: string, cosmic: ReadonlyArray<string>, pascal: ReadonlyArray<string>): string => `${kind}|${[...cosmic].sort().join(',')}|${[...pascal].sort().join(',')}`;

const read = (value: unknown): PatientObservation => {
  const o = object(value, '(line)');
  const asOf = field(o, 'asOf');
  if (typeof asOf !== 'string' || !isIsoDate(asOf)) throw new Unreadable('asOf', `expected a date YYYY-MM-DD, got ${describe(asOf)}`);
  const patient = object(field(o, 'patient'), 'patient');
  const id = field(patient, 'id');
  if (typeof id !== 'string' || id.trim() === '') throw new Unreadable('patient.id', 'expected the patient id, got none');
  const discrepancies = new Map<string, { readonly drug: string; readonly text: string; readonly fingerprint: () => string }>();
  array(field(o, 'discrepancies'), 'discrepancies').forEach((d, k) => {
    const at = `discrepancies[${k}]`;
    const dj = object(d, at);
    const kind = text(field(dj, 'kind'), `${at}.kind`);
    const drug = typeof field(dj, 'drug') === 'string' ? (field(dj, 'drug') as string) : '';
    const values = field(dj, 'values');
    discrepancies.set(itemsKey(kind, ids(field(dj, 'cosmic'), `${at}.cosmic`), ids(field(dj, 'pascal'), `${at}.pascal`)), {
      drug,
      text: typeof field(dj, 'text') === 'string' ? (field(dj, 'text') as string) : kind,
      fingerprint: () => `v1:${fnv1a64(canonicalJson({ kind, drug, values }))}`,
    });
  });
  const read = array(field(o, 'deviations'), 'deviations').map((d, k) => {
    const at = `deviations[${k}]`;
    const dev = object(d, at);
    const disc = object(field(dev, 'discrepancy'), `${at}.discrepancy`);
    const kind = text(field(disc, 'kind'), `${at}.discrepancy.kind`);
    const cosmic = ids(field(disc, 'cosmic'), `${at}.discrepancy.cosmic`);
    const pascal = ids(field(disc, 'pascal'), `${at}.discrepancy.pascal`);
    const found = discrepancies.get(itemsKey(kind, cosmic, pascal));
    if (found === undefined) throw new Unreadable(`${at}.discrepancy`, 'expected a discrepancy of the same kind and items in discrepancies, got none');
    const serious = field(dev, 'serious');
    if (typeof serious !== 'boolean') throw new Unreadable(`${at}.serious`, `expected true or false, got ${describe(serious)}`);
    const action = field(dev, 'action');
    return {
      kind,
      drug: found.drug,
      order: [...cosmic, '|', ...pascal].join(','),
      runId: text(field(dev, 'id'), `${at}.id`),
      riskBand: text(field(dev, 'riskBand'), `${at}.riskBand`),
      serious,
      category: text(field(dev, 'category'), `${at}.category`),
      text: found.text,
      action: typeof action === 'object' && action !== null && typeof (action as Json).sv === 'string' ? ((action as Json).sv as string) : null,
      fingerprint: found.fingerprint,
    };
  });
  // Occurrences of the same kind and substances are numbered in the order of their item ids.
  const seen = new Map<string, number>();
  const deviations = [...read]
    .sort((a, b) => (a.order < b.order ? -1 : a.order > b.order ? 1 : 0))
    .map(({ order: _order, ...d }): ObservedDeviation => {
      const base = deviationKey(d.kind, d.drug, 1);
      const n = (seen.get(base) ?? 0) + 1;
      seen.set(base, n);
      return { key: deviationKey(d.kind, d.drug, n), ...d };
    });
  return {
    patientId: id,
    asOf,
    unit: optionalText(field(o, 'unit'), 'unit'),
    municipality: optionalText(field(patient, 'municipality'), 'patient.municipality'),
    deviations,
  };
};

/**
 * Reads what the register needs from one parsed line of a batch result file (`medrec batch --out`).
 * A line that is not such a result is a problem with the JSON path and what was expected; the patient
 * id is never quoted.
 *
 * @example
 * observationOf(JSON.parse(line)) // right({ patientId: 'SYN-0000001', asOf: '2026-11-20', deviations: [{ key: 'dose|furosemid', … }] })
 */
export const observationOf = (value: unknown): E.Either<ObservationProblem, PatientObservation> => {
  try {
    return E.right(read(value));
  } catch (e) {
    if (e instanceof Unreadable) return E.left({ path: e.path, message: e.message });
    throw e;
  }
};
