import { describe, expect, it } from 'vitest';
import { bornOn, checks, daily, drug, findingsOf, ordination, prn } from './cases';

// A palliative patient at home, 82 years old, with the as-needed injections of the care programme.
const PATIENT = bornOn('1944-03-02', true);

const injection = (id: string, name: string, substance: string, mgPerMl: number, atc: string | null, dosage: Record<string, unknown>, extra: Record<string, unknown> = {}) =>
  ordination(id, drug(name, substance, mgPerMl, atc, 'injektionsvätska, lösning', 'mg/ml'), dosage, { route: 'subkutan', type: 'as-needed', supply: 'ward-stock', ...extra });

const morfin = injection('C-1', 'Morfin Meda 10 mg/ml injektionsvätska', 'morfin', 10, 'N02AA01', prn('2,5 mg subkutant vid behov mot smärta', 2.5, 15, 'mg'));
const midazolam = injection('C-2', 'Midazolam Accord 5 mg/ml injektionsvätska', 'midazolam', 5, 'N05CD08', prn('2,5 mg subkutant vid behov mot ångest', 2.5, 10, 'mg'));
const haloperidol = injection('C-3', 'Haldol 5 mg/ml injektionsvätska', 'haloperidol', 5, 'N05AD01', prn('1 mg subkutant vid behov mot illamående, högst 3 gånger per dygn', 1, 3, 'mg'));
const glykopyrron = injection('C-4', 'Robinul 0,2 mg/ml injektionsvätska', 'glykopyrroniumbromid', 0.2, 'A03AB02', prn('0,2 mg subkutant vid behov mot rosslighet', 0.2, 0.8, 'mg'));
const ALL = [morfin, midazolam, haloperidol, glykopyrron];

describe('as-needed injections of a palliative patient', () => {
  it('all four prescribed: no palliative finding, and none of the older-patient rules for them', () => {
    const c = checks(ALL, { patient: PATIENT });
    expect(c).toMatchObject({ age: 82, ageBasis: 'birthDate', older: true, palliative: true, palliativeInjections: { pain: true, anxiety: true, nausea: true, rattle: true } });
    // Glycopyrronium is anticholinergic and 1 mg haloperidol three times a day is above 2 mg: the care programme is the special reason.
    expect(c.findings).toEqual([]);
  });

  for (const [need, rule, missing] of [
    ['pain', 'palliative-pain', morfin],
    ['anxiety', 'palliative-anxiety', midazolam],
    ['nausea', 'palliative-nausea', haloperidol],
    ['rattle', 'palliative-rattle', glykopyrron],
  ] as const) {
    it(`without the ${need} injection, that one is missing`, () => {
      const c = checks(ALL.filter((o) => o !== missing), { patient: PATIENT });
      expect(c.palliativeInjections?.[need]).toBe(false);
      const found = findingsOf(c, rule);
      expect(found).toHaveLength(1);
      expect(found[0]).toMatchObject({ kind: 'palliative', assessment: 'flagged', value: { kind: 'missing-injection', need } });
      expect(found[0]!.text).toMatch(/^Vid behovsordination av injektion mot .+ saknas: /u);
    });
  }

  it('cites the national target of 98 % for pain and anxiety', () => {
    const c = checks([haloperidol, glykopyrron], { patient: PATIENT });
    const pain = findingsOf(c, 'palliative-pain')[0]!;
    expect(pain.source.citation).toContain('Svenska palliativregistret');
    expect(pain.text).toContain('minst 98 %');
    expect(findingsOf(c, 'palliative-nausea')).toEqual([]);
  });

  it('oral morphine as needed is not an injection', () => {
    const oral = ordination('C-1', drug('Morfin Meda 10 mg tablett', 'morfin', 10, 'N02AA01'), prn('1 vid behov, högst 4 per dygn', 1, 4), { type: 'as-needed' });
    expect(checks([oral, midazolam, haloperidol, glykopyrron], { patient: PATIENT }).palliativeInjections?.pain).toBe(false);
  });

  it('a scheduled morphine injection is not as needed', () => {
    const scheduled = injection('C-1', 'Morfin Meda 10 mg/ml injektionsvätska', 'morfin', 10, 'N02AA01', daily('2,5 mg subkutant morgon och kväll', [['08:00', 2.5], ['20:00', 2.5]], 'mg'), { type: 'continuous' });
    expect(checks([scheduled, midazolam, haloperidol, glykopyrron], { patient: PATIENT }).palliativeInjections?.pain).toBe(false);
  });

  it('an injection form without a route counts, and a route s.c. counts', () => {
    const noRoute = { ...morfin };
    delete (noRoute as Record<string, unknown>)['route'];
    expect(checks([noRoute, midazolam, haloperidol, glykopyrron], { patient: PATIENT }).palliativeInjections?.pain).toBe(true);
    const tablet = ordination('C-1', drug('Oxikodon 5 mg', 'oxikodon', 5, 'N02AA05', 'lösning'), prn('5 mg s.c. vid behov', 5, 20, 'mg'), { route: 's.c.', type: 'as-needed' });
    expect(checks([tablet, midazolam, haloperidol, glykopyrron], { patient: PATIENT }).palliativeInjections?.pain).toBe(true);
  });

  it('an injection discontinued on the reconciliation date does not count', () => {
    const stopped = { ...midazolam, discontinued: { date: '2026-11-20', reason: 'ej längre aktuell' } };
    expect(checks([morfin, stopped, haloperidol, glykopyrron], { patient: PATIENT }).palliativeInjections?.anxiety).toBe(false);
  });

  it('a patient who is not palliative gets no palliative checks', () => {
    const c = checks([morfin], { patient: bornOn('1944-03-02') });
    expect(c.palliative).toBe(false);
    expect(c.palliativeInjections).toBeNull();
    expect(c.findings.filter((f) => f.kind === 'palliative')).toEqual([]);
  });

  it('a palliative patient under 75 gets the palliative checks only', () => {
    const tramadol = ordination('C-9', drug('Tradolan 50 mg tablett', 'tramadol', 50, 'N02AX02'), daily('1 x 2', [['08:00', 1], ['20:00', 1]]));
    const c = checks([tramadol, morfin], { patient: bornOn('1960-01-01', true) });
    expect(c.older).toBe(false);
    expect(c.findings.map((f) => f.rule)).toEqual(['palliative-anxiety', 'palliative-nausea', 'palliative-rattle']);
  });

  it('the exemption is for the as-needed injections only: a scheduled tablet of haloperidol above 2 mg is still flagged', () => {
    const tablets = ordination('C-9', drug('Haldol 1 mg tablett', 'haloperidol', 1, 'N05AD01'), daily('3 på kvällen', [['18:00', 3]]));
    expect(findingsOf(checks([...ALL, tablets], { patient: PATIENT }), 'dose-haloperidol')).toHaveLength(1);
  });
});
