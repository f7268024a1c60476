import type { DeviationRow } from './row';

/** The version of the register status JSON contract (`medrec register status --format json`). */
export const STATUS_VERSION = 1;

/** The risk bands, lowest first, as the classification writes them. */
export const STATUS_RISK_BANDS = ['low', 'moderate', 'high', 'very-high'] as const;

/** The age bands of open deviations (days since the present episode opened). */
export const AGE_BANDS: ReadonlyArray<{ readonly id: string; readonly sv: string; readonly upTo: number }> = [
  { id: '0-3', sv: '0–3 dagar', upTo: 3 },
  { id: '4-7', sv: '4–7 dagar', upTo: 7 },
  { id: '8-30', sv: '8–30 dagar', upTo: 30 },
  { id: '31-', sv: 'över 30 dagar', upTo: Number.POSITIVE_INFINITY },
];

/**
 * The indicators of a group of deviations (a municipality, a care unit, a kind, a month of first
 * sight, or all):
 * - `deviations`: every deviation the register has seen (each opened once); `open`, `resolved`;
 * - `reopened`: deviations that came back after being resolved at least once, and their share of all;
 * - days to resolution (resolved on − opened on, of the present episode): median and 90th percentile
 *   (nearest rank), null when none is resolved;
 * - resolved within 7 days: of the deviations whose fate at 7 days is known (resolved, or open for more
 *   than 7 days), the share resolved within 7;
 * - serious deviations open for more than 3 days;
 * - open deviations by risk band.
 */
export interface GroupStatus {
  readonly deviations: number;
  readonly open: number;
  readonly resolved: number;
  readonly reopened: number;
  readonly reopenedShare: number | null;
  readonly medianDaysToResolution: number | null;
  readonly p90DaysToResolution: number | null;
  readonly resolvedWithin7Days: { readonly count: number; readonly of: number; readonly share: number | null };
  readonly seriousOpenOver3Days: number;
  readonly openByRiskBand: Readonly<Record<(typeof STATUS_RISK_BANDS)[number], number>>;
}

/** A named group's status; `key` is null when the register does not know the unit or municipality. */
export type NamedStatus = GroupStatus & { readonly key: string | null };

/**
 * The register's status (`medrec register status`): as of the latest run, how many patients, the
 * indicators of all deviations and by municipality, care unit, kind and month of first sight, and the
 * open deviations by age and risk band. No patient id.
 */
export interface RegisterStatus {
  readonly format: 'medrec-register-status';
  readonly version: typeof STATUS_VERSION;
  readonly asOf: string | null;
  readonly patients: number;
  readonly totals: GroupStatus;
  readonly openByAge: ReadonlyArray<{ readonly age: string; readonly sv: string; readonly byRiskBand: GroupStatus['openByRiskBand']; readonly total: number }>;
  readonly byMunicipality: ReadonlyArray<NamedStatus>;
  readonly byUnit: ReadonlyArray<NamedStatus>;
  readonly byKind: ReadonlyArray<NamedStatus>;
  readonly byMonth: ReadonlyArray<NamedStatus>;
}

interface Counter {
  deviations: number;
  open: number;
  resolved: number;
  reopened: number;
  within7: number;
  settled7: number;
  seriousOver3: number;
  byBand: Map<string, number>;
  days: number[];
}

const counter = (): Counter => ({ deviations: 0, open: 0, resolved: 0, reopened: 0, within7: 0, settled7: 0, seriousOver3: 0, byBand: new Map(), days: [] });

const DAY_MS = 86_400_000;

/**
 * Whole days from one date to another (`YYYY-MM-DD`, UTC).
 *
 * @example
 * daysBetween('2026-11-20', '2026-11-23') // 3
 */
export const daysBetween = (from: string, to: string): number => Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);

/**
 * The nearest-rank percentile `p` (0–100) of a histogram of whole days (`counts[d]` deviations took
 * `d` days), null when it is empty.
 *
 * @example
 * percentileOf([0, 2, 1], 50) // 1
 */
export const percentileOf = (counts: ReadonlyArray<number>, p: number): number | null => {
  const n = counts.reduce((s, c) => s + (c ?? 0), 0);
  if (n === 0) return null;
  const rank = Math.max(1, Math.ceil((p / 100) * n));
  let seen = 0;
  for (let d = 0; d < counts.length; d++) {
    seen += counts[d] ?? 0;
    if (seen >= rank) return d;
  }
  return counts.length - 1;
};

/**
 * Deviations that share their municipality, care unit, kind, month of first sight, days to
 * resolution (`days`, null while open) and age band (`age`, the index in `AGE_BANDS`, null once
 * resolved), counted by the database: how many, how many came back, and of the open ones how many are
 * older than 7 days, serious and older than 3 days, and in each of the four risk bands.
 *
 * @example
 * const t: StatusTally = { municipality: 'Karlstad', unit: 'Hemsjukvården', kind: 'dose', month: '2026-11', days: null, age: 1, deviations: 12, reopened: 1, openOver7Days: 0, seriousOpenOver3Days: 4, openByRiskBand: new Map([['high', 7]]) };
 */
export interface StatusTally {
  readonly municipality: string | null;
  readonly unit: string | null;
  readonly kind: string;
  readonly month: string;
  readonly days: number | null;
  readonly age: number | null;
  readonly deviations: number;
  readonly reopened: number;
  readonly openOver7Days: number;
  readonly seriousOpenOver3Days: number;
  readonly openByRiskBand: ReadonlyMap<string, number>;
}

/**
 * The dates a database compares `opened_on` with (dates are `YYYY-MM-DD` text, so comparing them as
 * text is comparing them as dates): open since before `over3` is open more than 3 days as of `today`,
 * before `over7` more than 7; an open deviation is in age band `k` when opened on or after
 * `ageBandsFrom[k]`, else in the last band.
 *
 * @example
 * statusThresholds('2026-11-30') // { today: '2026-11-30', over3: '2026-11-27', over7: '2026-11-23', ageBandsFrom: ['2026-11-27', '2026-11-23', '2026-10-31'] }
 */
export interface StatusThresholds {
  readonly today: string;
  readonly over3: string;
  readonly over7: string;
  readonly ageBandsFrom: ReadonlyArray<string>;
}

const daysBefore = (day: string, days: number): string => new Date(Date.parse(`${day}T00:00:00Z`) - days * DAY_MS).toISOString().slice(0, 10);

/**
 * The thresholds of `StatusThresholds` for the register's latest run (`null`: an empty register,
 * counted as of 9999-12-31 as the fold does).
 *
 * @example
 * statusThresholds('2026-11-30').over7 // '2026-11-23'
 */
export const statusThresholds = (today: string | null): StatusThresholds => {
  const day = today ?? '9999-12-31';
  return {
    today: day,
    over3: daysBefore(day, 3),
    over7: daysBefore(day, 7),
    ageBandsFrom: AGE_BANDS.filter((a) => Number.isFinite(a.upTo)).map((a) => daysBefore(day, a.upTo)),
  };
};

const addTally = (c: Counter, t: StatusTally): void => {
  c.deviations += t.deviations;
  c.reopened += t.reopened;
  if (t.days === null) {
    c.open += t.deviations;
    for (const [band, n] of t.openByRiskBand) c.byBand.set(band, (c.byBand.get(band) ?? 0) + n);
    c.settled7 += t.openOver7Days;
    c.seriousOver3 += t.seriousOpenOver3Days;
  } else {
    c.resolved += t.deviations;
    const days = Math.max(0, t.days);
    c.days[days] = (c.days[days] ?? 0) + t.deviations;
    c.settled7 += t.deviations;
    if (days <= 7) c.within7 += t.deviations;
  }
};

const add = (c: Counter, r: DeviationRow, today: string): void => {
  c.deviations++;
  if (r.reopened > 0) c.reopened++;
  if (r.resolvedOn === null) {
    c.open++;
    c.byBand.set(r.riskBand, (c.byBand.get(r.riskBand) ?? 0) + 1);
    const age = daysBetween(r.openedOn, today);
    if (age > 7) c.settled7++;
    if (r.serious && age > 3) c.seriousOver3++;
  } else {
    c.resolved++;
    const days = Math.max(0, daysBetween(r.openedOn, r.resolvedOn));
    c.days[days] = (c.days[days] ?? 0) + 1;
    c.settled7++;
    if (days <= 7) c.within7++;
  }
};

const statusOf = (c: Counter): GroupStatus => ({
  deviations: c.deviations,
  open: c.open,
  resolved: c.resolved,
  reopened: c.reopened,
  reopenedShare: c.deviations === 0 ? null : c.reopened / c.deviations,
  medianDaysToResolution: percentileOf(c.days, 50),
  p90DaysToResolution: percentileOf(c.days, 90),
  resolvedWithin7Days: { count: c.within7, of: c.settled7, share: c.settled7 === 0 ? null : c.within7 / c.settled7 },
  seriousOpenOver3Days: c.seriousOver3,
  openByRiskBand: { low: c.byBand.get('low') ?? 0, moderate: c.byBand.get('moderate') ?? 0, high: c.byBand.get('high') ?? 0, 'very-high': c.byBand.get('very-high') ?? 0 },
});

type Groups = { readonly [G in 'municipality' | 'unit' | 'kind' | 'month']: Map<string | null, Counter> };

const into = (m: Map<string | null, Counter>, k: string | null): Counter => {
  let c = m.get(k);
  if (c === undefined) m.set(k, (c = counter()));
  return c;
};

type AgeBand = { readonly byBand: Map<string, number>; total: number };

const assemble = (today: string | null, patients: number, total: Counter, groups: Groups, ages: ReadonlyArray<AgeBand>): RegisterStatus => {
  const named = (m: Map<string | null, Counter>, order: 'largest' | 'key') =>
    [...m]
      .map(([key, c]) => ({ key, ...statusOf(c) }))
      .sort((a, b) =>
        order === 'key'
          ? (a.key ?? '').localeCompare(b.key ?? '')
          : b.open - a.open || b.deviations - a.deviations || (a.key === null ? 1 : b.key === null ? -1 : a.key.localeCompare(b.key, 'sv')),
      );
  return {
    format: 'medrec-register-status',
    version: STATUS_VERSION,
    asOf: today,
    patients,
    totals: statusOf(total),
    openByAge: AGE_BANDS.map((a, k) => {
      const { byBand: m, total: all } = ages[k]!;
      const byRiskBand = { low: m.get('low') ?? 0, moderate: m.get('moderate') ?? 0, high: m.get('high') ?? 0, 'very-high': m.get('very-high') ?? 0 };
      return { age: a.id, sv: a.sv, byRiskBand, total: all };
    }),
    byMunicipality: named(groups.municipality, 'largest'),
    byUnit: named(groups.unit, 'largest'),
    byKind: named(groups.kind, 'largest'),
    byMonth: named(groups.month, 'key'),
  };
};

const emptyGroups = (): Groups => ({ municipality: new Map(), unit: new Map(), kind: new Map(), month: new Map() });

/**
 * A fold of register deviations into a status, page by page (memory grows with the number of groups,
 * not of deviations). `today` is the date of the register's latest run: ages are counted to it. The
 * reference for `statusOfTallies`, which gives the same status from what the database counted.
 *
 * @example
 * const fold = statusFold('2026-11-22');
 * for await (const page of store.scan()) fold.add(page);
 * fold.status(2000).totals.open // 412
 */
export const statusFold = (today: string | null) => {
  const total = counter();
  const groups = emptyGroups();
  const ages: ReadonlyArray<AgeBand> = AGE_BANDS.map(() => ({ byBand: new Map<string, number>(), total: 0 }));
  const day = today ?? '9999-12-31';
  return {
    add: (rows: ReadonlyArray<DeviationRow>): void => {
      for (const r of rows) {
        add(total, r, day);
        add(into(groups.municipality, r.municipality), r, day);
        add(into(groups.unit, r.unit), r, day);
        add(into(groups.kind, r.kind), r, day);
        add(into(groups.month, r.firstSeen.slice(0, 7)), r, day);
        if (r.resolvedOn === null) {
          const age = daysBetween(r.openedOn, day);
          const band = ages[AGE_BANDS.findIndex((a) => age <= a.upTo)]!;
          band.byBand.set(r.riskBand, (band.byBand.get(r.riskBand) ?? 0) + 1);
          band.total++;
        }
      }
    },
    status: (patients: number): RegisterStatus => assemble(today, patients, total, groups, ages),
  };
};

/**
 * The register's status from what the database counted (`RegisterStore.statusTallies` with
 * `statusThresholds(today)`): the same status as folding every deviation with `statusFold`, from
 * tallies (one per municipality, unit, kind, month, days and age that occur) instead of every row.
 *
 * @example
 * statusOfTallies('2026-11-22', 2000, await store.statusTallies(statusThresholds('2026-11-22'))).totals.open // 412
 */
export const statusOfTallies = (today: string | null, patients: number, tallies: ReadonlyArray<StatusTally>): RegisterStatus => {
  const total = counter();
  const groups = emptyGroups();
  const ages: ReadonlyArray<AgeBand> = AGE_BANDS.map(() => ({ byBand: new Map<string, number>(), total: 0 }));
  for (const t of tallies) {
    addTally(total, t);
    addTally(into(groups.municipality, t.municipality), t);
    addTally(into(groups.unit, t.unit), t);
    addTally(into(groups.kind, t.kind), t);
    addTally(into(groups.month, t.month), t);
    if (t.days === null && t.age !== null) {
      const band = ages[Math.min(Math.max(0, t.age), AGE_BANDS.length - 1)]!;
      for (const [risk, n] of t.openByRiskBand) band.byBand.set(risk, (band.byBand.get(risk) ?? 0) + n);
      band.total += t.deviations;
    }
  }
  return assemble(today, patients, total, groups, ages);
};
