import { describe, expect, it } from 'vitest';
import { discrepancyText, renderText, toJson } from '../../src/render';
import { asNeeded, dose, doses, journal, ordination, prescription, prescriptionList, product } from '../builders';
import { brief, reconcileDocs } from './reconcile-docs';

// The contract's "Rules for hard cases" (../shared/formats/README.md, decided 2026-11-30), one case or
// more per rule, reconciled on 2026-11-20 (a Friday).

const methotrexate = product('Methotrexate Orion 2,5 mg tablett', 'metotrexat', 2.5, 'mg', 'tablett', { atc: 'L04AX03' });
const fentanyl = product('Fentanyl Sandoz 12 mikrog/timme depotplåster', 'fentanyl', 12, 'mikrog/timme', 'depotplåster', { atc: 'N02AB03' });
const prednisolon = product('Prednisolon Pfizer 5 mg tablett', 'prednisolon', 5, 'mg', 'tablett', { atc: 'H02AB06' });
const furix = product('Furix 40 mg tablett', 'furosemid', 40, 'mg', 'tablett', { nplId: '19650410000016', atc: 'C03CA01' });
const oxycontin = product('OxyContin 10 mg depottablett', 'oxikodon', 10, 'mg', 'depottablett', { atc: 'N02AA05' });
const oxynorm = product('OxyNorm 5 mg hård kapsel', 'oxikodon', 5, 'mg', 'hård kapsel', { atc: 'N02AA05' });
const alvedon = product('Alvedon 500 mg tablett', 'paracetamol', 500, 'mg', 'tablett', { atc: 'N02BE01' });
const panodil = product('Panodil 500 mg filmdragerad tablett', 'paracetamol', 500, 'mg', 'filmdragerad tablett', { atc: 'N02BE01' });
const apixaban = product('Eliquis 5 mg filmdragerad tablett', 'apixaban', 5, 'mg', 'filmdragerad tablett', { atc: 'B01AF02' });

const morning = doses('1 tablett på morgonen', dose('08:00'));
const weekly = (day: string, text: string, quantity = 4) => ({ text, doses: [dose('08:00', quantity)], intervalDays: 7, weekdays: [day] });
const everyNth = (n: number, text = `1 plåster var ${n}:e dag`) => ({ text, doses: [dose('08:00', 1, 'plåster')], intervalDays: n });
const transdermal = { route: 'transdermal' };

describe('rule 1: amounts over the common period of both cycles', () => {
  it('methotrexate 4 tablets on Mondays in the journal, 4 tablets daily in the dose bags: dose, 10 mg against 70 mg a week', () => {
    const r = reconcileDocs(
      journal(ordination('C-1', methotrexate, weekly('mon', '4 tabletter på måndagar'))),
      prescriptionList(prescription('P-1', methotrexate, doses('4 tabletter dagligen', dose('08:00', 4)))),
    );
    expect(r.discrepancies.map(brief)).toEqual([{ kind: 'dose', cosmic: ['C-1'], pascal: ['P-1'] }]);
    const text = discrepancyText(r.discrepancies[0]!);
    expect(text).toContain('Journal: 10 mg per vecka');
    expect(text).toContain('Pascal: 70 mg per vecka');
    expect(r.discrepancies[0]!.values.cosmic).toMatchObject({ period: { days: 7, dosingDays: 1, amounts: [{ substance: 'metotrexat', value: 10000, unit: 'mikrog' }] } });
    expect(r.discrepancies[0]!.values.pascal).toMatchObject({ period: { days: 7, dosingDays: 7, amounts: [{ substance: 'metotrexat', value: 70000, unit: 'mikrog' }] } });
  });

  it('methotrexate 4 tablets on Mondays against 4 on Thursdays: the same 10 mg a week on another day is schedule', () => {
    const r = reconcileDocs(
      journal(ordination('C-1', methotrexate, weekly('mon', '4 tabletter på måndagar'))),
      prescriptionList(prescription('P-1', methotrexate, weekly('thu', '4 tabletter på torsdagar'))),
    );
    expect(r.discrepancies.map(brief)).toEqual([{ kind: 'schedule', cosmic: ['C-1'], pascal: ['P-1'] }]);
  });

  it('4 tablets on Mondays against 2 on Mondays and 2 on Thursdays: 10 mg a week both, on other days: schedule', () => {
    const r = reconcileDocs(
      journal(ordination('C-1', methotrexate, weekly('mon', '4 tabletter på måndagar'))),
      prescriptionList(prescription('P-1', methotrexate, { text: '2 tabletter måndag och torsdag', doses: [dose('08:00', 2)], intervalDays: 7, weekdays: ['mon', 'thu'] })),
    );
    expect(r.discrepancies.map(brief)).toEqual([{ kind: 'schedule', cosmic: ['C-1'], pascal: ['P-1'] }]);
  });

  it('a fentanyl patch every third day against the same patch every second day: dose (2 against 3 patches in 6 days)', () => {
    const r = reconcileDocs(
      journal(ordination('C-1', fentanyl, everyNth(3), transdermal)),
      prescriptionList(prescription('P-1', fentanyl, everyNth(2), transdermal)),
    );
    expect(r.discrepancies.map(brief)).toEqual([{ kind: 'dose', cosmic: ['C-1'], pascal: ['P-1'] }]);
    expect(r.discrepancies[0]!.values.cosmic).toMatchObject({ period: { days: 6, dosingDays: 2 } });
    expect(r.discrepancies[0]!.values.pascal).toMatchObject({ period: { days: 6, dosingDays: 3 } });
  });

  it('a patch every other day from different first days: the same amount on other days, schedule', () => {
    const r = reconcileDocs(
      journal(ordination('C-1', fentanyl, everyNth(2), { ...transdermal, period: { start: '2026-11-01' } })),
      prescriptionList(prescription('P-1', fentanyl, everyNth(2), { ...transdermal, period: { start: '2026-11-02' } })),
    );
    expect(r.discrepancies.map(brief)).toEqual([{ kind: 'schedule', cosmic: ['C-1'], pascal: ['P-1'] }]);
  });

  it('a patch every other day, first days two days apart: the same days, nothing differs', () => {
    const r = reconcileDocs(
      journal(ordination('C-1', fentanyl, everyNth(2), { ...transdermal, period: { start: '2026-11-01' } })),
      prescriptionList(prescription('P-1', fentanyl, everyNth(2), { ...transdermal, period: { start: '2026-11-03' } })),
    );
    expect(r.discrepancies).toEqual([]);
  });

  it('every other day against daily, the same tablet: dose (1 against 2 tablets in 2 days)', () => {
    const r = reconcileDocs(
      journal(ordination('C-1', furix, { text: '1 tablett varannan dag', doses: [dose('08:00')], intervalDays: 2 })),
      prescriptionList(prescription('P-1', furix, morning)),
    );
    expect(r.discrepancies.map(brief)).toEqual([{ kind: 'dose', cosmic: ['C-1'], pascal: ['P-1'] }]);
    expect(discrepancyText(r.discrepancies[0]!)).toContain('Journal: 40 mg per 2 dygn');
    expect(discrepancyText(r.discrepancies[0]!)).toContain('Pascal: 80 mg per 2 dygn');
  });

  it('a daily dose against a daily dose keeps the per-day text of the example pair', () => {
    const r = reconcileDocs(
      journal(ordination('C-1', furix, doses('1 tablett morgon och 1 tablett mitt på dagen', dose('08:00'), dose('13:00')))),
      prescriptionList(prescription('P-1', furix, morning)),
    );
    expect(discrepancyText(r.discrepancies[0]!)).toContain('Journal: 80 mg per dygn');
    expect(r.discrepancies[0]!.values.cosmic).not.toHaveProperty('period');
  });
});

describe('rule 2: pauses and the end of the last step', () => {
  const taper = (steps: unknown[]) => ({ text: 'nedtrappning enligt schema', steps });

  it('a dose step with no doses against a dose in Pascal: dose, said as "uppehåll", never "0 … per dygn"', () => {
    const r = reconcileDocs(
      journal(ordination('C-1', prednisolon, taper([{ from: '2026-11-10', to: '2026-11-19', doses: [dose('08:00', 2)] }, { from: '2026-11-20', to: '2026-11-25', doses: [] }]), { period: { start: '2026-11-10' } })),
      prescriptionList(prescription('P-1', prednisolon, doses('2 tabletter på morgonen', dose('08:00', 2)), { period: { start: '2026-11-10' } })),
    );
    expect(r.discrepancies.map(brief)).toEqual([{ kind: 'dose', cosmic: ['C-1'], pascal: ['P-1'] }]);
    const text = discrepancyText(r.discrepancies[0]!);
    expect(text).toContain('Journal: uppehåll');
    expect(text).not.toMatch(/(^|\s)0 (none|mg) per dygn/u);
    expect(renderText(r)).not.toContain('none');
  });

  it('a day between two dose steps that no step covers is a pause: dose, "uppehåll"', () => {
    const r = reconcileDocs(
      journal(ordination('C-1', prednisolon, taper([{ from: '2026-11-10', to: '2026-11-18', doses: [dose('08:00', 2)] }, { from: '2026-11-22', doses: [dose('08:00', 1)] }]), { period: { start: '2026-11-10' } })),
      prescriptionList(prescription('P-1', prednisolon, doses('1 tablett på morgonen', dose('08:00', 1)), { period: { start: '2026-11-10' } })),
    );
    expect(r.discrepancies.map(brief)).toEqual([{ kind: 'dose', cosmic: ['C-1'], pascal: ['P-1'] }]);
    expect(discrepancyText(r.discrepancies[0]!)).toContain('Journal: uppehåll');
  });

  it('a dose of quantity 0 reads "uppehåll", never "0 none per dygn"', () => {
    const r = reconcileDocs(
      journal(ordination('C-1', furix, doses('0 tabletter', dose('08:00', 0)))),
      prescriptionList(prescription('P-1', furix, morning)),
    );
    expect(r.discrepancies.map((d) => d.kind)).toContain('dose');
    expect(renderText(r)).toContain('uppehåll');
    expect(renderText(r)).not.toContain('none');
  });

  it('after the last step has ended the item is no longer in force: against one in force it is period, "avslutad <date>"', () => {
    const r = reconcileDocs(
      journal(ordination('C-1', prednisolon, taper([{ from: '2026-11-01', to: '2026-11-10', doses: [dose('08:00', 2)] }, { from: '2026-11-11', to: '2026-11-15', doses: [dose('08:00', 1)] }]), { period: { start: '2026-11-01' } })),
      prescriptionList(prescription('P-1', prednisolon, doses('1 tablett på morgonen', dose('08:00', 1)), { period: { start: '2026-11-01' } })),
    );
    expect(r.discrepancies.map(brief)).toEqual([{ kind: 'period', cosmic: ['C-1'], pascal: ['P-1'] }]);
    expect(discrepancyText(r.discrepancies[0]!)).toContain('Journal: avslutad 2026-11-15');
  });

  it('an every-Nth-day cycle counts from its step\'s first day', () => {
    const r = reconcileDocs(
      journal(ordination('C-1', fentanyl, taper([{ from: '2026-11-02', doses: [dose('08:00', 1, 'plåster')], intervalDays: 2 }]), { ...transdermal, period: { start: '2026-10-01' } })),
      prescriptionList(prescription('P-1', fentanyl, everyNth(2), { ...transdermal, period: { start: '2026-11-02' } })),
    );
    expect(r.discrepancies).toEqual([]);
  });
});

describe('rule 3: not yet started, stopped that day', () => {
  it('a journal ordination starting 2026-12-01, already in force in Pascal: status, "ej påbörjad"', () => {
    const r = reconcileDocs(journal(ordination('C-1', furix, morning, { period: { start: '2026-12-01' } })), prescriptionList(prescription('P-1', furix, morning)));
    expect(r.discrepancies.map(brief)).toEqual([{ kind: 'status', cosmic: ['C-1'], pascal: ['P-1'] }]);
    expect(discrepancyText(r.discrepancies[0]!)).toBe('Ej påbörjad i ena systemet: furosemid. Journal: ej påbörjad, startar 2026-12-01. Pascal: aktiv.');
  });

  it('stopped in the journal on the reconciliation day itself: not in force, status "utsatt"', () => {
    const r = reconcileDocs(journal(ordination('C-1', furix, morning, { discontinued: { date: '2026-11-20', reason: 'njursvikt' } })), prescriptionList(prescription('P-1', furix, morning)));
    expect(r.discrepancies.map(brief)).toEqual([{ kind: 'status', cosmic: ['C-1'], pascal: ['P-1'] }]);
    expect(discrepancyText(r.discrepancies[0]!)).toBe('Utsatt i ena systemet: furosemid. Journal: utsatt 2026-11-20 (njursvikt). Pascal: aktiv.');
  });

  it('a prescription entered in error (cancelled) while the journal continues: status "makulerad"', () => {
    const r = reconcileDocs(journal(ordination('C-1', furix, morning)), prescriptionList(prescription('P-1', furix, morning, { status: 'cancelled' })));
    expect(discrepancyText(r.discrepancies[0]!)).toBe('Makulerad i ena systemet: furosemid. Journal: aktiv. Pascal: makulerad.');
  });
});

describe('rule 4: items in force on neither side give nothing', () => {
  it('stopped in the journal, not yet started in Pascal, with different doses and ends: no discrepancy', () => {
    const r = reconcileDocs(
      journal(ordination('C-1', furix, morning, { discontinued: { date: '2026-10-01' }, period: { start: '2025-01-01', end: '2026-12-31' } })),
      prescriptionList(prescription('P-1', furix, doses('2 tabletter', dose('08:00', 2)), { period: { start: '2026-12-05' } })),
    );
    expect(r.discrepancies).toEqual([]);
    expect(r.lines[0]).toMatchObject({ status: 'inactive', active: false });
  });

  it('ended in the journal and stopped in Pascal: no period, no status', () => {
    const r = reconcileDocs(
      journal(ordination('C-1', furix, morning, { period: { start: '2026-10-01', end: '2026-11-10' } })),
      prescriptionList(prescription('P-1', furix, morning, { status: 'discontinued', discontinued: { date: '2026-11-12' } })),
    );
    expect(r.discrepancies).toEqual([]);
  });
});

describe('rule 5: the as-needed maximum is an amount in the as-needed unit', () => {
  it('"högst 8 tabletter per dygn" as text equals a structured maximum of 8 tablets', () => {
    const r = reconcileDocs(
      journal(ordination('C-1', alvedon, { text: '1-2 tabletter vid behov, högst 8 tabletter per dygn' })),
      prescriptionList(prescription('P-1', alvedon, asNeeded('1-2 tabletter vid behov, högst 8 tabletter per dygn', 2, 8))),
    );
    expect(r.discrepancies.filter((d) => d.kind === 'as-needed')).toEqual([]);
  });

  it('"högst 4 gånger per dygn" of 2 tablets is a maximum of 8 tablets, not 4: it equals a structured maximum of 8', () => {
    const r = reconcileDocs(
      journal(ordination('C-1', alvedon, { text: '2 tabletter vid behov, max 4 ggr/dygn' })),
      prescriptionList(prescription('P-1', alvedon, asNeeded('2 tabletter vid behov, högst 8 tabletter per dygn', 2, 8))),
    );
    expect(r.discrepancies).toEqual([]);
  });

  it('a maximum of 8 against one of 6 tablets: as-needed', () => {
    const r = reconcileDocs(
      journal(ordination('C-1', alvedon, asNeeded('2 tabletter vid behov, högst 8 per dygn', 2, 8))),
      prescriptionList(prescription('P-1', alvedon, asNeeded('2 tabletter vid behov, högst 6 per dygn', 2, 6))),
    );
    expect(r.discrepancies.map(brief)).toEqual([{ kind: 'as-needed', cosmic: ['C-1'], pascal: ['P-1'] }]);
  });

  it('a maximum on one side and none on the other: as-needed', () => {
    const r = reconcileDocs(
      journal(ordination('C-1', alvedon, asNeeded('2 tabletter vid behov, högst 8 per dygn', 2, 8))),
      prescriptionList(prescription('P-1', alvedon, asNeeded('2 tabletter vid behov', 2))),
    );
    expect(r.discrepancies.map(brief)).toEqual([{ kind: 'as-needed', cosmic: ['C-1'], pascal: ['P-1'] }]);
  });
});

describe('rule 6: scheduled and as-needed orders of one drug are two orders', () => {
  const depot = doses('1 depottablett morgon och kväll', dose('08:00', 1, 'tablett'), dose('20:00', 1, 'tablett'));
  const prn = asNeeded('1 kapsel vid behov, högst 4 per dygn', 1, 4, 'kapsel');

  it('OxyContin on a schedule and OxyNorm as needed on both lists: each pairs with its like, never duplicates', () => {
    const r = reconcileDocs(
      journal(ordination('C-1', oxycontin, depot), ordination('C-2', oxynorm, prn, { type: 'as-needed' })),
      prescriptionList(prescription('P-1', oxynorm, prn), prescription('P-2', oxycontin, depot)),
    );
    expect(r.discrepancies).toEqual([]);
    expect(r.lines.map((l) => [l.items.cosmic.map((i) => i.id), l.items.pascal.map((i) => i.id)])).toEqual(expect.arrayContaining([[['C-1'], ['P-2']], [['C-2'], ['P-1']]]));
  });

  it('the same oxycodone tablet on a schedule and as needed in the journal, both in Pascal: two orders, each with its like', () => {
    const tablet = product('Oxikodon Actavis 5 mg tablett', 'oxikodon', 5, 'mg', 'tablett', { atc: 'N02AA05' });
    const scheduled = doses('1 tablett morgon och kväll', dose('08:00'), dose('20:00'));
    const asNeededTablet = asNeeded('1 tablett vid behov, högst 4 per dygn', 1, 4);
    const r = reconcileDocs(
      journal(ordination('C-1', tablet, asNeededTablet, { type: 'as-needed' }), ordination('C-2', tablet, scheduled)),
      prescriptionList(prescription('P-1', tablet, scheduled), prescription('P-2', tablet, asNeededTablet)),
    );
    expect(r.discrepancies).toEqual([]);
  });

  it('a scheduled item meets an as-needed one only where neither list has a like: then as-needed', () => {
    const r = reconcileDocs(journal(ordination('C-1', oxynorm, doses('1 kapsel morgon', dose('08:00', 1, 'kapsel')))), prescriptionList(prescription('P-1', oxynorm, prn)));
    expect(r.discrepancies.map(brief)).toEqual([{ kind: 'as-needed', cosmic: ['C-1'], pascal: ['P-1'] }]);
  });
});

describe('rule 7: duplicates name every copy and the paired item', () => {
  it('Alvedon C-1 and Panodil C-2 against Alvedon P-1: one duplicate, cosmic [C-1, C-2], pascal [P-1], no missing-in-pascal', () => {
    const r = reconcileDocs(
      journal(ordination('C-1', alvedon, morning), ordination('C-2', panodil, morning)),
      prescriptionList(prescription('P-1', alvedon, morning)),
    );
    expect(r.discrepancies.map(brief)).toEqual([{ kind: 'duplicate', cosmic: ['C-1', 'C-2'], pascal: ['P-1'] }]);
    expect(r.discrepancies[0]!.values).toEqual({
      cosmic: { items: ['C-1', 'C-2'], products: ['Alvedon 500 mg tablett', 'Panodil 500 mg filmdragerad tablett'] },
      pascal: { items: ['P-1'], products: ['Alvedon 500 mg tablett'] },
    });
  });

  it('three paracetamol copies in the journal against one in Pascal: one duplicate naming all three, nothing missing', () => {
    const pamol = product('Pamol 500 mg tablett', 'paracetamol', 500, 'mg', 'tablett', { atc: 'N02BE01' });
    const r = reconcileDocs(
      journal(ordination('C-1', alvedon, morning), ordination('C-2', panodil, morning), ordination('C-3', pamol, morning)),
      prescriptionList(prescription('P-1', alvedon, morning)),
    );
    expect(r.discrepancies.map(brief)).toEqual([{ kind: 'duplicate', cosmic: ['C-1', 'C-2', 'C-3'], pascal: ['P-1'] }]);
    expect(r.lines).toHaveLength(1);
  });

  it('two copies in Pascal against one in the journal: the duplicate names both prescriptions and the ordination', () => {
    const r = reconcileDocs(journal(ordination('C-1', alvedon, morning)), prescriptionList(prescription('P-1', alvedon, morning), prescription('P-2', panodil, morning)));
    expect(r.discrepancies.map(brief)).toEqual([{ kind: 'duplicate', cosmic: ['C-1'], pascal: ['P-1', 'P-2'] }]);
  });
});

describe('rule 8: text-only dosages are compared by their readings', () => {
  it('"1 tablett 2 gånger dagligen" and "1x2" read the same: they agree, whatever the wording', () => {
    const r = reconcileDocs(journal(ordination('C-1', apixaban, { text: '1 tablett 2 gånger dagligen' })), prescriptionList(prescription('P-1', apixaban, { text: '1x2' })));
    expect(r.discrepancies).toEqual([]);
  });

  it('a text not understood against another text: not-comparable; the same text folded: agrees', () => {
    const odd = reconcileDocs(journal(ordination('C-1', apixaban, { text: 'enligt ordination' })), prescriptionList(prescription('P-1', apixaban, { text: 'enligt särskild ordination' })));
    expect(odd.discrepancies.map((d) => d.kind)).toEqual(['not-comparable']);
    const same = reconcileDocs(journal(ordination('C-1', apixaban, { text: 'Enligt  ordination' })), prescriptionList(prescription('P-1', apixaban, { text: 'enligt ordination' })));
    expect(same.discrepancies).toEqual([]);
  });
});

describe('rule 9: an active prescription past its validUntil', () => {
  it('with no journal counterpart: missing-in-cosmic', () => {
    const r = reconcileDocs(journal(), prescriptionList(prescription('P-1', furix, morning, { validUntil: '2026-10-31' })));
    expect(r.discrepancies.map(brief)).toEqual([{ kind: 'missing-in-cosmic', cosmic: [], pascal: ['P-1'] }]);
  });

  it('against a journal item in force: prescription-expired', () => {
    const r = reconcileDocs(journal(ordination('C-1', furix, morning)), prescriptionList(prescription('P-1', furix, morning, { validUntil: '2026-10-31' })));
    expect(r.discrepancies.map(brief)).toEqual([{ kind: 'prescription-expired', cosmic: ['C-1'], pascal: ['P-1'] }]);
  });
});

describe('the JSON contract carries the common period', () => {
  it('a dose discrepancy over a week has values.period in the JSON', () => {
    const r = reconcileDocs(
      journal(ordination('C-1', methotrexate, weekly('mon', '4 tabletter på måndagar'))),
      prescriptionList(prescription('P-1', methotrexate, doses('4 tabletter dagligen', dose('08:00', 4)))),
    );
    const json = toJson(r);
    expect(json.discrepancies[0]!.text).toContain('10 mg per vecka');
    expect(json.discrepancies[0]!.values.pascal).toMatchObject({ period: { days: 7 } });
  });
});
