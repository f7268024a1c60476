import * as E from 'fp-ts/lib/Either.js';
import { describe, expect, it } from 'vitest';
import { decide, decodeDecisions, deviationFingerprint, type DecisionsDocument } from '../../src/decisions';
import { documentOn, EXAMPLE_CHOICES, exampleLists, PHARMACIST, PHYSICIAN, reconcileLists, decideOrFail, ids } from './fixtures';

const example = () => reconcileLists(exampleLists());

/** The example's decisions as a JSON document, with `change` applied to the entries, decoded. */
const decodedWith = (change: (entries: Array<Record<string, unknown>>) => Array<Record<string, unknown>>, extra: Record<string, unknown> = {}): DecisionsDocument => {
  const r = example();
  const entries = r.deviations.map((d) => ({ deviation: d.id, fingerprint: deviationFingerprint(d), choice: EXAMPLE_CHOICES.get(d.id)!.choice, comment: null }));
  const read = decodeDecisions(
    {
      format: 'medrec-decisions',
      version: 1,
      patient: { id: '19121212-1212' },
      asOf: '2026-11-20',
      decidedBy: PHYSICIAN,
      decidedAt: '2026-11-20T15:30:00+01:00',
      decisions: change(entries),
      signature: { signedBy: { name: PHYSICIAN.name, hsaId: PHYSICIAN.hsaId }, signedAt: '2026-11-20T15:31:00+01:00' },
      ...extra,
    },
    { file: 'beslut.json' },
  );
  if (E.isLeft(read)) throw new Error(read.left.message);
  return read.right;
};

describe('decisions that cannot be applied', () => {
  it('for another patient: refused whole, naming neither id', () => {
    const r = example();
    const result = decide(r, [documentOn(r, EXAMPLE_CHOICES, { patient: 'SYN-0000001' })]);
    expect(E.isLeft(result)).toBe(true);
    if (E.isRight(result)) return;
    expect(result.left).toMatchObject({ kind: 'patient-mismatch', file: 'beslut.json' });
    expect(result.left.message).not.toContain('19121212');
    expect(result.left.message).not.toContain('SYN-0000001');
  });

  it('an unknown deviation id: an error with its path; the other decisions still count', () => {
    const r = example();
    const doc = decodedWith((es) => [...es, { deviation: 'dose:C-99:P-99', fingerprint: 'v1:0000000000000000', choice: 'cosmic', comment: null }]);
    const decided = decideOrFail(r, [doc]);
    expect(decided.problems).toEqual([
      { kind: 'unknown-deviation', file: 'beslut.json', deviation: 'dose:C-99:P-99', path: 'decisions[5].deviation', message: expect.stringMatching(/^expected a deviation of the reconciliation of 2026-11-20 \(.*\), got "dose:C-99:P-99"$/u) },
    ]);
    expect(decided.validity.kind).toBe('signed');
  });

  it('a personnummer written as a deviation id is never echoed', () => {
    const r = example();
    const doc = decodedWith((es) => [...es, { deviation: '19121212-1212', fingerprint: 'v1:0000000000000000', choice: 'cosmic', comment: null }]);
    const decided = decideOrFail(r, [doc]);
    expect(decided.problems.map((p) => p.kind)).toEqual(['unknown-deviation']);
    expect(JSON.stringify(decided.problems)).not.toContain('19121212-1212');
  });

  it('neither without a value: the entry is set apart with its path, its deviation stays undecided, nothing else is lost', () => {
    const r = example();
    const doc = decodedWith((es) => es.map((e) => (e['deviation'] === 'dose:C-2:P-2' ? { ...e, choice: 'neither' } : e)));
    const decided = decideOrFail(r, [doc]);
    expect(decided.problems).toEqual([
      { kind: 'rejected-entry', file: 'beslut.json', deviation: 'dose:C-2:P-2', path: 'decisions[1].value', message: expect.stringContaining('expected a decided value for choice "neither"') },
    ]);
    expect(decided.decisions).toHaveLength(4);
    expect(decided.validity).toMatchObject({ kind: 'not-valid', undecided: 1 });
  });

  it('a value that does not decode: the path and what was expected', () => {
    const r = example();
    const bad = { kind: 'dosage', dosage: { text: '1 tablett', doses: [{ time: '08:00', quantity: -1, unit: 'tablett' }] } };
    const doc = decodedWith((es) => es.map((e) => (e['deviation'] === 'dose:C-2:P-2' ? { ...e, choice: 'neither', value: bad } : e)));
    const decided = decideOrFail(r, [doc]);
    expect(decided.problems).toEqual([
      { kind: 'rejected-entry', file: 'beslut.json', deviation: 'dose:C-2:P-2', path: 'decisions[1].value.dosage.doses[0].quantity', message: 'expected number of zero or more, got -1' },
    ]);
  });

  it('a signature by a non-physician: the list stays decided, with the reason', () => {
    const r = example();
    const doc = decodedWith((es) => es, { decidedBy: PHARMACIST, signature: { signedBy: { name: PHARMACIST.name, hsaId: PHARMACIST.hsaId }, signedAt: '2026-11-20T15:31:00+01:00' } });
    const decided = decideOrFail(r, [doc]);
    expect(decided.validity.kind).toBe('decided');
    expect(decided.problems).toEqual([
      { kind: 'signature-not-physician', file: 'beslut.json', deviation: null, path: 'signature', message: expect.stringContaining('expected a signature by a physician, got one on decisions by a pharmacist') },
    ]);
  });

  it('a signature by someone other than the deciding physician does not count', () => {
    const r = example();
    const doc = decodedWith((es) => es, { signature: { signedBy: { name: 'Bo Berg', hsaId: 'SE2321000016-E5F6' }, signedAt: '2026-11-20T15:31:00+01:00' } });
    const decided = decideOrFail(r, [doc]);
    expect(decided.validity.kind).toBe('decided');
    expect(decided.problems.map((p) => p.kind)).toEqual(['signature-not-decider']);
  });

  it('a document that names no one deciding decides nothing', () => {
    const r = example();
    const doc = decodedWith((es) => es, { decidedBy: null, decidedAt: null, signature: null });
    const decided = decideOrFail(r, [doc]);
    expect(decided.decisions).toEqual([]);
    expect(decided.problems.map((p) => [p.kind, p.path])).toEqual([['no-decider', 'decidedBy']]);
    expect(decided.validity).toMatchObject({ kind: 'not-valid', undecided: 5 });
  });

  it('a choice that does not fit its deviation: keep on a dose, a dosage for a strength, a side with no item', () => {
    const r = example();
    const value = { kind: 'dosage' as const, dosage: { text: '1 tablett' } };
    const doc = documentOn(
      r,
      new Map([
        ...EXAMPLE_CHOICES,
        ['dose:C-2:P-2', { choice: 'keep', keep: ids(['C-2']) }],
        ['strength:C-9:P-7', { choice: 'neither', value }],
      ] as never),
    );
    const decided = decideOrFail(r, [doc]);
    expect(decided.problems.map((p) => [p.kind, p.deviation, p.message])).toEqual([
      ['not-applicable', 'dose:C-2:P-2', 'expected "keep" only for a duplicate'],
      ['not-applicable', 'strength:C-9:P-7', 'expected a dosage value only for a dose, schedule, as-needed, text or not-comparable deviation (this is strength)'],
    ]);
    expect(decided.validity).toMatchObject({ kind: 'not-valid', undecided: 2 });
  });
});
