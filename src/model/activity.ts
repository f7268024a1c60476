import type { MedicationItem } from './item';
import { compareDates, type IsoDate } from './time';
import { isUnknown } from './unknown';

/**
 * Whether an item is in force on the reconciliation date, and if not, why:
 * - `discontinued` (utsatt) on or before that day, or with no date;
 * - `cancelled` (makulerad);
 * - `not-started`: its period or first dose step begins later;
 * - `ended`: its planned last day, or its last dose step, is before that day (a planned end).
 */
export type Activity =
  | { readonly kind: 'active' }
  | { readonly kind: 'discontinued'; readonly date?: IsoDate; readonly reason?: string }
  | { readonly kind: 'cancelled' }
  | { readonly kind: 'not-started'; readonly start: IsoDate }
  | { readonly kind: 'ended'; readonly end: IsoDate };

/**
 * The item's activity on `asOf`. A discontinuation dated in the future leaves the item active until
 * that day; a discontinuation dated `asOf` itself stops it that day.
 *
 * @example
 * activityOn(zopiklonStoppedNov15, '2026-11-20') // { kind: 'discontinued', date: '2026-11-15', reason: 'fallrisk, dagtrötthet' }
 */
export const activityOn = (item: MedicationItem, asOf: IsoDate): Activity => {
  const status = item.status;
  if (status.kind === 'cancelled') return status;
  if (status.kind === 'discontinued' && (status.date === undefined || compareDates(status.date, asOf) <= 0)) {
    return status;
  }
  const { start, end } = item.period;
  if (compareDates(start, asOf) > 0) return { kind: 'not-started', start };
  // An unknown planned end (stated, unreadable) ends nothing: the item stays in force and its end is
  // reported as a problem (and `not-comparable` against a stated end).
  if (end !== undefined && !isUnknown(end) && compareDates(end, asOf) < 0) return { kind: 'ended', end };
  if (isUnknown(item.dosage)) return { kind: 'active' };
  const steps = item.dosage.steps;
  if (steps.length > 0) {
    const firstFrom = steps.reduce((min, s) => (compareDates(s.from, min) < 0 ? s.from : min), steps[0]!.from);
    if (compareDates(firstFrom, asOf) > 0) return { kind: 'not-started', start: firstFrom };
    // A taper ends with its last step only when every step has an end.
    if (steps.every((s) => s.to !== undefined)) {
      const lastTo = steps.reduce((max, s) => (compareDates(s.to!, max) > 0 ? s.to! : max), steps[0]!.to!);
      if (compareDates(lastTo, asOf) < 0) return { kind: 'ended', end: lastTo };
    }
  }
  return { kind: 'active' };
};

/**
 * Shorthand for `activityOn(item, asOf).kind === 'active'`.
 *
 * @example
 * isActiveOn(metformin, '2026-11-20') // true
 */
export const isActiveOn = (item: MedicationItem, asOf: IsoDate): boolean => activityOn(item, asOf).kind === 'active';
