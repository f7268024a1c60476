import { describe, expect, it } from 'vitest';
import { classifyDiscrepancy, KIND_RULES, type Deviation } from '../../src/classify';
import { DISCREPANCY_KINDS, type Discrepancy } from '../../src/diff';
import type { IsoDate } from '../../src/model';
import { AS_OF, editExample, reconcilePair, type RawItem } from './arbitrary';

const deviationsOf = (edits: Readonly<Record<string, (item: RawItem) => void>> = {}, remove: ReadonlyArray<string> = []) =>
  reconcilePair(editExample(edits, remove)).deviations;

const find = (deviations: ReadonlyArray<Deviation>, kind: string, drug: string): Deviation => {
  const found = deviations.find((d) => d.discrepancy.kind === kind && d.discrepancy.drug === drug);
  if (found === undefined) throw new Error(`no ${kind} deviation on ${drug} among ${deviations.map((d) => d.id).join(', ')}`);
  return found;
};

const rank = (deviations: ReadonlyArray<Deviation>, d: Deviation) => deviations.indexOf(d);

describe('the shared example pair, classified on 2026-11-20', () => {
  const deviations = deviationsOf();
  const zopiklon = find(deviations, 'status', 'zopiklon');
  const furosemid = find(deviations, 'dose', 'furosemid');
  const levaxin = find(deviations, 'strength', 'levotyroxinnatrium');

  it('has one deviation for each of its five discrepancies', () => {
    expect(deviations.map((d) => d.id).sort()).toEqual(['dose:C-2:P-2', 'missing-in-cosmic::P-5', 'missing-in-pascal:C-5:', 'status:C-4:P-4', 'strength:C-9:P-7']);
  });

  it('rates the zopiklon stopped in the journal but still packed into dose bags as a serious communication failure', () => {
    expect(zopiklon).toMatchObject({ category: 'vård och behandling / läkemedel', subcategory: 'kommunikation', consequence: 3, probability: 4, riskScore: 12, serious: true });
    expect(zopiklon.basis).toMatchObject({ doseDispensed: true, activeNow: true, highAlert: { kind: 'none' } });
  });

  it('rates the halved furosemid dose of a dose-dispensed heart-failure patient as serious', () => {
    expect(furosemid).toMatchObject({ subcategory: 'ordination', consequence: 3, probability: 4, riskScore: 12, serious: true });
  });

  it('ranks both above the Levaxin strength difference, whose daily dose agrees', () => {
    expect(levaxin.serious).toBe(false);
    expect(levaxin.riskScore).toBeLessThan(8);
    expect(rank(deviations, zopiklon)).toBeLessThan(rank(deviations, levaxin));
    expect(rank(deviations, furosemid)).toBeLessThan(rank(deviations, levaxin));
  });

  it('sorts by risk score, highest first', () => {
    const scores = deviations.map((d) => d.riskScore);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
  });

  it('finds the omitted oxikodon to be an opioid, a high-alert drug', () => {
    expect(find(deviations, 'missing-in-pascal', 'oxikodon').basis.highAlert).toEqual({ kind: 'group', group: 'opioid', atc: 'N02AA05' });
  });
});

describe('classification rules, case by case', () => {
  it('ranks an omitted opioid above a differing purpose, even a dose-dispensed one', () => {
    const deviations = deviationsOf({ 'P-1': (p) => (p['purpose'] = 'mot typ 2-diabetes') });
    const opioid = find(deviations, 'missing-in-pascal', 'oxikodon');
    const purpose = find(deviations, 'purpose', 'metformin');
    expect(purpose.basis.doseDispensed).toBe(true);
    expect(opioid.riskScore).toBeGreaterThan(purpose.riskScore);
  });

  it('ranks an omitted anticoagulant above a differing purpose of the same anticoagulant', () => {
    const omitted = find(deviationsOf({}, ['P-3']), 'missing-in-pascal', 'apixaban');
    const purpose = find(deviationsOf({ 'P-3': (p) => (p['purpose'] = 'mot förmaksflimmer') }), 'purpose', 'apixaban');
    expect(omitted.consequence).toBe(3);
    expect(purpose.consequence).toBe(1);
    expect(omitted.riskScore).toBeGreaterThan(purpose.riskScore);
  });

  it('ranks the same dose discrepancy higher on a dose-dispensed item than on a whole-package one', () => {
    const wholePackage = (i: RawItem) => (i['dispensing'] = 'whole-package');
    const dispensed = find(deviationsOf(), 'dose', 'furosemid');
    const whole = find(deviationsOf({ 'C-2': wholePackage, 'P-2': wholePackage }), 'dose', 'furosemid');
    expect(whole.basis.doseDispensed).toBe(false);
    expect(dispensed.riskScore).toBeGreaterThan(whole.riskScore);
  });

  it('raises the consequence of a dose discrepancy on a high-alert drug (warfarin, B01AA03)', () => {
    const warfarin = (i: RawItem) => ((i['product'] as RawItem)['atc'] = 'B01AA03');
    const plain = find(deviationsOf(), 'dose', 'furosemid');
    const raised = find(deviationsOf({ 'C-2': warfarin, 'P-2': warfarin }), 'dose', 'furosemid');
    expect(raised.basis.highAlert).toEqual({ kind: 'group', group: 'anticoagulant', atc: 'B01AA03' });
    expect(raised.consequence).toBe(plain.consequence + 1);
  });

  it.each([
    ['methotrexate', 'L04AX03', 'oral', 'methotrexate'],
    ['methotrexate as a cytostatic', 'L01BA01', 'oral', 'methotrexate'],
    ['insulin', 'A10AB05', 'subkutan', 'antidiabetic'],
    ['digoxin', 'C01AA05', 'oral', 'digoxin'],
    ['lithium', 'N05AN01', 'oral', 'lithium'],
    ['clozapine', 'N05AH02', 'oral', 'clozapine'],
    ['potassium chloride', 'A12BA01', 'oral', 'potassium'],
    ['an oral cytostatic', 'L01XE01', 'oral', 'oral-cytostatic'],
  ])('finds %s (%s, %s) in the high-alert group %s', (_what, atc, route, group) => {
    const edit = (i: RawItem) => {
      (i['product'] as RawItem)['atc'] = atc;
      i['route'] = route;
    };
    const d = find(deviationsOf({ 'C-9': edit, 'P-7': edit }), 'strength', 'levotyroxinnatrium');
    expect(d.basis.highAlert).toEqual({ kind: 'group', group, atc });
  });

  it('does not count an intravenous cytostatic as an oral one', () => {
    const edit = (i: RawItem) => {
      (i['product'] as RawItem)['atc'] = 'L01XE01';
      i['route'] = 'intravenös';
    };
    expect(find(deviationsOf({ 'C-9': edit, 'P-7': edit }), 'strength', 'levotyroxinnatrium').basis.highAlert).toEqual({ kind: 'none' });
  });

  it('says so when no item has an ATC code, and raises nothing', () => {
    const noAtc = (i: RawItem) => delete (i['product'] as RawItem)['atc'];
    const d = find(deviationsOf({ 'C-9': noAtc, 'P-7': noAtc }), 'strength', 'levotyroxinnatrium');
    expect(d.basis).toMatchObject({ highAlert: { kind: 'unknown' }, highAlertRaise: 0 });
  });

  it('rates a discrepancy on items not in force today below the same one in force', () => {
    const zopiklon = find(deviationsOf(), 'status', 'zopiklon');
    // The same discrepancy, carrying the items of a pair where P-4 is cancelled (nothing in force) or not.
    const onItems = (pascalActive: boolean): Discrepancy => {
      const r = reconcilePair(editExample({ 'P-4': (p) => !pascalActive && (p['status'] = 'cancelled') }));
      const named = <A extends { readonly id: string }>(items: ReadonlyArray<A>, ids: ReadonlyArray<string>) => items.filter((i) => ids.includes(i.id));
      const d = zopiklon.discrepancy;
      return { ...d, items: { cosmic: named(r.items.cosmic, d.cosmic), pascal: named(r.items.pascal, d.pascal) } };
    };
    const context = { asOf: AS_OF as IsoDate };
    expect(classifyDiscrepancy(onItems(false), context).probability).toBe(classifyDiscrepancy(onItems(true), context).probability - 1);
  });

  it.each(DISCREPANCY_KINDS.map((k) => [k]))('keeps every base probability of %s at most 2, so the raises are never capped away', (kind) => {
    expect(KIND_RULES[kind].probability).toBeLessThanOrEqual(2);
  });
});

describe('intent, after WHO High 5s', () => {
  it('calls the zopiklon stop a documented change in the journal: a discontinuation with date and reason', () => {
    const { intent } = find(deviationsOf(), 'status', 'zopiklon');
    expect(intent).toMatchObject({
      kind: 'documented-change',
      changedMostRecently: 'cosmic',
      documentedBy: [{ kind: 'discontinued', source: 'cosmic', item: 'C-4', date: '2026-11-15', reason: 'fallrisk, dagtrötthet' }],
    });
  });

  it('calls a stop with a date but no reason unexplained, though it still says which side changed', () => {
    const { intent } = find(deviationsOf({ 'C-4': (c) => (c['discontinued'] = { date: '2026-11-15' }) }), 'status', 'zopiklon');
    expect(intent).toMatchObject({ kind: 'unexplained', changedMostRecently: 'cosmic', documentedBy: [] });
  });

  it('calls the furosemid dose a documented change: the journal was updated after anything Pascal records', () => {
    const { intent } = find(deviationsOf(), 'dose', 'furosemid');
    expect(intent).toMatchObject({ kind: 'documented-change', changedMostRecently: 'cosmic', documentedBy: [{ kind: 'updated', source: 'cosmic', item: 'C-2' }] });
  });

  it('compares two updatedAt of the same day by the time', () => {
    const deviations = deviationsOf({ 'C-2': (c) => (c['updatedAt'] = '2026-11-17T09:12:00+01:00'), 'P-2': (p) => (p['updatedAt'] = '2026-11-17T15:00:00+01:00') });
    expect(find(deviations, 'dose', 'furosemid').intent).toMatchObject({ kind: 'documented-change', changedMostRecently: 'pascal', documentedBy: [{ source: 'pascal' }] });
  });

  it('calls a dose step a documented change', () => {
    const taper = (c: RawItem) =>
      (c['dosage'] = {
        text: 'nedtrappning',
        steps: [
          { from: '2026-11-17', to: '2026-11-23', doses: [{ time: '08:00', quantity: 1, unit: 'tablett' }, { time: '13:00', quantity: 1, unit: 'tablett' }] },
          { from: '2026-11-24', doses: [{ time: '08:00', quantity: 1, unit: 'tablett' }] },
        ],
      });
    const { intent } = find(deviationsOf({ 'C-2': taper }), 'dose', 'furosemid');
    expect(intent.documentedBy).toContainEqual({ kind: 'dose-step', source: 'cosmic', item: 'C-2', from: '2026-11-17', to: '2026-11-23' });
  });

  it('calls the Levaxin strength unexplained, and cannot tell which side changed: both started the same day', () => {
    expect(find(deviationsOf(), 'strength', 'levotyroxinnatrium').intent).toMatchObject({ kind: 'unexplained', changedMostRecently: null, documentedBy: [] });
  });

  it('calls an omission unexplained, naming the only side that records the drug', () => {
    expect(find(deviationsOf(), 'missing-in-pascal', 'oxikodon').intent).toMatchObject({ kind: 'unexplained', changedMostRecently: 'cosmic' });
  });
});

describe('actions', () => {
  it('asks the prescriber to confirm the furosemid dose, the physician to update Pascal if the journal change stands, and the nurse to check the dose bags', () => {
    const { action } = find(deviationsOf(), 'dose', 'furosemid');
    expect(action.steps.map((s) => s.actor)).toEqual(['prescriber', 'responsible-physician', 'nurse']);
    expect(action.sv).toContain('förskrivare bekräftar dos för furosemid');
    expect(action.sv).toContain('ansvarig läkare uppdaterar Pascal');
    expect(action.sv).toContain('sjuksköterska kontrollerar dospåsar');
    expect(action.en).toContain('the prescriber confirms the dose of furosemid');
  });

  it('leaves out the dose bags for a whole-package drug', () => {
    const { action } = find(deviationsOf(), 'missing-in-pascal', 'oxikodon');
    expect(action.steps.map((s) => s.actor)).toEqual(['prescriber']);
  });

  it('does not name a list to update when it cannot tell which changed', () => {
    const { action } = find(deviationsOf(), 'strength', 'levotyroxinnatrium');
    expect(action.sv).toContain('ansvarig läkare uppdaterar den lista som inte stämmer');
  });
});
