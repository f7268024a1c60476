import * as E from 'fp-ts/lib/Either.js';
import { describe, expect, it } from 'vitest';
import { decodeJournal, decodePrescriptionList } from '../../src/decode';
import { pairEvidence, pairItems } from '../../src/match';
import type { IsoDate } from '../../src/model';
import { adversarialPatient, generatePatient, type PatientLine } from '../../src/synthetic';

const AS_OF = '2026-11-20' as IsoDate;

const lists = (line: PatientLine) => {
  const journal = decodeJournal(line.cosmic);
  const list = decodePrescriptionList(line.pascal);
  if (E.isLeft(journal) || E.isLeft(list)) throw new Error('a generated patient must decode');
  return { cosmic: journal.right.ordinations, pascal: list.right.prescriptions };
};

describe('pairing weighs prepared items as pairEvidence weighs items', () => {
  // Pairing prepares each item once and weighs kinds of items, not pairs of items; the evidence of
  // every pair it makes must still be exactly what pairEvidence says of those two items.
  it('gives every pair the evidence pairEvidence gives it (generated patients, long lists, many copies of one drug)', { timeout: 60_000 }, () => {
    const lines = [
      ...Array.from({ length: 30 }, (_, i) => generatePatient(41, i, { asOf: AS_OF }).line),
      generatePatient(42, 0, { asOf: AS_OF, drugs: 150 }).line,
      adversarialPatient('one-substance', 40),
      adversarialPatient('one-substance', 300),
    ];
    let pairs = 0;
    for (const line of lines) {
      const { cosmic, pascal } = lists(line);
      for (const p of pairItems(cosmic, pascal, AS_OF).pairs) {
        expect(p.evidence).toBe(pairEvidence(p.cosmic, p.pascal));
        pairs += 1;
      }
    }
    expect(pairs).toBeGreaterThan(600);
  });
});
