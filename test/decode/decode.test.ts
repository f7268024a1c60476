import * as E from 'fp-ts/lib/Either.js';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeJournal, decodePrescriptionList, parseJournal, parsePrescriptionList } from '../../src/decode';
import { dose, doses, journal, ordination, prescription, prescriptionList, product } from '../builders';

const furix = product('Furix 40 mg tablett', 'furosemid', 40);

describe('decoding the journal export', () => {
  it('reads the bundled example: ten ordinations, none invalid, the patient a test personnummer', () => {
    const decoded = parseJournal(readFileSync('examples/data/cosmic-export.json', 'utf8'), { file: 'cosmic.json' });
    expect(E.isRight(decoded)).toBe(true);
    if (E.isLeft(decoded)) return;
    expect(decoded.right.ordinations).toHaveLength(10);
    expect(decoded.right.invalid).toEqual([]);
    expect(decoded.right.patient).toEqual({ id: '19121212-1212', idKind: 'personnummer' });
    expect(decoded.right.unit).toBe('Medicinkliniken, avdelning 9');
  });

  it('normalises an ordination: defaults for what is not given, no undefined fields, the discontinuation as a status', () => {
    const decoded = decodeJournal(journal(ordination('C-1', furix, doses('1 tablett', dose('08:00')), { discontinued: { date: '2026-11-15' } })));
    if (E.isLeft(decoded)) throw new Error(decoded.left.message);
    const [item] = decoded.right.ordinations;
    expect(item).toMatchObject({
      source: 'cosmic',
      id: 'C-1',
      index: 0,
      kind: 'continuous',
      supply: 'prescription',
      status: { kind: 'discontinued', date: '2026-11-15' },
      dosage: { text: '1 tablett', intervalDays: 1, weekdays: [], steps: [] },
    });
    expect(JSON.stringify(item)).not.toContain('undefined');
    expect(Object.values(item!).includes(undefined)).toBe(false);
  });

  it('keeps and ignores fields it does not know', () => {
    const decoded = decodeJournal({ ...journal(ordination('C-1', furix, doses('1', dose('08:00')), { futureField: 1 })), extra: true });
    expect(E.isRight(decoded) && decoded.right.ordinations.length === 1).toBe(true);
  });

  it('accepts a synthetic patient id', () => {
    const decoded = decodeJournal({ ...journal(), patient: { id: 'SYN-0000001', municipality: 'Karlstad', palliative: true } });
    expect(E.isRight(decoded) && decoded.right.patient).toEqual({ id: 'SYN-0000001', idKind: 'other', municipality: 'Karlstad', palliative: true });
  });
});

describe('decoding the e-prescription list export', () => {
  it('reads the bundled example: eight prescriptions, all whole-package or dose-dispensed', () => {
    const decoded = parsePrescriptionList(readFileSync('examples/data/pascal-export.json', 'utf8'));
    if (E.isLeft(decoded)) throw new Error(decoded.left.message);
    expect(decoded.right.prescriptions).toHaveLength(8);
    expect(decoded.right.doseDispensing).toBe(true);
  });

  it('reads the kind of a prescription from its dosage and period, and its status from its status', () => {
    const decoded = decodePrescriptionList(
      prescriptionList(
        prescription('P-1', furix, { text: 'vid behov', asNeeded: { quantity: 1 } }),
        prescription('P-2', furix, doses('1', dose('08:00')), { period: { start: '2026-11-01', end: '2026-11-30' } }),
        prescription('P-3', furix, doses('1', dose('08:00')), { status: 'cancelled' }),
        prescription('P-4', furix, doses('1', dose('08:00')), { status: 'discontinued' }),
      ),
    );
    if (E.isLeft(decoded)) throw new Error(decoded.left.message);
    expect(decoded.right.prescriptions.map((p) => [p.kind, p.status.kind])).toEqual([
      ['as-needed', 'active'],
      ['course', 'active'],
      ['continuous', 'cancelled'],
      ['continuous', 'discontinued'],
    ]);
  });
});
