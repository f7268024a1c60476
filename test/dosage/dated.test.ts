import { describe, expect, it } from 'vitest';
import { canonicalDosage, isRight, renderDosage } from '../../src/entries/dosage';

const recorded = { text: '1+0+1+0', doses: [], intervalDays: 1, weekdays: [], steps: [] };

describe('canonicalDosage, as medrec/dosage exports it', () => {
  it('takes the date as a string or a Date, the same either way', () => {
    const byString = canonicalDosage(recorded, '2026-11-20', { unit: 'tablett' });
    expect(canonicalDosage(recorded, new Date(2026, 10, 20), { unit: 'tablett' })).toEqual(byString);
    expect(isRight(byString) && renderDosage(byString.right)).toBe('1 tablett morgon och kväll');
  });

  it('says so when the date is no date', () => {
    expect(canonicalDosage(recorded, '2026-02-30')).toEqual({
      _tag: 'Left',
      left: { kind: 'invalid-date', path: 'asOf', message: 'asOf: expected a date (YYYY-MM-DD, or a valid Date), got "2026-02-30"' },
    });
  });
});
