import * as E from 'fp-ts/lib/Either.js';
import { describe, expect, it } from 'vitest';
import { handoverList, type HandoverList } from '../../src/handover';
import { incidentReports, renderIncidentText } from '../../src/render';
import { decodePair, editExample, examplePair, reconcilePair, type RawPair } from '../classify/arbitrary';

const listOf = (pair: RawPair): HandoverList => {
  const { journal } = decodePair(pair);
  const list = handoverList(reconcilePair(pair), { sources: { journal: { exportedAt: journal.exportedAt, ...(journal.unit === undefined ? {} : { unit: journal.unit }) } } });
  if (E.isLeft(list)) throw new Error(list.left.message);
  return list.right;
};

describe('incident reports of the shared example pair', () => {
  const reports = incidentReports(listOf(examplePair()));

  it('has one report per serious deviation, highest risk first', () => {
    expect(reports.map((r) => r.id)).toEqual(['2026-11-20/status:C-4:P-4', '2026-11-20/dose:C-2:P-2', '2026-11-20/missing-in-pascal:C-5:']);
  });

  it('says what happened, where it was found, the drug, both values, the risk and the suggested action', () => {
    expect(reports[0]).toMatchObject({
      format: 'medrec-incident-report',
      version: 1,
      reportedOn: '2026-11-20',
      patient: { id: '19121212-****' },
      category: 'vård och behandling / läkemedel',
      subcategory: 'kommunikation',
      whatHappened: { sv: 'Utsatt i ena systemet: zopiklon. Journal: utsatt 2026-11-15 (fallrisk, dagtrötthet). Pascal: aktiv.' },
      drug: { name: 'zopiklon', products: ['Zopiklon Mylan 5 mg filmdragerad tablett'], atc: ['N05CF01'], doseDispensed: true },
      values: { cosmic: { items: ['C-4'], text: 'utsatt 2026-11-15 (fallrisk, dagtrötthet)' }, pascal: { items: ['P-4'], text: 'aktiv' } },
      consequence: 3,
      probability: 4,
      riskScore: 12,
      riskBand: 'very-high',
    });
    expect(reports[0]!.whereFound.sv).toContain('Medicinkliniken, avdelning 9');
    expect(reports[0]!.suggestedAction.sv).toContain('ansvarig läkare uppdaterar Pascal');
  });

  it('has no value for the side that lacks the drug', () => {
    expect(reports[2]!.values.pascal).toBeNull();
  });

  it('reads as plain Swedish text with both values and the action in both languages', () => {
    const text = renderIncidentText(reports[1]!);
    expect(text).toContain('AVVIKELSERAPPORT');
    expect(text).toContain('Risk:           riskpoäng 12 av 16 (mycket hög, allvarlig) = konsekvens 3 betydande × sannolikhet 4 mycket stor');
    expect(text).toContain('Journalens ordinationslista (Cosmic) C-2: 80 mg per dygn');
    expect(text).toContain('E-receptlistan (Pascal) P-2: 40 mg per dygn');
    expect(text).toContain('1. förskrivare bekräftar dos för furosemid');
    expect(text).toContain('1. the prescriber confirms the dose of furosemid');
    expect(text).not.toContain('19121212-1212');
  });

  it('prints the personnummer in full only when asked', () => {
    expect(incidentReports(listOf(examplePair()), { showPersonnummer: true })[0]!.patient.id).toBe('19121212-1212');
  });

  it('writes none when nothing is serious', () => {
    const agreed = editExample({ 'P-2': (p) => (p['dosage'] = { text: '1+1+0+0', doses: [{ time: '08:00', quantity: 1, unit: 'tablett' }, { time: '13:00', quantity: 1, unit: 'tablett' }] }) }, ['C-4', 'P-4', 'C-5']);
    expect(incidentReports(listOf(agreed))).toEqual([]);
  });
});
