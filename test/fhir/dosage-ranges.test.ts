import * as E from 'fp-ts/lib/Either.js';
import { describe, expect, it } from 'vitest';
import { fromFhir } from '../../src/fhir';
import { bundle, dose, medication, request, timed } from './builders';

// Timings real senders write (HL7's examples 0301, 0305, 0316, 0321, 0332), read as what they say.
const oxycodone = medication('OxyNorm 5 mg kapsel', 'oxikodon', 5);
const read = (dosage: Record<string, unknown>) => {
  const list = fromFhir(bundle(request('rx-1', oxycodone, [dosage])), { source: 'pascal' });
  if (E.isLeft(list)) throw new Error(list.left.message);
  expect(list.right.invalid).toEqual([]);
  expect(list.right.problems).toEqual([]);
  return list.right.prescriptions[0]!;
};

describe('a range of frequency is read as-needed style: its upper end is the maximum, no schedule is guessed', () => {
  it('every 4–6 hours as needed: at least 4 hours apart', () => {
    const p = read({ text: 'var 4–6 timme vid behov', asNeededBoolean: true, timing: { repeat: { frequency: 1, period: 4, periodMax: 6, periodUnit: 'h' } }, ...dose(1, 'kapsel') });
    expect(p.dosage).toMatchObject({ asNeeded: { quantity: 1, unit: 'kapsel', minIntervalHours: 4 } });
    expect(p.kind).toBe('as-needed');
  });

  it('1–2 times a day, not flagged as needed: at most 2 a day, as needed', () => {
    const p = read({ text: '1 kapsel 1–2 gånger dagligen', timing: { repeat: { frequency: 1, frequencyMax: 2, period: 1, periodUnit: 'd' } }, ...dose(1, 'kapsel') });
    expect(p.dosage).toMatchObject({ doses: [], asNeeded: { quantity: 1, unit: 'kapsel', maxPerDay: 2 } });
  });
});

describe('a course of a count of doses ends after the last one', () => {
  it('a single dose (count 1) is a course of one day', () => {
    const p = read({ text: 'en engångsdos', timing: { repeat: { count: 1 } }, ...dose(1, 'kapsel') });
    expect(p.period).toEqual({ start: '2025-01-01', end: '2025-01-01' });
    expect(p.kind).toBe('course');
  });

  it('10 doses twice a day end on the fifth day; at most countMax when given', () => {
    expect(read(timed('1 kapsel morgon och kväll, 10 doser', 1, ['08:00:00', '20:00:00'], {}, { count: 10 })).period).toEqual({ start: '2025-01-01', end: '2025-01-05' });
    expect(read(timed('1 kapsel morgon och kväll, 6–10 doser', 1, ['08:00:00', '20:00:00'], {}, { count: 6, countMax: 10 })).period).toEqual({ start: '2025-01-01', end: '2025-01-05' });
  });
});

describe('an offset moves an event by minutes', () => {
  it('10 minutes before breakfast is 07:50, still in the morning slot', () => {
    const p = read({ ...timed('10 min före frukost', 1, []), timing: { repeat: { frequency: 1, period: 1, periodUnit: 'd', when: ['ACM'], offset: 10 } } });
    expect('doses' in p.dosage && p.dosage.doses).toEqual([{ time: '07:50', quantity: 1, unit: 'tablett' }]);
  });
});
