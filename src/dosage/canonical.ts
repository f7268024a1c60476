import { compareDates, foldText, WEEKDAYS, type Dose, type IsoDate, type RecordedDosage, type Weekday } from '../model';
import { roundAmount } from './amount';
import { SLOTS, slotOf, type Slot } from './slot';
import { unitKey } from './unit';

/** A quantity of a dose unit given in one slot of the day. */
export interface SlotDose {
  readonly slot: Slot;
  readonly quantity: number;
  readonly unit: string;
}

/**
 * A regular schedule: the doses of one dosing day by slot, every `intervalDays` days, on `weekdays`
 * where given (weekly dosing has `intervalDays` 7).
 */
export interface Schedule {
  readonly doses: ReadonlyArray<SlotDose>;
  readonly intervalDays: number;
  readonly weekdays: ReadonlyArray<Weekday>;
}

/** As-needed dosing (vid behov) in canonical units. */
export interface AsNeeded {
  readonly quantity: number;
  readonly unit?: string;
  readonly maxPerDay?: number;
  readonly minIntervalHours?: number;
  readonly indication?: string;
}

/**
 * A dosage in the one form the engine compares:
 * - `scheduled`: regular doses, with as-needed doses on top where both are given; `step` is the index
 *   of the dose step in force, for stepped dosages;
 * - `as-needed`: only as needed;
 * - `unstructured`: only a text, compared as folded text.
 */
export type CanonicalDosage =
  | { readonly kind: 'scheduled'; readonly schedule: Schedule; readonly asNeeded?: AsNeeded; readonly step?: number }
  | { readonly kind: 'as-needed'; readonly asNeeded: AsNeeded }
  | { readonly kind: 'unstructured'; readonly text: string };

/**
 * Groups doses by slot and unit and drops zero quantities, in a fixed order: 08:00 and 09:30 are the
 * same morning dose bag.
 *
 * @example
 * slotDoses([{ time: '08:00', quantity: 1, unit: 'tablett' }, { time: '20:00', quantity: 1, unit: 'tabletter' }])
 * // [{ slot: 'morning', quantity: 1, unit: 'tablett' }, { slot: 'evening', quantity: 1, unit: 'tablett' }]
 */
export const slotDoses = (doses: ReadonlyArray<Dose>): ReadonlyArray<SlotDose> => {
  const totals = new Map<string, SlotDose>();
  for (const dose of doses) {
    if (dose.quantity === 0) continue;
    const slot = slotOf(dose.time);
    const unit = unitKey(dose.unit);
    const key = `${slot}\u0000${unit}`;
    const before = totals.get(key)?.quantity ?? 0;
    totals.set(key, { slot, unit, quantity: roundAmount(before + dose.quantity) });
  }
  return [...totals.values()].sort(
    (a, b) => SLOTS.indexOf(a.slot) - SLOTS.indexOf(b.slot) || (a.unit < b.unit ? -1 : a.unit > b.unit ? 1 : 0),
  );
};

/**
 * Builds a schedule; days of the week imply a weekly cycle when no longer interval is given.
 *
 * @example
 * schedule([], 1, ['thu', 'mon']).intervalDays // 7, weekdays ['mon', 'thu']
 */
export const schedule = (doses: ReadonlyArray<Dose>, intervalDays: number, weekdays: ReadonlyArray<Weekday>): Schedule => {
  const days = WEEKDAYS.filter((d) => weekdays.includes(d));
  return { doses: slotDoses(doses), intervalDays: days.length > 0 && intervalDays === 1 ? 7 : intervalDays, weekdays: days };
};

const canonicalAsNeeded = (a: NonNullable<RecordedDosage['asNeeded']>): AsNeeded => ({
  ...a,
  ...(a.unit === undefined ? {} : { unit: unitKey(a.unit) }),
});

/**
 * The index of the dose step in force on `asOf`. Outside every step: before the first, the first;
 * after one ends and before the next begins (or after the last), -1 — no scheduled dose that day.
 */
const stepInForce = (dosage: RecordedDosage, asOf: IsoDate): number => {
  const steps = dosage.steps;
  const inForce = steps.findIndex((s) => compareDates(s.from, asOf) <= 0 && (s.to === undefined || compareDates(asOf, s.to) <= 0));
  if (inForce >= 0) return inForce;
  return steps.every((s) => compareDates(s.from, asOf) > 0) ? steps.reduce((first, s, i) => (compareDates(s.from, steps[first]!.from) < 0 ? i : first), 0) : -1;
};

/**
 * The canonical dosage of a recorded one on `asOf`: structured doses first (the step in force where
 * there are steps), then as-needed dosing, and only when neither is given, the text.
 *
 * @example
 * canonicalDosage({ text: '1+0+1+0', doses: [...08:00, ...18:00], intervalDays: 1, weekdays: [], steps: [] }, '2026-11-20')
 * // { kind: 'scheduled', schedule: { doses: [morning 1 tablett, evening 1 tablett], intervalDays: 1, weekdays: [] } }
 */
export const canonicalDosage = (dosage: RecordedDosage, asOf: IsoDate): CanonicalDosage => {
  const asNeeded = dosage.asNeeded === undefined ? undefined : canonicalAsNeeded(dosage.asNeeded);
  const extra = asNeeded === undefined ? {} : { asNeeded };
  if (dosage.steps.length > 0) {
    const index = stepInForce(dosage, asOf);
    const step = dosage.steps[index];
    const sched = step === undefined ? schedule([], 1, []) : schedule(step.doses, step.intervalDays, dosage.weekdays);
    return { kind: 'scheduled', schedule: sched, step: index, ...extra };
  }
  if (dosage.doses.length > 0) {
    return { kind: 'scheduled', schedule: schedule(dosage.doses, dosage.intervalDays, dosage.weekdays), ...extra };
  }
  if (asNeeded !== undefined) return { kind: 'as-needed', asNeeded };
  return { kind: 'unstructured', text: foldText(dosage.text) };
};
