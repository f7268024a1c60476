import { describe, expect, it } from 'vitest';
import { checkList, itemDailyDose } from '../../src/checks';
import type { IsoDate, Ordination } from '../../src/model';
import { bornOn, checks, daily, findingsOf, ordination, reconciled, TEST_PATIENT } from './cases';

describe('clinical checks on odd input', () => {
  it('a birth date after the reconciliation date gives an unknown age, not a negative one', () => {
    expect(checks([], { patient: bornOn('2030-01-01') })).toMatchObject({ age: null, older: null, findings: [] });
  });

  it('a drug known by its ATC code alone (no substances strengths): its daily dose is not assessable', () => {
    const noSubstances = ordination('C-1', { name: 'Imovane', atc: 'N05CF01', form: 'tablett' }, daily('2 till natten', [['22:00', 2]]));
    const c = checks([noSubstances]);
    expect(findingsOf(c, 'dose-zopiclone')[0]).toMatchObject({ assessment: 'not-assessable', value: { total: { reason: 'no-strength' } } });
  });

  it('a dose in a unit that does not convert to mass is not assessable', () => {
    const drops = ordination('C-1', { name: 'Haldol droppar', atc: 'N05AD01', form: 'orala droppar, lösning', substances: [{ name: 'haloperidol', strength: { value: 2, unit: 'mg/ml' } }] }, daily('5 droppar till natten', [['22:00', 5]], 'droppe'));
    expect(findingsOf(checks([drops]), 'dose-haloperidol')[0]).toMatchObject({ assessment: 'not-assessable', value: { total: { reason: 'units-do-not-convert' } } });
  });

  it('an empty list gives no findings, and no palliative injections for a palliative patient', () => {
    const c = checks([], { patient: bornOn('1940-01-01', true) });
    expect(c.palliativeInjections).toEqual({ pain: false, anxiety: false, nausea: false, rattle: false });
    expect(c.findings.map((f) => f.kind)).toEqual(['palliative', 'palliative', 'palliative', 'palliative']);
  });

  it('never puts the personnummer in a finding', () => {
    const c = checkList(reconciled([ordination('C-1', { name: 'Tradolan 50 mg', atc: 'N02AX02', substances: [{ name: 'tramadol', strength: { value: 50, unit: 'mg' } }] }, daily('1 x 2', [['08:00', 1], ['20:00', 1]]))], { patient: TEST_PATIENT }));
    expect(c.findings.length).toBeGreaterThan(0);
    expect(JSON.stringify(c)).not.toMatch(/19121212|1212-1212/u);
  });

  it('a dose of an item whose text is not understood is not assessable', () => {
    const r = reconciled([ordination('C-1', { name: 'Zopiklon 5 mg', atc: 'N05CF01', substances: [{ name: 'zopiklon', strength: { value: 5, unit: 'mg' } }] }, { text: '1 tablett morgon eller kväll' })]);
    const item = r.items.cosmic[0] as Ordination;
    expect(itemDailyDose(item, 'zopiklon', '2026-11-20' as IsoDate)).toEqual({ kind: 'not-assessable', reason: 'dosage-not-understood', atLeast: null });
  });
});
