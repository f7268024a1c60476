import { describe, expect, it } from 'vitest';
import { amountOf, canonicalDosage, slotOf, strengthKey, unitKey, unitWord } from '../../src/dosage';
import type { ClockTime, IsoDate, RecordedDosage } from '../../src/model';

describe('time-of-day slots', () => {
  it('put each clock time in the slot the dose bags use, the night slot running past midnight', () => {
    const cases: ReadonlyArray<[string, string]> = [
      ['05:00', 'morning'], ['10:59', 'morning'], ['11:00', 'midday'], ['14:59', 'midday'],
      ['15:00', 'evening'], ['20:59', 'evening'], ['21:00', 'night'], ['00:00', 'night'], ['04:59', 'night'],
    ];
    for (const [time, slot] of cases) expect(slotOf(time as ClockTime)).toBe(slot);
  });
});

describe('amounts of substance', () => {
  it('are quantity times strength, in base units', () => {
    expect(amountOf(2, 'tabletter', { value: 50, unit: 'mikrog' }, 1)).toEqual({ value: 100, unit: 'mikrog' });
    expect(amountOf(1, 'tablett', { value: 0.1, unit: 'mg' }, 1)).toEqual({ value: 100, unit: 'mikrog' });
    expect(amountOf(0.5, 'tbl', { value: 12.5, unit: 'mg' }, 1)).toEqual({ value: 6250, unit: 'mikrog' });
  });

  it('of a patch are its release rate', () => {
    expect(amountOf(1, 'plåster', { value: 12, unit: 'mikrog/timme' }, 1)).toEqual({ value: 12, unit: 'mikrog/timme' });
  });

  it('of a solution given in ml follow its concentration; insulin units are the amount itself', () => {
    expect(amountOf(5, 'ml', { value: 1, unit: 'mg/ml' }, 1)).toEqual({ value: 5000, unit: 'mikrog' });
    expect(amountOf(8, 'E', { value: 100, unit: 'E/ml' }, 1)).toEqual({ value: 8, unit: 'E' });
  });

  it('cannot be known for drops of a mg/ml solution or a mass dose of a combination product', () => {
    expect(amountOf(10, 'droppar', { value: 2, unit: 'mg/ml' }, 1)).toBeUndefined();
    expect(amountOf(500, 'mg', { value: 20, unit: 'mg' }, 2)).toBeUndefined();
  });

  it('without a strength, are the dose units themselves', () => {
    expect(amountOf(2, 'tabletter', undefined, 1)).toEqual({ value: 2, unit: 'tablett' });
  });

  it('compare strengths across units', () => {
    expect(strengthKey({ value: 0.5, unit: 'mg' })).toBe(strengthKey({ value: 500, unit: 'mikrog' }));
    expect(strengthKey({ value: 10, unit: 'mg/ml' })).toBe('10 mg/ml');
  });

  it('unit names fold to one form each', () => {
    expect(['tablett', 'Tabletter', 'tabl', 'tbl', 't'].map(unitKey)).toEqual(Array(5).fill('tablett'));
    expect(['kapsel', 'kapslar', 'kaps'].map(unitKey)).toEqual(Array(3).fill('kapsel'));
    expect(['E', 'IE', 'e'].map(unitKey)).toEqual(['E', 'E', 'E']);
  });
});

describe('the canonical dosage', () => {
  const recorded = (extra: Partial<RecordedDosage>): RecordedDosage => ({ text: 'x', doses: [], intervalDays: 1, weekdays: [], steps: [], ...extra });
  const at = (time: string, quantity = 1) => ({ time: time as ClockTime, quantity, unit: 'tablett' });

  it('adds doses of one slot together and drops zero doses', () => {
    expect(canonicalDosage(recorded({ doses: [at('07:00'), at('09:00', 0.5), at('20:00', 0)] }), '2026-11-20' as IsoDate)).toEqual({
      kind: 'scheduled',
      schedule: { doses: [{ slot: 'morning', quantity: 1.5, unit: 'tablett' }], intervalDays: 1, weekdays: [] },
    });
  });

  it('reads weekdays as a weekly cycle, Monday first', () => {
    const c = canonicalDosage(recorded({ doses: [at('08:00')], weekdays: ['thu', 'mon'] }), '2026-11-20' as IsoDate);
    expect(c.kind === 'scheduled' && [c.schedule.intervalDays, c.schedule.weekdays]).toEqual([7, ['mon', 'thu']]);
  });

  it('takes the step in force, and between steps no scheduled dose', () => {
    const steps = [
      { from: '2026-11-01' as IsoDate, to: '2026-11-10' as IsoDate, doses: [at('08:00', 2)], intervalDays: 1 },
      { from: '2026-11-15' as IsoDate, doses: [at('08:00', 1)], intervalDays: 1 },
    ];
    const on = (d: string) => canonicalDosage(recorded({ steps }), d as IsoDate);
    expect(on('2026-11-05')).toMatchObject({ kind: 'scheduled', step: 0, schedule: { doses: [{ quantity: 2 }] } });
    expect(on('2026-11-20')).toMatchObject({ kind: 'scheduled', step: 1, schedule: { doses: [{ quantity: 1 }] } });
    expect(on('2026-11-12')).toMatchObject({ kind: 'scheduled', step: -1, schedule: { doses: [] } });
  });

  it('keeps only the text, folded, when nothing is structured and the text carries no dose', () => {
    expect(canonicalDosage(recorded({ text: '  Enligt  ordination ' }), '2026-11-20' as IsoDate)).toEqual({ kind: 'no-dose', text: 'enligt ordination' });
  });
});

describe('unit words', () => {
  it('take the plural past one, and a name that is no unit (even an Object member) stays as written', () => {
    expect([unitWord('tablett', 1), unitWord('tablett', 2), unitWord('inhalation', 2), unitWord('mg', 5), unitWord('constructor', 2)]).toEqual([
      'tablett',
      'tabletter',
      'inhalationer',
      'mg',
      'constructor',
    ]);
  });
});
