import * as E from 'fp-ts/lib/Either.js';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeJournal, decodePrescriptionList } from '../../src/decode';
import { reconcile } from '../../src/reconcile';

const AS_OF = '2026-11-20';

type Raw = { ordinations?: Array<Record<string, unknown>>; prescriptions?: Array<Record<string, unknown>> };

/** The example pair with the metformin prescription (P-1) changed by `edit`, reconciled on 2026-11-20. */
const withMetforminPrescription = (edit: (p: Record<string, unknown>) => void) => {
  const cosmic = JSON.parse(readFileSync('examples/data/cosmic-export.json', 'utf8')) as Raw;
  const pascal = JSON.parse(readFileSync('examples/data/pascal-export.json', 'utf8')) as Raw;
  edit(pascal.prescriptions!.find((p) => p['prescriptionId'] === 'P-1')!);
  const journal = decodeJournal(cosmic);
  const list = decodePrescriptionList(pascal);
  if (E.isLeft(journal) || E.isLeft(list)) throw new Error('the edited example must decode');
  const result = reconcile(journal.right, list.right, { asOf: AS_OF });
  if (E.isLeft(result)) throw new Error(result.left.message);
  // Named by id, as a reader of the contract sees them (each also carries its items).
  return result.right.discrepancies.filter((d) => d.drug === 'metformin').map(({ items: _items, ...d }) => d);
};

describe('the treatment purpose (behandlingsändamål)', () => {
  it('differs when both sides state one and the texts differ: "mot diabetes" against "mot typ 2-diabetes"', () => {
    const found = withMetforminPrescription((p) => (p['purpose'] = 'mot typ 2-diabetes'));
    expect(found).toEqual([
      { kind: 'purpose', drug: 'metformin', cosmic: ['C-1'], pascal: ['P-1'], values: { cosmic: { purposes: ['mot diabetes'] }, pascal: { purposes: ['mot typ 2-diabetes'] } } },
    ]);
  });

  it('agrees when only case and spaces differ', () => {
    expect(withMetforminPrescription((p) => (p['purpose'] = '  Mot   Diabetes'))).toEqual([]);
  });

  it('is not a discrepancy when only one side states a purpose', () => {
    expect(withMetforminPrescription((p) => delete p['purpose'])).toEqual([]);
  });
});
