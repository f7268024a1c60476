import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkList } from '../../src/checks';
import { isActiveOn, type IsoDate } from '../../src/model';
import { generatePatient } from '../../src/synthetic';
import { shuffleWith } from '../arbitrary';
import { arbPair, reconcilePair, type RawPair } from '../classify/arbitrary';

const AS_OF = '2026-11-20';

const withPatient = (pair: RawPair, patient: Record<string, unknown>): RawPair => ({
  cosmic: { ...pair.cosmic, patient },
  pascal: { ...pair.pascal, patient },
});

const arbPatient = fc.record({
  birthDate: fc.constantFrom('1912-12-12', '1951-11-20', '1951-11-21', '1990-06-01'),
  palliative: fc.boolean(),
});

describe('the clinical checks', () => {
  it('do not depend on the order of the items on either list', () => {
    fc.assert(
      fc.property(arbPair, arbPatient, fc.array(fc.nat(), { minLength: 20, maxLength: 20 }), (pair, p, choices) => {
        const patient = { id: 'SYN-0000001', ...p };
        const shuffled: RawPair = {
          cosmic: { ...pair.cosmic, ordinations: shuffleWith(pair.cosmic.ordinations, choices) },
          pascal: { ...pair.pascal, prescriptions: shuffleWith(pair.pascal.prescriptions, [...choices].reverse()) },
        };
        expect(checkList(reconcilePair(withPatient(shuffled, patient)))).toEqual(checkList(reconcilePair(withPatient(pair, patient))));
      }),
      { numRuns: 60 },
    );
  });

  it('name only items in force on the reconciliation date, each finding once', () => {
    fc.assert(
      fc.property(arbPair, arbPatient, (pair, p) => {
        const r = reconcilePair(withPatient(pair, { id: 'SYN-0000001', ...p }));
        const items = new Map([...r.items.cosmic, ...r.items.pascal].map((i) => [`${i.source}:${i.id}`, i]));
        const c = checkList(r);
        for (const f of c.findings) {
          for (const id of f.cosmic) expect(isActiveOn(items.get(`cosmic:${id}`)!, r.asOf)).toBe(true);
          for (const id of f.pascal) expect(isActiveOn(items.get(`pascal:${id}`)!, r.asOf)).toBe(true);
        }
        expect(new Set(c.findings.map((f) => f.id)).size).toBe(c.findings.length);
      }),
      { numRuns: 60 },
    );
  });

  it('find nothing for a patient under 75 who is not palliative, whatever the list', () => {
    fc.assert(
      fc.property(arbPair, (pair) => {
        const c = checkList(reconcilePair(withPatient(pair, { id: 'SYN-0000001', birthDate: '1951-11-21' })));
        expect(c.older).toBe(false);
        expect(c.findings).toEqual([]);
      }),
      { numRuns: 40 },
    );
  });

  it('hold for generated patients: palliative patients get the injection checks, older ones the rest, and a finding is flagged or not assessable', () => {
    for (let i = 0; i < 200; i++) {
      const line = generatePatient(77, i, { asOf: AS_OF }).line;
      const r = reconcilePair({ cosmic: line.cosmic as unknown as RawPair['cosmic'], pascal: line.pascal as unknown as RawPair['pascal'] }, AS_OF);
      const c = checkList(r);
      expect(c.palliativeInjections === null).toBe(!c.palliative);
      if (c.older !== true) expect(c.findings.filter((f) => f.kind !== 'palliative')).toEqual([]);
      for (const f of c.findings) expect(['flagged', 'not-assessable']).toContain(f.assessment);
      expect(r.asOf).toBe(AS_OF as IsoDate);
    }
  });
});
