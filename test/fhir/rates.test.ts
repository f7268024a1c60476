import fc from 'fast-check';
import * as E from 'fp-ts/lib/Either.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { fromFhir, listToFhir, toFhir, type DecodedList } from '../../src/fhir';
import { reconcile } from '../../src/reconcile';
import { arbFhirRateQuantity } from '../arbitrary';
import { bundle, dose, medication, request, statement } from './builders';
import { itemsOf, readExample } from './hl7-r4/examples';
import { loadR4, R4_LOAD_TIMEOUT_MS, r4Errors } from './validate';

// Infusions (HL7's examples 0319, 0322, 0323, 0336–0338) and doses at listed instants (0323), as
// real senders write them.
const morphine = medication('Morfin 1 mg/ml injektionsvätska', 'morfin', 1, 'mg', {
  form: { text: 'injektionsvätska, lösning' },
  ingredient: [{ itemCodeableConcept: { text: 'morfin' }, isActive: true, strength: { numerator: { value: 1, unit: 'mg' }, denominator: { value: 1, unit: 'ml' } } }],
});

const readList = (doc: Record<string, unknown>, source: 'cosmic' | 'pascal'): DecodedList => {
  const list = fromFhir(doc, { source });
  if (E.isLeft(list)) throw new Error(list.left.message);
  expect(list.right.invalid).toEqual([]);
  expect(list.right.problems).toEqual([]);
  return list.right;
};

const readRequest = (dosage: Record<string, unknown>) => {
  const list = readList(bundle(request('rx-1', morphine, [dosage])), 'pascal');
  return list.source === 'pascal' ? list.prescriptions[0]! : undefined!;
};

beforeAll(loadR4, R4_LOAD_TIMEOUT_MS);

describe('a rate with no dose is a continuous dosage: an infusion of so much per hour', () => {
  it('rateQuantity of 2 mL/h, by its unit or by its UCUM code', () => {
    const byUnit = readRequest({ text: 'morfin 2 mg/timme i infusion', doseAndRate: [{ rateQuantity: { value: 2, unit: 'ml/h' } }] });
    expect(byUnit.dosage).toEqual({ text: 'morfin 2 mg/timme i infusion', doses: [], intervalDays: 1, weekdays: [], steps: [], rate: { quantity: 2, unit: 'ml', per: 'h' } });
    expect(byUnit.kind).toBe('continuous');
    const byCode = readRequest({ text: 'infusion', doseAndRate: [{ rateQuantity: { value: 2, system: 'http://unitsofmeasure.org', code: 'mL/h' } }] });
    expect(byCode.dosage).toMatchObject({ rate: { quantity: 2, unit: 'ml', per: 'h' } });
  });

  it('a weight-based rate and a rate per minute keep their units (4 ug/kg/min is 4 mikrog/kg per minute)', () => {
    expect(readRequest({ text: 'Dopamine 4mcg/kg/min', doseAndRate: [{ rateQuantity: { value: 4, unit: 'ug/kg/min' } }] }).dosage).toMatchObject({ rate: { quantity: 4, unit: 'mikrog/kg', per: 'min' } });
    expect(readRequest({ text: 'Dopamine', doseAndRate: [{ rateQuantity: { value: 200, unit: 'ug/min' } }] }).dosage).toMatchObject({ rate: { quantity: 200, unit: 'mikrog', per: 'min' } });
  });

  it('rateRatio: 100 mL per 1 h, and 1,8 mg per 20 min (0,09 mg a minute)', () => {
    const perHour = readRequest({ text: 'KCl 100 ml/h', doseAndRate: [{ rateRatio: { numerator: { value: 100, code: 'mL' }, denominator: { value: 1, code: 'h' } } }] });
    expect(perHour.dosage).toMatchObject({ rate: { quantity: 100, unit: 'ml', per: 'h' } });
    const per20 = readRequest({ text: '1,8 mg på 20 minuter', doseAndRate: [{ rateRatio: { numerator: { value: 1.8, unit: 'mg' }, denominator: { value: 20, unit: 'min' } } }] });
    expect(per20.dosage).toMatchObject({ rate: { quantity: 0.09, unit: 'mg', per: 'min' } });
  });

  it('a rate beside a dose is how fast each dose is given: the dose is read, the rate is not', () => {
    const p = readRequest({ text: '4 ml morgon, infunderas med 50 ml/h', timing: { repeat: { when: ['MORN'] } }, doseAndRate: [{ doseQuantity: { value: 4, unit: 'ml' }, rateQuantity: { value: 50, unit: 'ml/h' } }] });
    expect(p.dosage).toEqual({ text: '4 ml morgon, infunderas med 50 ml/h', doses: [{ time: '08:00', quantity: 4, unit: 'ml' }], intervalDays: 1, weekdays: [], steps: [] });
  });

  it('an infusion bounded by a period is a course', () => {
    const p = readRequest({ text: 'morfin 2 ml/h', timing: { repeat: { boundsPeriod: { start: '2026-11-18', end: '2026-11-25' } } }, doseAndRate: [{ rateQuantity: { value: 2, unit: 'ml/h' } }] });
    expect([p.period, p.kind]).toEqual([{ start: '2026-11-18', end: '2026-11-25' }, 'course']);
  });
});

describe('timing.event: doses at listed instants', () => {
  it('alone, each is a dose on its date at its time of day: one dose step per date, none between them', () => {
    const p = readRequest({
      text: '1 tablett 20/11 kl 8 och 20, 1 tablett 22/11 kl 8',
      timing: { event: ['2026-11-22T08:00:00+01:00', '2026-11-20T20:00:00+01:00', '2026-11-20T08:00:00+01:00'] },
      ...dose(1),
    });
    expect(p.dosage).toMatchObject({
      doses: [],
      steps: [
        { from: '2026-11-20', to: '2026-11-20', doses: [{ time: '08:00', quantity: 1, unit: 'tablett' }, { time: '20:00', quantity: 1, unit: 'tablett' }], intervalDays: 1 },
        { from: '2026-11-22', to: '2026-11-22', doses: [{ time: '08:00', quantity: 1, unit: 'tablett' }], intervalDays: 1 },
      ],
    });
    expect([p.period, p.kind]).toEqual([{ start: '2026-11-20', end: '2026-11-22' }, 'course']);
  });

  it('beside a repeating timing the events are an interpretation of it (FHIR): the repeat is read', () => {
    const p = readRequest({ text: '1 tablett morgon', timing: { event: ['2026-11-20T08:00:00+01:00'], repeat: { frequency: 1, period: 1, periodUnit: 'd', when: ['MORN'] } }, ...dose(1) });
    expect(p.dosage).toMatchObject({ doses: [{ time: '08:00', quantity: 1, unit: 'tablett' }], steps: [] });
  });
});

describe('written back, a rate and dated doses read the same, and the validator finds no error', () => {
  it('an infusion (MedicationStatement and MedicationRequest) and dated doses', () => {
    const journal = readList(bundle(statement('ms-1', morphine, [{ text: 'morfin 2 mg/h', doseAndRate: [{ rateQuantity: { value: 2, unit: 'mg/h' } }] }])), 'cosmic');
    const list = readList(
      bundle(
        request('rx-1', morphine, [{ text: 'morfin 0,5 mikrog/kg/min', doseAndRate: [{ rateQuantity: { value: 0.5, unit: 'ug/kg/min' } }] }]),
        request('rx-2', morphine, [{ text: 'två doser', timing: { event: ['2026-11-20T08:00:00+01:00', '2026-11-21T20:00:00+01:00'] }, ...dose(2, 'ml') }]),
      ),
      'pascal',
    );
    for (const before of [journal, list]) {
      const written = listToFhir(before as Parameters<typeof listToFhir>[0]);
      expect(r4Errors(written)).toEqual([]);
      const after = readList(JSON.parse(JSON.stringify(written)) as Record<string, unknown>, before.source);
      const items = (l: DecodedList) => (l.source === 'cosmic' ? l.ordinations : l.prescriptions).map(({ index: _index, ...rest }) => rest);
      expect(items(after)).toEqual(items(before));
    }
  }, 60_000); // indexing the R4 definitions and validating: a few seconds of CPU alone, more on a busy machine.
});

describe('a law of rates written back', () => {
  it('any rate a sender writes reads as a rate, and written and read again is the same item', () => {
    fc.assert(
      fc.property(arbFhirRateQuantity, (rateQuantity) => {
        const before = readList(bundle(request('rx-1', morphine, [{ text: 'infusion', doseAndRate: [{ rateQuantity }] }])), 'pascal');
        const after = readList(JSON.parse(JSON.stringify(listToFhir(before as Parameters<typeof listToFhir>[0]))) as Record<string, unknown>, 'pascal');
        const items = (l: DecodedList) => (l.source === 'pascal' ? l.prescriptions : []).map(({ index: _index, ...rest }) => rest);
        expect(items(before)[0]?.dosage).toHaveProperty('rate');
        expect(items(after)).toEqual(items(before));
      }),
      { numRuns: 100 },
    );
  }, 60_000); // 100 small lists read, written and read again: well under a second alone, more on a busy machine.
});

describe('a reconciliation of infusions, written as FHIR', () => {
  it('validates with no error, the differing rates a DetectedIssue', () => {
    const journal = readList(bundle(statement('ms-1', morphine, [{ text: 'morfin 2 mg/h', doseAndRate: [{ rateQuantity: { value: 2, unit: 'mg/h' } }] }])), 'cosmic');
    const list = readList(bundle(request('rx-1', morphine, [{ text: 'morfin 4 ml/h', doseAndRate: [{ rateQuantity: { value: 4, unit: 'ml/h' } }] }])), 'pascal');
    if (journal.source !== 'cosmic' || list.source !== 'pascal') throw new Error('one list of each');
    const result = reconcile(journal, list, { asOf: '2026-11-20' });
    if (E.isLeft(result)) throw new Error(result.left.message);
    const written = toFhir(result.right);
    expect(r4Errors(written)).toEqual([]);
    expect((written.entry ?? []).filter((e) => e.resource?.resourceType === 'DetectedIssue')).toHaveLength(1);
  }, 60_000); // validating a Bundle: well under a second alone, more on a busy machine.
});

describe("HL7's infusion examples", () => {
  const itemOf = (file: string) => {
    const { bundle: read } = readExample(file);
    if (E.isLeft(read)) throw new Error(read.left.message);
    return itemsOf(read.right)[0]!;
  };

  it('0336 and 0337, dopamine by rate alone: 4 mikrog/kg a minute, 200 mikrog a minute', () => {
    expect(itemOf('medicationrequest0336.json').dosage).toMatchObject({ rate: { quantity: 4, unit: 'mikrog/kg', per: 'min' } });
    expect(itemOf('medicationrequest0337.json').dosage).toMatchObject({ rate: { quantity: 200, unit: 'mikrog', per: 'min' } });
  });

  it('0319 and 0323, a dose infused at a rate with no time of day: the dose kept as its text, the rate (a speed) not read', () => {
    for (const file of ['medicationrequest0319.json', 'medicationrequest0323.json']) {
      const dosage = itemOf(file).dosage;
      expect(dosage).toMatchObject({ doses: [], steps: [] });
      expect(dosage).not.toHaveProperty('rate');
    }
  });
});
