import { describe, expect, it } from 'vitest';
import type { IsoDate } from '../../src/model';
import { daysBetween, percentileOf, statusFold } from '../../src/register';
import { row } from './rows';

const d = (s: string) => s as IsoDate;

describe('register status', () => {
  it('counts days between dates and nearest-rank percentiles of a histogram', () => {
    expect(daysBetween('2026-11-28', '2026-12-02')).toBe(4);
    expect(percentileOf([0, 2, 1], 50)).toBe(1);
    expect(percentileOf([0, 2, 1], 90)).toBe(2);
    expect(percentileOf([], 50)).toBeNull();
  });

  it('folds deviations into open by age and risk, days to resolution, resolved within 7 days, serious open over 3 days and reopened', () => {
    const fold = statusFold('2026-11-30');
    fold.add([
      row({ key: 'a', openedOn: d('2026-11-29') }), // open 1 day, serious
      row({ key: 'b', openedOn: d('2026-11-25') }), // open 5 days, serious: over 3
      row({ key: 'c', openedOn: d('2026-11-10'), serious: false, riskBand: 'low' }), // open 20 days: fate at 7 known
      row({ key: 'd', openedOn: d('2026-11-20'), resolvedOn: d('2026-11-22') }), // 2 days
      row({ key: 'e', openedOn: d('2026-11-01'), resolvedOn: d('2026-11-15'), reopened: 1, municipality: 'Arvika' }), // 14 days
    ]);
    const s = fold.status(3);
    expect(s.totals).toMatchObject({ deviations: 5, open: 3, resolved: 2, reopened: 1, seriousOpenOver3Days: 1, medianDaysToResolution: 2, p90DaysToResolution: 14 });
    expect(s.totals.resolvedWithin7Days).toEqual({ count: 1, of: 3, share: 1 / 3 });
    expect(s.openByAge.map((a) => a.total)).toEqual([1, 1, 1, 0]);
    expect(s.openByAge[2]!.byRiskBand.low).toBe(1);
    expect(s.byMunicipality.map((m) => [m.key, m.deviations])).toEqual([
      ['Karlstad', 4],
      ['Arvika', 1],
    ]);
    expect(s.byMonth.map((m) => m.key)).toEqual(['2026-11']);
  });

  it('is empty, not failing, for an empty register', () => {
    const s = statusFold(null).status(0);
    expect(s.totals).toMatchObject({ deviations: 0, medianDaysToResolution: null, reopenedShare: null });
    expect(s.totals.resolvedWithin7Days.share).toBeNull();
  });
});
