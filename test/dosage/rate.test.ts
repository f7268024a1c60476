import { describe, expect, it } from 'vitest';
import { canonicalDosage, dosageSignature, rateKey, ratePerHour, rateText, renderDosage, substancePerHour } from '../../src/dosage';
import type { IsoDate, RecordedDosage } from '../../src/model';

const AS_OF = '2026-11-20' as IsoDate;

const infusion = (quantity: number, unit: string, per: 'min' | 'h' | 'd'): RecordedDosage => ({ text: '', doses: [], intervalDays: 1, weekdays: [], steps: [], rate: { quantity, unit, per } });

describe('a dose rate (doshastighet)', () => {
  it('is the whole canonical dosage, its unit folded', () => {
    expect(canonicalDosage(infusion(2, 'ML', 'h'), AS_OF)).toEqual({ kind: 'rate', rate: { quantity: 2, unit: 'ml', per: 'h' } });
  });

  it('per hour in the base unit of its measure: 2 mg/timme is 48 mg/dygn and 2000 mikrog/timme', () => {
    expect(ratePerHour({ quantity: 2, unit: 'mg', per: 'h' })).toEqual({ value: 2000, unit: 'mikrog' });
    expect(rateKey({ quantity: 48, unit: 'mg', per: 'd' })).toBe(rateKey({ quantity: 2000, unit: 'mikrog', per: 'h' }));
    expect(ratePerHour({ quantity: 0.5, unit: 'ml', per: 'min' })).toEqual({ value: 30, unit: 'ml' });
    expect(ratePerHour({ quantity: 4, unit: 'mikrog/kg', per: 'min' })).toEqual({ value: 240, unit: 'mikrog/kg' });
  });

  it('in amounts of substance where the strength converts: 2 ml/timme of 1 mg/ml is 2 mg of morphine an hour', () => {
    expect(substancePerHour({ quantity: 2, unit: 'ml', per: 'h' }, { value: 1, unit: 'mg/ml' }, 1)).toEqual({ value: 2000, unit: 'mikrog' });
    expect(substancePerHour({ quantity: 2, unit: 'ml', per: 'h' }, undefined, 2)).toBeUndefined();
  });

  it('signs like the same amount of substance an hour, however written', () => {
    const morfin = [{ name: 'morfin', strength: { value: 1, unit: 'mg/ml' } }];
    const sign = (d: RecordedDosage) => dosageSignature(canonicalDosage(d, AS_OF), morfin);
    expect(sign(infusion(2, 'ml', 'h'))).toBe(sign(infusion(48, 'mg', 'd')));
    expect(sign(infusion(2, 'ml', 'h'))).not.toBe(sign(infusion(4, 'mg', 'h')));
  });

  it('reads in Swedish: "2 ml/timme", "0,5 mikrog/kg/minut", continuously', () => {
    expect(rateText({ quantity: 2, unit: 'ml', per: 'h' })).toBe('2 ml/timme');
    expect(rateText({ quantity: 0.3, unit: 'mikrog/kg', per: 'min' })).toBe('0,3 mikrog/kg/minut');
    expect(renderDosage({ kind: 'rate', rate: { quantity: 48, unit: 'mg', per: 'd' } })).toBe('48 mg/dygn kontinuerligt');
  });
});
