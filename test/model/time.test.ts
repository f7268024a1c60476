import { isMatch } from 'date-fns';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isIsoDate } from '../../src/model';

const two = (n: number) => String(n).padStart(2, '0');

describe('isIsoDate', () => {
  it('says a YYYY-MM-DD string is a date exactly when date-fns can parse it as one', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1000, max: 2999 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 }), (y, m, d) => {
        const s = `${y}-${two(m)}-${two(d)}`;
        expect(isIsoDate(s)).toBe(isMatch(s, 'yyyy-MM-dd'));
      }),
      { numRuns: 2000 },
    );
  });

  it('knows leap days and refuses other shapes', () => {
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2026-02-29')).toBe(false);
    expect(isIsoDate('2000-02-29')).toBe(true);
    expect(isIsoDate('1900-02-29')).toBe(false);
    expect(isIsoDate('2026-11-20T00:00')).toBe(false);
    expect(isIsoDate('20261120')).toBe(false);
  });
});
