import { describe, expect, it } from 'vitest';
import { checkList } from '../../src/checks';
import { reconcile } from '../../src/reconcile';
import { decodeJournal, decodePrescriptionList } from '../../src/decode';
import { followupReport, aggregateOf, patientFacts } from '../../src/followup';
import { processLine } from '../../src/batch';
import type { IsoDate } from '../../src/model';
import { dose, doses, journal, ordination, prescription, prescriptionList, product } from '../builders';
import * as E from 'fp-ts/lib/Either.js';

// A prescription about to expire (issue 11, §3), reconciled on 2026-11-20: a clinical-check finding
// for the prescriber, never a discrepancy (the lists agree).

const apixaban = product('Eliquis 5 mg filmdragerad tablett', 'apixaban', 5, 'mg', 'filmdragerad tablett', { atc: 'B01AF02' });
const twice = doses('1 tablett morgon och kväll', dose('08:00'), dose('20:00'));
// A patient without a personnummer or birth date: no older-patient checks, only this one.
const young = (doc: Record<string, unknown>) => ({ ...doc, patient: { id: 'SYN-0000001' } });

const run = (validUntil: string, options: { expiryHorizonDays?: number; journalStopped?: boolean; dispensing?: string } = {}) => {
  const j = decodeJournal(young(journal(ordination('C-1', apixaban, twice, options.journalStopped === true ? { discontinued: { date: '2026-11-18' } } : {}))));
  const p = decodePrescriptionList(young(prescriptionList(prescription('P-1', apixaban, twice, { validUntil, dispensing: options.dispensing ?? 'dose-dispensed' }))));
  if (E.isLeft(j) || E.isLeft(p)) throw new Error('did not decode');
  const r = reconcile(j.right, p.right, { asOf: '2026-11-20', ...(options.expiryHorizonDays === undefined ? {} : { expiryHorizonDays: options.expiryHorizonDays }) });
  if (E.isLeft(r)) throw new Error(r.left.message);
  return r.right;
};

describe('a dose-dispensed apixaban prescription about to expire while the journal continues it', () => {
  it('expiring 2026-11-28 (in 8 days) is a finding with the date, and no discrepancy', () => {
    const r = run('2026-11-28');
    expect(r.discrepancies).toEqual([]);
    const findings = checkList(r).findings;
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      id: 'expiring-prescription:P-1',
      kind: 'expiring-prescription',
      assessment: 'flagged',
      drug: 'apixaban',
      cosmic: ['C-1'],
      pascal: ['P-1'],
      value: { kind: 'expiry', validUntil: '2026-11-28', daysLeft: 8, horizonDays: 14, doseDispensed: true },
    });
    expect(findings[0]!.text).toBe(
      'Receptet på apixaban (Pascal P-1) går ut 2026-11-28 (om 8 dagar) medan journalen fortsätter läkemedlet; läkemedlet är dosdispenserat och faller bort ur dospåsarna när receptet har gått ut. Förnya receptet eller sätt ut läkemedlet.',
    );
  });

  it('counts from today (0 days) to the horizon itself (14 days); day 15 is not flagged', () => {
    expect(checkList(run('2026-11-20')).findings.map((f) => f.value)).toEqual([expect.objectContaining({ daysLeft: 0 })]);
    expect(checkList(run('2026-12-04')).findings).toHaveLength(1);
    expect(checkList(run('2026-12-05')).findings).toEqual([]);
  });

  it('takes its horizon from the option expiryHorizonDays', () => {
    expect(checkList(run('2026-12-05', { expiryHorizonDays: 30 })).findings).toHaveLength(1);
    expect(checkList(run('2026-11-28', { expiryHorizonDays: 7 })).findings).toEqual([]);
  });

  it('is not flagged when the journal has stopped the drug (that is a status discrepancy), or once expired (prescription-expired)', () => {
    expect(checkList(run('2026-11-28', { journalStopped: true })).findings).toEqual([]);
    const expired = run('2026-11-19');
    expect(expired.discrepancies.map((d) => d.kind)).toEqual(['prescription-expired']);
    expect(checkList(expired).findings).toEqual([]);
  });

  it('for a whole-package prescription says the patient cannot collect it', () => {
    expect(checkList(run('2026-11-28', { dispensing: 'whole-package' })).findings[0]!.text).toContain('patienten kan inte hämta ut läkemedlet');
  });

  it('rejects a horizon that is not a whole number of days', () => {
    const j = decodeJournal(young(journal()));
    const p = decodePrescriptionList(young(prescriptionList()));
    if (E.isLeft(j) || E.isLeft(p)) throw new Error('did not decode');
    expect(E.isLeft(reconcile(j.right, p.right, { asOf: '2026-11-20', expiryHorizonDays: -1 }))).toBe(true);
    expect(E.isLeft(reconcile(j.right, p.right, { asOf: '2026-11-20', expiryHorizonDays: Number.NaN }))).toBe(true);
  });
});

describe('the follow-up report', () => {
  it('counts prescriptions about to expire ("recept som går ut inom 14 dagar")', () => {
    const line = JSON.stringify({
      cosmic: young(journal(ordination('C-1', apixaban, twice))),
      pascal: young(prescriptionList(prescription('P-1', apixaban, twice, { validUntil: '2026-11-28' }))),
    });
    const outcome = processLine(line, 1, '2026-11-20' as IsoDate);
    if (outcome.kind !== 'reconciled') throw new Error('not reconciled');
    const facts = patientFacts(JSON.parse(JSON.stringify(outcome.result)), 1);
    if (E.isLeft(facts)) throw new Error(facts.left.message);
    const report = followupReport(aggregateOf([facts]), { inputs: [] });
    expect(report.findings.byKind.find((k) => k.kind === 'expiring-prescription')?.count).toBe(1);
  });
});
