import * as E from 'fp-ts/lib/Either.js';
import { describe, expect, it } from 'vitest';
import { aggregateOf, indicatorValues, type PatientFacts } from '../../src/followup';
import { batchResults, factsOf } from './results';

const right = <T>(x: T) => E.right(x) as { readonly _tag: 'Right'; readonly right: T };

describe('what follow-up reads of a batch result line', () => {
  const { results } = batchResults(7, 0, 40);

  it('is where and when, dose dispensing, 75 and over, palliative, and the kinds of discrepancies, deviations and findings', () => {
    const r = results[0]!;
    const f = factsOf(r);
    expect(f).toMatchObject({ line: 1, asOf: '2026-11-20', month: '2026-11', unit: r.unit, municipality: r.patient.municipality, doseDispensing: r.doseDispensing, older: r.checks.older, palliative: r.checks.palliative });
    expect(f.discrepancies).toEqual(r.discrepancies.map((d) => d.kind));
    expect(f.deviations.map((d) => d.riskBand)).toEqual(r.deviations.map((d) => d.riskBand));
    expect(f.findings.map((x) => x.rule)).toEqual(r.findings.map((x) => x.rule));
  });

  it('never holds the patient id', () => {
    for (const r of results) expect(JSON.stringify(factsOf(r))).not.toContain(r.patient.id);
  });
});

const patient = (over: Partial<PatientFacts>): PatientFacts => ({
  line: 1,
  asOf: '2026-11-20' as PatientFacts['asOf'],
  month: '2026-11',
  unit: 'Hemsjukvården',
  municipality: 'Karlstad',
  doseDispensing: true,
  older: true,
  palliative: false,
  palliativeInjections: null,
  invalidItems: 0,
  partlyReadItems: 0,
  discrepancies: [],
  deviations: [],
  findings: [],
  ...over,
});

describe('the indicators', () => {
  const values = (ps: ReadonlyArray<PatientFacts>) => new Map(indicatorValues(aggregateOf(ps.map(right)).total.indicators).map((v) => [v.id, v]));

  it('75 and over with a drug to avoid: those with an avoid finding among those aged 75 and over; age unknown is left out', () => {
    const v = values([
      patient({ findings: [{ kind: 'avoid', rule: 'avoid-tramadol', assessment: 'flagged' }] }),
      patient({ findings: [{ kind: 'dose', rule: 'dose-zopiclone', assessment: 'flagged' }] }),
      patient({ older: false, findings: [] }),
      patient({ older: null }),
    ]).get('older-drug-to-avoid')!;
    expect(v).toMatchObject({ numerator: 1, denominator: 2, share: 0.5, target: { kind: 'as-low-as-possible' }, met: null });
  });

  it('palliative patients with as-needed opioid and anxiolytic injections, against 98 %', () => {
    const all = { pain: true, anxiety: true, nausea: true, rattle: true };
    const ps = [
      ...Array.from({ length: 49 }, () => patient({ palliative: true, palliativeInjections: all })),
      patient({ palliative: true, palliativeInjections: { ...all, anxiety: false } }),
      patient({}),
    ];
    const v = values(ps);
    expect(v.get('palliative-opioid-and-anxiolytic')).toMatchObject({ numerator: 49, denominator: 50, share: 0.98, target: { kind: 'at-least', share: 0.98 }, met: true });
    expect(v.get('palliative-opioid')).toMatchObject({ numerator: 50, denominator: 50, met: true });
    expect(values(ps.slice(1)).get('palliative-opioid-and-anxiolytic')).toMatchObject({ numerator: 48, denominator: 49, met: false });
  });

  it('dose-dispensed patients whose lists agree completely: no discrepancy and no unreadable item', () => {
    const v = values([
      patient({}),
      patient({ invalidItems: 1 }),
      patient({ discrepancies: ['dose'] }),
      patient({ doseDispensing: false }),
      patient({ doseDispensing: null }),
    ]).get('dose-dispensed-agreeing')!;
    expect(v).toMatchObject({ numerator: 1, denominator: 3, target: { kind: 'at-least', share: 1 }, met: false });
  });

  it('have no share and no verdict when no one is in the denominator', () => {
    expect(values([patient({ older: false })]).get('palliative-opioid')).toMatchObject({ numerator: 0, denominator: 0, share: null, met: null });
  });
});
