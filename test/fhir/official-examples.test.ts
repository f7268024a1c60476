import * as E from 'fp-ts/lib/Either.js';
import { describe, expect, it } from 'vitest';
import { parseJournal } from '../../src/decode';
import type { RecordedDosage } from '../../src/model';
import { fromFhir } from '../../src/fhir';
import { reconcile } from '../../src/reconcile';
import { journal, ordination, product, dose as jsonDose } from '../builders';
import { bundle, dose, medication, request, statement, timed } from './builders';

// Cases in the style of the official FHIR R4 MedicationRequest examples, with Swedish products.
const prescriptions = (...resources: Record<string, unknown>[]) => {
  const list = fromFhir(bundle(...resources), { source: 'pascal' });
  if (E.isLeft(list)) throw new Error(list.left.message);
  return list.right;
};

describe('a MedicationRequest with timing', () => {
  it('reads times of day, event timings and the treatment period into doses of a day', () => {
    const list = prescriptions(
      request('rx-1', medication('Metformin 500 mg tablett', 'metformin', 500), [timed('1 tablett morgon och kväll', 1, ['08:00:00', '20:00:00'], {}, { boundsPeriod: { start: '2026-01-01', end: '2026-12-31' } })]),
      request('rx-2', medication('Levaxin 100 mikrog tablett', 'levotyroxin', 100, 'ug'), [
        { sequence: 1, text: '1 tablett på morgonen', timing: { repeat: { frequency: 1, period: 1, periodUnit: 'd', when: ['MORN'] } }, ...dose(1) },
      ]),
    );
    expect(list.invalid).toEqual([]);
    const [metformin, levaxin] = list.prescriptions;
    expect(metformin).toMatchObject({
      id: 'rx-1',
      route: 'oral',
      period: { start: '2026-01-01', end: '2026-12-31' },
      kind: 'course',
      dispensing: 'dose-dispensed',
      dosage: { text: '1 tablett morgon och kväll', doses: [{ time: '08:00', quantity: 1, unit: 'tablett' }, { time: '20:00', quantity: 1, unit: 'tablett' }], intervalDays: 1 },
    });
    expect(levaxin).toMatchObject({ period: { start: '2025-01-01' }, kind: 'continuous', dosage: { doses: [{ time: '08:00', quantity: 1 }] } });
    expect(levaxin!.product.substances).toEqual([{ name: 'levotyroxin', strength: { value: 100, unit: 'mikrog' } }]);
  });

  it('keeps only the text of "three times a day" with no times of day: no clock time is invented', () => {
    const list = prescriptions(request('rx-3', medication('Alvedon 500 mg tablett', 'paracetamol', 500), [{ text: '2 tabletter 3 gånger dagligen', timing: { repeat: { frequency: 3, period: 1, periodUnit: 'd' } }, ...dose(2) }]));
    expect(list.prescriptions[0]!.dosage).toEqual({ text: '2 tabletter 3 gånger dagligen', doses: [], intervalDays: 1, weekdays: [], steps: [] });
  });

  it('reads a weekly dose on named days, and a patch every third day', () => {
    const list = prescriptions(
      request('rx-4', medication('Metotrexat 2,5 mg tablett', 'metotrexat', 2.5), [timed('4 tabletter på måndagar', 4, ['08:00:00'], {}, { period: 1, periodUnit: 'wk', dayOfWeek: ['mon'] })]),
      request('rx-5', medication('Fentanyl 12 mikrog/timme depotplåster', 'fentanyl', 12, 'mikrog', { ingredient: [{ itemCodeableConcept: { text: 'fentanyl' }, strength: { numerator: { value: 12, unit: 'mikrog' }, denominator: { value: 1, unit: 'h' } } }] }), [
        { text: '1 plåster var tredje dag', timing: { repeat: { frequency: 1, period: 3, periodUnit: 'd', timeOfDay: ['08:00:00'] } }, doseAndRate: [{ doseQuantity: { value: 1, unit: 'plåster' } }] },
      ]),
    );
    expect(list.invalid).toEqual([]);
    expect(list.prescriptions[0]!.dosage).toMatchObject({ doses: [{ time: '08:00', quantity: 4 }], intervalDays: 7, weekdays: ['mon'] });
    expect(list.prescriptions[1]!.dosage).toMatchObject({ doses: [{ time: '08:00', quantity: 1, unit: 'plåster' }], intervalDays: 3 });
    expect(list.prescriptions[1]!.product.substances[0]!.strength).toEqual({ value: 12, unit: 'mikrog/timme' });
  });
});

describe('as needed with a maximum dose', () => {
  it('reads indication, dose, minimum interval and maximum per day', () => {
    const list = prescriptions(
      request('rx-6', medication('OxyNorm 5 mg kapsel', 'oxikodon', 5), [
        {
          sequence: 1,
          text: '1 kapsel vid behov, högst 4 per dygn',
          asNeededCodeableConcept: { coding: [{ system: 'http://snomed.info/sct', code: '22253000', display: 'Pain' }], text: 'smärta' },
          timing: { repeat: { frequency: 1, period: 4, periodUnit: 'h' } },
          doseAndRate: [{ doseQuantity: { value: 1, unit: 'kapsel' } }],
          maxDosePerPeriod: { numerator: { value: 4, unit: 'kapslar' }, denominator: { value: 1, system: 'http://unitsofmeasure.org', code: 'd' } },
        },
      ]),
    );
    expect(list.invalid).toEqual([]);
    expect(list.prescriptions[0]).toMatchObject({
      kind: 'as-needed',
      dosage: { doses: [], asNeeded: { quantity: 1, unit: 'kapsel', maxPerDay: 4, minIntervalHours: 4, indication: 'smärta' } },
    });
  });

  it('reads "1–2 tablets as needed" as its upper end, the most taken at once, and "at most 3 times a day" as a maximum', () => {
    const list = prescriptions(
      request('rx-7', medication('Alvedon 500 mg tablett', 'paracetamol', 500), [
        { text: '1–2 tabletter vid behov, högst 3 gånger per dygn', asNeededBoolean: true, timing: { repeat: { frequency: 3, period: 1, periodUnit: 'd' } }, doseAndRate: [{ doseRange: { low: { value: 1, unit: 'tablett' }, high: { value: 2, unit: 'tablett' } } }] },
      ]),
    );
    expect((list.prescriptions[0]!.dosage as RecordedDosage).asNeeded).toEqual({ quantity: 2, unit: 'tablett', maxPerDay: 6 });
  });
});

describe('tapering with sequence, as NLL uses it', () => {
  const taper = [
    { sequence: 1, text: 'Nedtrappning', timing: { repeat: { boundsDuration: { value: 5, unit: 'dygn', system: 'http://unitsofmeasure.org', code: 'd' }, frequency: 1, period: 1, periodUnit: 'd', timeOfDay: ['08:00:00'] } }, ...dose(4) },
    { sequence: 2, text: 'Nedtrappning', timing: { repeat: { boundsDuration: { value: 5, code: 'd', system: 'http://unitsofmeasure.org' }, frequency: 1, period: 1, periodUnit: 'd', timeOfDay: ['08:00:00'] } }, ...dose(2) },
    // The third step: parallel doses, morning and evening, share sequence 3.
    { sequence: 3, text: 'Nedtrappning', timing: { repeat: { boundsPeriod: { start: '2026-11-26', end: '2026-11-30' }, frequency: 1, period: 1, periodUnit: 'd', timeOfDay: ['08:00:00'] } }, ...dose(1) },
    { sequence: 3, text: 'Nedtrappning', timing: { repeat: { boundsPeriod: { start: '2026-11-26', end: '2026-11-30' }, frequency: 1, period: 1, periodUnit: 'd', timeOfDay: ['20:00:00'] } }, ...dose(0.5) },
  ];

  it('makes increasing sequence numbers dose steps, and equal ones parallel doses of a step', () => {
    const list = prescriptions(request('rx-8', medication('Prednisolon 5 mg tablett', 'prednisolon', 5), taper, { authoredOn: '2026-11-16' }));
    expect(list.invalid).toEqual([]);
    const p = list.prescriptions[0]!;
    expect(p.period).toEqual({ start: '2026-11-16', end: '2026-11-30' });
    expect(p.dosage.text).toBe('Nedtrappning');
    expect((p.dosage as RecordedDosage).steps).toEqual([
      { from: '2026-11-16', to: '2026-11-20', doses: [{ time: '08:00', quantity: 4, unit: 'tablett' }], intervalDays: 1 },
      { from: '2026-11-21', to: '2026-11-25', doses: [{ time: '08:00', quantity: 2, unit: 'tablett' }], intervalDays: 1 },
      { from: '2026-11-26', to: '2026-11-30', doses: [{ time: '08:00', quantity: 1, unit: 'tablett' }, { time: '20:00', quantity: 0.5, unit: 'tablett' }], intervalDays: 1 },
    ]);
  });

  it('reconciles the step in force against the journal: on 2026-11-22 the journal still gives the first step', () => {
    const pascal = prescriptions(request('rx-8', medication('Prednisolon 5 mg tablett', 'prednisolon', 5), taper, { authoredOn: '2026-11-16' }));
    const cosmic = parseJournal(JSON.stringify(journal(ordination('C-1', product('Prednisolon 5 mg tablett', 'prednisolon', 5), { text: '4 tabletter på morgonen', doses: [jsonDose('08:00', 4)] }, { period: { start: '2026-11-16' } }))));
    if (E.isLeft(cosmic)) throw new Error(cosmic.left.message);
    const result = reconcile(cosmic.right, pascal, { asOf: '2026-11-22' });
    expect(E.isRight(result) && result.right.discrepancies.map((d) => d.kind)).toContain('dose');
  });
});

describe('the journal as MedicationStatements', () => {
  it('reads a self-care statement (category patientspecified) and a stopped one dated by its effective end', () => {
    const list = fromFhir(
      bundle(
        statement('ms-1', medication('Alvedon 500 mg tablett', 'paracetamol', 500), [timed('2 tabletter morgon', 2, ['08:00:00'])], {
          category: { coding: [{ system: 'http://terminology.hl7.org/CodeSystem/medication-statement-category', code: 'patientspecified' }] },
        }),
        statement('ms-2', medication('Zopiklon 5 mg tablett', 'zopiklon', 5), [timed('1 tablett till natten', 1, ['21:00:00'])], {
          status: 'stopped',
          statusReason: [{ text: 'fallrisk' }],
          effectivePeriod: { start: '2025-01-10', end: '2026-11-15' },
        }),
      ),
      { source: 'cosmic' },
    );
    if (E.isLeft(list)) throw new Error(list.left.message);
    expect(list.right.ordinations.map((o) => [o.id, o.supply, o.status, o.period])).toEqual([
      ['ms-1', 'self-care', { kind: 'active' }, { start: '2025-01-01' }],
      ['ms-2', 'prescription', { kind: 'discontinued', date: '2026-11-15', reason: 'fallrisk' }, { start: '2025-01-10' }],
    ]);
  });
});
