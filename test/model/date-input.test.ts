import { describe, expect, it } from 'vitest';
import { calendarDateOf, isoDateOf, shownDateInput } from '../../src/model';

describe('dates as the public API takes them', () => {
  it('an ISO date string is itself; a Date is its local calendar date', () => {
    expect(isoDateOf('2026-11-20')).toBe('2026-11-20');
    expect(isoDateOf(new Date(2026, 10, 20, 23, 59))).toBe('2026-11-20');
    expect(isoDateOf(new Date(2024, 1, 29))).toBe('2024-02-29');
    expect(calendarDateOf(new Date(999, 0, 5))).toBe('0999-01-05');
  });

  it('anything else is no date, never a guess', () => {
    for (const input of ['2026-02-30', '20 nov', '', '2026-11-20T10:00:00Z', new Date(Number.NaN)]) expect(isoDateOf(input)).toBeUndefined();
    expect(shownDateInput('20 nov')).toBe('"20 nov"');
    expect(shownDateInput(new Date(Number.NaN))).toBe('Invalid Date');
  });
});
