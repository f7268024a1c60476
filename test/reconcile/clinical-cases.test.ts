import { describe, expect, it } from 'vitest';
import { asNeeded, dose, doses, journal, ordination, prescription, prescriptionList, product } from '../builders';
import { brief, reconcileDocs } from './reconcile-docs';
import { discrepancyText } from '../../src/render';

const furix = product('Furix 40 mg tablett', 'furosemid', 40, 'mg', 'tablett', { nplId: '19650410000016', atc: 'C03CA01' });
const furosemidAccord = product('Furosemid Accord 40 mg tablett', 'furosemid', 40, 'mg', 'tablett', { nplId: '20110520000044', atc: 'C03CA01' });
const zopiklon = product('Zopiklon Mylan 5 mg filmdragerad tablett', 'zopiklon', 5, 'mg', 'filmdragerad tablett', { atc: 'N05CF01' });
const oxynorm = product('OxyNorm 5 mg hård kapsel', 'oxikodon', 5, 'mg', 'hård kapsel', { atc: 'N02AA05' });
const enalaprilComp = {
  name: 'Enalapril comp 20 mg/12,5 mg tablett',
  substances: [
    { name: 'enalapril', strength: { value: 20, unit: 'mg' } },
    { name: 'hydroklortiazid', strength: { value: 12.5, unit: 'mg' } },
  ],
  form: 'tablett',
};
const morning = doses('1 tablett på morgonen', dose('08:00'));
const night = doses('1 tablett till natten', dose('22:00'));

describe('clinical cases', () => {
  it('a patient on warfarin 2,5 mg and 5 mg tablets together, held alike in both lists: each strength pairs with its own, nothing differs', () => {
    const waran25 = product('Waran 2,5 mg tablett', 'warfarin', 2.5);
    const waran5 = product('Warfarin Orion 5 mg tablett', 'warfarin', 5);
    const evening = doses('1 tablett på kvällen', dose('18:00'));
    const r = reconcileDocs(
      journal(ordination('C-1', waran25, evening), ordination('C-2', waran5, evening)),
      prescriptionList(prescription('P-2', waran5, evening), prescription('P-1', waran25, evening)),
    );
    expect(r.discrepancies).toEqual([]);
    expect(r.lines.map((l) => [l.items.cosmic.map((i) => i.id), l.items.pascal.map((i) => i.id)])).toEqual(expect.arrayContaining([[['C-1'], ['P-1']], [['C-2'], ['P-2']]]));
  });

  it('zopiklon stopped in the journal for fall risk but still packed into the dose bags: a status discrepancy showing both', () => {
    const r = reconcileDocs(
      journal(ordination('C-4', zopiklon, night, { discontinued: { date: '2026-11-15', reason: 'fallrisk' } })),
      prescriptionList(prescription('P-4', zopiklon, night)),
    );
    expect(r.discrepancies.map(brief)).toEqual([{ kind: 'status', cosmic: ['C-4'], pascal: ['P-4'] }]);
    expect(r.discrepancies[0]!.values).toEqual({
      cosmic: { status: 'discontinued', date: '2026-11-15', reason: 'fallrisk' },
      pascal: { status: 'active', date: null, reason: null },
    });
  });

  it('the pharmacy substituted Furix for Furosemid Accord: generic equivalents agree', () => {
    const r = reconcileDocs(journal(ordination('C-1', furosemidAccord, morning)), prescriptionList(prescription('P-1', furix, morning)));
    expect(r.discrepancies).toEqual([]);
    expect(r.lines[0]).toMatchObject({ status: 'agreed', basis: 'same-product' });
  });

  it('Levaxin 100 mikrog once against 50 mikrog twice in the morning: the daily dose agrees, only the strength differs', () => {
    const r = reconcileDocs(
      journal(ordination('C-9', product('Levaxin 100 mikrog tablett', 'levotyroxinnatrium', 100, 'mikrog'), doses('1 tablett', dose('07:00')))),
      prescriptionList(prescription('P-7', product('Levaxin 50 mikrog tablett', 'levotyroxinnatrium', 50, 'mikrog'), doses('2 tabletter', dose('08:00', 2)))),
    );
    expect(r.discrepancies.map(brief)).toEqual([{ kind: 'strength', cosmic: ['C-9'], pascal: ['P-7'] }]);
  });

  it('0,5 mg against 500 mikrog of the same substance is the same dose', () => {
    const r = reconcileDocs(
      journal(ordination('C-1', product('Digoxin 0,5 mg', 'digoxin', 0.5), morning)),
      prescriptionList(prescription('P-1', product('Digoxin 500 mikrog', 'digoxin', 500, 'mikrog'), morning)),
    );
    expect(r.discrepancies).toEqual([]);
  });

  it('metoprolol depot tablet in the journal, plain tablet in Pascal: a form discrepancy', () => {
    const r = reconcileDocs(
      journal(ordination('C-1', product('Metoprolol 50 mg depottablett', 'metoprolol', 50, 'mg', 'depottablett'), morning)),
      prescriptionList(prescription('P-1', product('Metoprolol 50 mg tablett', 'metoprolol', 50, 'mg', 'tablett'), morning)),
    );
    expect(r.discrepancies.map(brief)).toEqual([{ kind: 'form', cosmic: ['C-1'], pascal: ['P-1'] }]);
  });

  it('oxikodon as needed in the journal, scheduled in Pascal: as-needed alone, no dose difference besides', () => {
    const r = reconcileDocs(
      journal(ordination('C-5', oxynorm, asNeeded('1 kapsel vid behov', 1, 4, 'kapsel'), { type: 'as-needed' })),
      prescriptionList(prescription('P-5', oxynorm, doses('1 kapsel 3 gånger dagligen', dose('08:00', 1, 'kapsel'), dose('14:00', 1, 'kapsel'), dose('20:00', 1, 'kapsel')))),
    );
    expect(r.discrepancies.map(brief)).toEqual([{ kind: 'as-needed', cosmic: ['C-5'], pascal: ['P-5'] }]);
  });

  it('oxikodon as needed on both sides with a different daily maximum: as-needed', () => {
    const r = reconcileDocs(
      journal(ordination('C-5', oxynorm, asNeeded('1 kapsel vid behov, högst 4 per dygn', 1, 4, 'kapsel'), { type: 'as-needed' })),
      prescriptionList(prescription('P-5', oxynorm, asNeeded('1 kapsel vid behov, högst 6 per dygn', 1, 6, 'kapsel'))),
    );
    expect(r.discrepancies.map(brief)).toEqual([{ kind: 'as-needed', cosmic: ['C-5'], pascal: ['P-5'] }]);
  });

  it('the journal continues furosemid but the prescription ran out on 2026-10-31: prescription-expired', () => {
    const r = reconcileDocs(journal(ordination('C-2', furix, morning)), prescriptionList(prescription('P-2', furix, morning, { validUntil: '2026-10-31' })));
    expect(r.discrepancies.map(brief)).toEqual([{ kind: 'prescription-expired', cosmic: ['C-2'], pascal: ['P-2'] }]);
  });

  it('zopiklon twice in Pascal, once in the journal: one duplicate discrepancy naming both copies, and no missing', () => {
    const r = reconcileDocs(
      journal(ordination('C-4', zopiklon, night)),
      prescriptionList(prescription('P-4', zopiklon, night), prescription('P-9', zopiklon, night, { dispensing: 'dose-dispensed' })),
    );
    expect(r.discrepancies.map(brief)).toEqual([{ kind: 'duplicate', cosmic: ['C-4'], pascal: ['P-4', 'P-9'] }]);
    expect(r.lines).toHaveLength(1);
  });

  it('self-care paracetamol, ward-stock heparin and a general-directive laxative are expected to be absent from Pascal', () => {
    const r = reconcileDocs(
      journal(
        ordination('C-6', product('Alvedon 500 mg tablett', 'paracetamol', 500), morning, { supply: 'self-care' }),
        ordination('C-7', product('Fragmin 5000 E', 'dalteparin', 5000, 'E', 'injektionsvätska, lösning'), morning, { supply: 'ward-stock', route: 'subkutan' }),
        ordination('C-8', product('Movicol dospåse', 'makrogol', 13.1, 'g', 'pulver till oral lösning'), asNeeded('1 påse vid behov', 1), { supply: 'general-directive', type: 'as-needed' }),
      ),
      prescriptionList(),
    );
    expect(r.discrepancies).toEqual([]);
    expect(r.lines.map((l) => l.status)).toEqual(['not-on-prescription', 'not-on-prescription', 'not-on-prescription']);
  });

  it('prednisolon tapered in the journal: the step in force on the day decides', () => {
    const prednisolon = product('Prednisolon 5 mg tablett', 'prednisolon', 5);
    const taper = {
      text: '2 tabletter i 14 dagar, därefter 1 tablett',
      steps: [
        { from: '2026-11-01', to: '2026-11-14', doses: [dose('08:00', 2)] },
        { from: '2026-11-15', doses: [dose('08:00', 1)] },
      ],
    };
    const docs = [journal(ordination('C-1', prednisolon, taper)), prescriptionList(prescription('P-1', prednisolon, morning))] as const;
    expect(reconcileDocs(...docs, '2026-11-20').discrepancies).toEqual([]);
    expect(reconcileDocs(...docs, '2026-11-10').discrepancies.map(brief)).toEqual([{ kind: 'dose', cosmic: ['C-1'], pascal: ['P-1'] }]);
  });

  it('an antibiotic course that ended in the journal on 2026-11-10 but runs on in Pascal: period', () => {
    const r = reconcileDocs(
      journal(ordination('C-1', product('Kåvepenin 1 g', 'fenoximetylpenicillin', 1, 'g'), morning, { type: 'course', period: { start: '2026-11-01', end: '2026-11-10' } })),
      prescriptionList(prescription('P-1', product('Kåvepenin 1 g', 'fenoximetylpenicillin', 1, 'g'), morning)),
    );
    expect(r.discrepancies.map(brief)).toEqual([{ kind: 'period', cosmic: ['C-1'], pascal: ['P-1'] }]);
  });

  it('both in force with different planned ends: period', () => {
    const r = reconcileDocs(
      journal(ordination('C-1', furix, morning, { period: { start: '2025-01-01', end: '2026-12-31' } })),
      prescriptionList(prescription('P-1', furix, morning, { period: { start: '2025-01-01', end: '2027-01-31' } })),
    );
    expect(r.discrepancies.map(brief)).toEqual([{ kind: 'period', cosmic: ['C-1'], pascal: ['P-1'] }]);
  });

  it('a text-only dosage the same in both lists but for case and spaces agrees; an instruction without a dose against a dose cannot be compared', () => {
    const same = reconcileDocs(
      journal(ordination('C-1', furix, { text: 'Enligt  särskild ordination' })),
      prescriptionList(prescription('P-1', furix, { text: 'enligt särskild ordination ' })),
    );
    expect(same.discrepancies).toEqual([]);
    const different = reconcileDocs(journal(ordination('C-1', furix, { text: 'enligt särskild ordination' })), prescriptionList(prescription('P-1', furix, morning)));
    expect(different.discrepancies.map(brief)).toEqual([{ kind: 'not-comparable', cosmic: ['C-1'], pascal: ['P-1'] }]);
  });

  it('enalapril and hydroklortiazid in the journal against Enalapril comp in Pascal, with the enalapril dose doubled in the journal: one dose discrepancy over all three', () => {
    const r = reconcileDocs(
      journal(
        ordination('C-7', product('Enalapril 20 mg tablett', 'enalapril', 20), doses('2 tabletter', dose('08:00', 2))),
        ordination('C-8', product('Hydroklortiazid 12,5 mg tablett', 'hydroklortiazid', 12.5), morning),
      ),
      prescriptionList(prescription('P-6', enalaprilComp, morning)),
    );
    expect(r.discrepancies.map(brief)).toEqual([{ kind: 'dose', cosmic: ['C-7', 'C-8'], pascal: ['P-6'] }]);
    expect(r.lines[0]!.basis).toBe('combination');
  });

  it('Enalapril comp stopped in Pascal while the journal goes on with enalapril and hydroklortiazid: one status discrepancy over all three', () => {
    const r = reconcileDocs(
      journal(
        ordination('C-7', product('Enalapril 20 mg tablett', 'enalapril', 20), morning),
        ordination('C-8', product('Hydroklortiazid 12,5 mg tablett', 'hydroklortiazid', 12.5), morning),
      ),
      prescriptionList(prescription('P-6', enalaprilComp, morning, { status: 'discontinued', discontinued: { date: '2026-11-18' } })),
    );
    expect(r.discrepancies.map(brief)).toEqual([{ kind: 'status', cosmic: ['C-7', 'C-8'], pascal: ['P-6'] }]);
    expect(r.lines).toHaveLength(1);
  });

  it('morfin injections from the ward stock as needed, and depot morfin tablets only in Pascal: the prescription is missing from the journal, the ward stock is not on prescription', () => {
    const injection = product('Morfin Meda 10 mg/ml injektionsvätska', 'morfin', 10, 'mg/ml', 'injektionsvätska, lösning', { atc: 'N02AA01' });
    const depot = product('Dolcontin 30 mg depottablett', 'morfinsulfat', 30, 'mg', 'depottablett', { atc: 'N02AA01' });
    const r = reconcileDocs(
      journal(ordination('C-1', injection, asNeeded('0,5 ml vid behov', 0.5, 4, 'ml'), { supply: 'ward-stock', type: 'as-needed', route: 'subkutan' })),
      prescriptionList(prescription('P-1', depot, doses('1 depottablett morgon och kväll', dose('08:00'), dose('20:00')))),
    );
    expect(r.discrepancies.map(brief)).toEqual([{ kind: 'missing-in-cosmic', cosmic: [], pascal: ['P-1'] }]);
    expect(r.lines.find((l) => l.items.cosmic.some((i) => i.id === 'C-1'))?.status).toBe('not-on-prescription');
  });

  it('Enalapril comp only in Pascal, while the journal holds enalapril under a general directive and hydroklortiazid as self-care: the combination is missing from the journal', () => {
    const r = reconcileDocs(
      journal(
        ordination('C-1', product('Enalapril 20 mg tablett', 'enalapril', 20), morning, { supply: 'general-directive' }),
        ordination('C-6', product('Hydroklortiazid 12,5 mg tablett', 'hydroklortiazid', 12.5), morning, { supply: 'self-care' }),
      ),
      prescriptionList(prescription('P-5', enalaprilComp, morning)),
    );
    expect(r.discrepancies.map(brief)).toEqual([{ kind: 'missing-in-cosmic', cosmic: [], pascal: ['P-5'] }]);
  });

  it('self-care paracetamol in the journal that Pascal holds as the same product on prescription: one line, nothing differs', () => {
    const alvedon = product('Alvedon 500 mg tablett', 'paracetamol', 500, 'mg', 'tablett', { nplId: '19900608000026' });
    const r = reconcileDocs(journal(ordination('C-6', alvedon, morning, { supply: 'self-care' })), prescriptionList(prescription('P-9', alvedon, morning)));
    expect(r.lines).toHaveLength(1);
    expect(r.discrepancies).toEqual([]);
  });

  it('a journal item naming only its ATC code pairs with the prescription of that ATC code', () => {
    const r = reconcileDocs(
      journal(ordination('C-1', { name: 'Furosemid (enligt ATC)', atc: 'C03CA01', form: 'tablett' }, morning)),
      prescriptionList(prescription('P-1', furix, morning)),
    );
    expect(r.discrepancies).toEqual([]);
    expect(r.lines[0]!.basis).toBe('atc');
  });

  it('enalapril against ramipril, both ACE inhibitors: different substances are never paired', () => {
    const r = reconcileDocs(
      journal(ordination('C-1', product('Enalapril 10 mg', 'enalapril', 10, 'mg', 'tablett', { atc: 'C09AA02' }), morning)),
      prescriptionList(prescription('P-1', product('Ramipril 10 mg', 'ramipril', 10, 'mg', 'tablett', { atc: 'C09AA05' }), morning)),
    );
    expect(r.discrepancies.map(brief)).toEqual([
      { kind: 'missing-in-pascal', cosmic: ['C-1'], pascal: [] },
      { kind: 'missing-in-cosmic', cosmic: [], pascal: ['P-1'] },
    ]);
  });

  it('morfin subcutaneously in the journal, intravenously in Pascal: route', () => {
    const morfin = product('Morfin 10 mg/ml injektionsvätska', 'morfin', 10, 'mg/ml', 'injektionsvätska, lösning');
    const r = reconcileDocs(
      journal(ordination('C-1', morfin, doses('0,5 ml', dose('08:00', 0.5, 'ml')), { route: 'subkutan' })),
      prescriptionList(prescription('P-1', morfin, doses('0,5 ml', dose('08:00', 0.5, 'ml')), { route: 'intravenös' })),
    );
    expect(r.discrepancies.map(brief)).toEqual([{ kind: 'route', cosmic: ['C-1'], pascal: ['P-1'] }]);
  });

  it('dose-dispensed in the journal, whole package in Pascal: dispensing', () => {
    const r = reconcileDocs(journal(ordination('C-1', furix, morning)), prescriptionList(prescription('P-1', furix, morning, { dispensing: 'whole-package' })));
    expect(r.discrepancies.map(brief)).toEqual([{ kind: 'dispensing', cosmic: ['C-1'], pascal: ['P-1'] }]);
  });

  it('the same furosemid dose taken in the evening instead of the morning: schedule', () => {
    const r = reconcileDocs(journal(ordination('C-1', furix, morning)), prescriptionList(prescription('P-1', furix, doses('1 tablett på kvällen', dose('18:00')))));
    expect(r.discrepancies.map(brief)).toEqual([{ kind: 'schedule', cosmic: ['C-1'], pascal: ['P-1'] }]);
  });

  it('a fentanyl patch every third day against every second day: dose, 2 against 3 patches in 6 days (rule 1)', () => {
    const patch = product('Fentanyl 12 mikrog/timme depotplåster', 'fentanyl', 12, 'mikrog/timme', 'depotplåster');
    const every = (n: number) => ({ text: `1 plåster var ${n}:e dag`, doses: [dose('08:00', 1, 'plåster')], intervalDays: n });
    const r = reconcileDocs(
      journal(ordination('C-1', patch, every(3), { route: 'transdermal' })),
      prescriptionList(prescription('P-1', patch, every(2), { route: 'transdermal' })),
    );
    expect(r.discrepancies.map(brief)).toEqual([{ kind: 'dose', cosmic: ['C-1'], pascal: ['P-1'] }]);
    expect(discrepancyText(r.discrepancies[0]!)).toBe(
      'Dosen skiljer: fentanyl. Journal: 12 mikrog/timme 2 gånger per 6 dygn (1 plåster var 3:e dag). Pascal: 12 mikrog/timme 3 gånger per 6 dygn (1 plåster var 2:e dag).',
    );
  });

  it('a new ordination starting on 2026-12-01 in the journal, already in force in Pascal: status', () => {
    const r = reconcileDocs(journal(ordination('C-1', furix, morning, { period: { start: '2026-12-01' } })), prescriptionList(prescription('P-1', furix, morning)));
    expect(r.discrepancies.map(brief)).toEqual([{ kind: 'status', cosmic: ['C-1'], pascal: ['P-1'] }]);
    expect(r.discrepancies[0]!.values.cosmic).toMatchObject({ status: 'not-started', date: '2026-12-01' });
  });

  it('a prescription cancelled (makulerad) in Pascal while the journal goes on: status', () => {
    const r = reconcileDocs(journal(ordination('C-1', furix, morning)), prescriptionList(prescription('P-1', furix, morning, { status: 'cancelled' })));
    expect(r.discrepancies.map(brief)).toEqual([{ kind: 'status', cosmic: ['C-1'], pascal: ['P-1'] }]);
  });

  it('a drug stopped in both lists is listed as not in force, with nothing to decide', () => {
    const stopped = { discontinued: { date: '2026-10-01' } };
    const r = reconcileDocs(journal(ordination('C-1', zopiklon, night, stopped)), prescriptionList(prescription('P-1', zopiklon, night, { ...stopped, status: 'discontinued' })));
    expect(r.discrepancies).toEqual([]);
    expect(r.lines[0]).toMatchObject({ status: 'inactive', active: false });
  });

  it('one unreadable ordination does not sink the patient: it is listed as invalid with its path, the rest is reconciled', () => {
    const r = reconcileDocs(
      journal(ordination('C-1', furix, morning), ordination('C-2', zopiklon, night, { period: { start: '20/11' } })),
      prescriptionList(prescription('P-1', furix, morning), prescription('P-2', zopiklon, night)),
    );
    expect(r.invalid).toEqual([
      expect.objectContaining({ source: 'cosmic', id: 'C-2', index: 1, path: 'ordinations[1].period.start', message: 'expected date (YYYY-MM-DD), got "20/11"' }),
    ]);
    expect(r.discrepancies.map(brief)).toEqual([{ kind: 'missing-in-cosmic', cosmic: [], pascal: ['P-2'] }]);
    expect(r.lines.find((l) => l.items.cosmic.some((i) => i.id === 'C-1'))?.status).toBe('agreed');
  });

  it('zopiklon with its dose time written 8.00 is still on the list, paired with its prescription: the dosage is not comparable, never "missing"', () => {
    const r = reconcileDocs(
      journal(ordination('C-1', furix, morning), ordination('C-2', zopiklon, doses('1 tablett till natten', dose('8.00')))),
      prescriptionList(prescription('P-1', furix, morning), prescription('P-2', zopiklon, night)),
    );
    expect(r.invalid).toEqual([]);
    expect(r.problems).toEqual([
      expect.objectContaining({ source: 'cosmic', id: 'C-2', index: 1, path: 'ordinations[1].dosage.doses[0].time', message: 'expected HH:MM, got "8.00"' }),
    ]);
    expect(r.discrepancies.map(brief)).toEqual([{ kind: 'not-comparable', cosmic: ['C-2'], pascal: ['P-2'] }]);
    expect(r.discrepancies[0]!.values).toEqual({
      cosmic: { dosage: '1 tablett till natten', fields: ['dosage'], unknown: ['dosage'] },
      pascal: { dosage: expect.any(String), fields: ['dosage'], unknown: [] },
    });
  });

  it('an unreadable route against a stated one is not comparable; an unreadable route against none is nothing', () => {
    const stated = reconcileDocs(journal(ordination('C-1', furix, morning, { route: 7 })), prescriptionList(prescription('P-1', furix, morning)));
    expect(stated.discrepancies.map((d) => [d.kind, d.values.cosmic])).toEqual([['not-comparable', { dosage: expect.any(String), fields: ['route'], unknown: ['route'] }]]);
    const { route: _route, ...silent } = prescription('P-1', furix, morning) as Record<string, unknown>;
    const none = reconcileDocs(journal(ordination('C-1', furix, morning, { route: 7 })), prescriptionList(silent));
    expect(none.discrepancies).toEqual([]);
    expect(none.problems.map((p) => p.path)).toEqual(['ordinations[0].route']);
  });
});
