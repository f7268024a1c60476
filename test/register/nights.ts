import { processLine } from '../../src/batch';
import type { IsoDate } from '../../src/model';
import { generateNight, type NightDiscrepancy } from '../../src/synthetic';
import type { RawLine } from '../../src/batch';
import { deviationKey, type IngestSource } from '../../src/register';

/** Reconciled synthetic nights: for each night its date, the batch result lines and the truth. */
export interface Night {
  readonly night: number;
  readonly date: string;
  readonly results: ReadonlyArray<string>;
  readonly truth: ReadonlyArray<NightDiscrepancy>;
}

const cache = new Map<string, ReadonlyArray<Night>>();

/**
 * Nights 1..`nights` of `patients` synthetic patients (seed `seed`), each reconciled on its date as
 * `medrec batch --as-of` would: the lines `register ingest` reads.
 */
export const reconciledNights = (seed: number, patients: number, nights: number): ReadonlyArray<Night> => {
  const id = `${seed}/${patients}/${nights}`;
  const known = cache.get(id);
  if (known !== undefined) return known;
  const out: Night[] = [];
  for (let night = 1; night <= nights; night++) {
    const results: string[] = [];
    const truth: NightDiscrepancy[] = [];
    let date = '';
    for (let i = 0; i < patients; i++) {
      const p = generateNight(seed, i, night, { asOf: '2026-11-20' });
      date = p.date;
      const o = processLine(JSON.stringify(p.line), i + 1, p.date as IsoDate);
      if (o.kind !== 'reconciled') throw new Error(`synthetic patient ${p.id} night ${night} did not reconcile`);
      results.push(JSON.stringify(o.result));
      truth.push(...p.truth);
    }
    out.push({ night, date, results, truth });
  }
  cache.set(id, out);
  return out;
};

/** Result lines as an ingest source. */
export const source = (file: string, lines: ReadonlyArray<string>): IngestSource => ({
  file,
  lines: (async function* (): AsyncGenerator<RawLine> {
    let n = 0;
    for (const text of lines) yield { kind: 'text', number: ++n, end: 0, text };
  })(),
});

/** What the truth says of one deviation: first seen, resolved on (null while open) and how often it came back. */
export interface Expected {
  readonly firstSeen: string;
  readonly openedOn: string;
  readonly resolvedOn: string | null;
  readonly reopened: number;
}

/**
 * The register the truth of nights 1..K implies, by `patient|key`: a deviation is present on the
 * nights its (patient, kind, substances) is in the truth; resolved on the first night after a present
 * night when it is not; reopened each time it is present again after that.
 */
export const expectedRegister = (nights: ReadonlyArray<Night>): ReadonlyMap<string, Expected> => {
  const state = new Map<string, { firstSeen: string; openedOn: string; resolvedOn: string | null; reopened: number }>();
  for (const n of nights) {
    const present = new Set(n.truth.map((t) => `${t.patient}|${deviationKey(t.kind, t.substances.join(' + '), 1)}`));
    for (const k of present) {
      const s = state.get(k);
      if (s === undefined) state.set(k, { firstSeen: n.date, openedOn: n.date, resolvedOn: null, reopened: 0 });
      else if (s.resolvedOn !== null) state.set(k, { ...s, openedOn: n.date, resolvedOn: null, reopened: s.reopened + 1 });
    }
    for (const [k, s] of state) if (!present.has(k) && s.resolvedOn === null) state.set(k, { ...s, resolvedOn: n.date });
  }
  return state;
};
