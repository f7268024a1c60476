import { compareDates, WEEKDAYS, type Dose, type DoseRate, type IsoDate, type RecordedDosage, type Weekday } from '../model';
import { canonicalRate } from './rate';
import { roundAmount } from './amount';
import { SLOTS, slotOf, type Slot } from './slot';
import { textCanonical, type DosageContext } from './text/canonical';
import { parseDosageText } from './text/parse';
import type { StopPoint, UnparsedReason } from './text/result';
import { unitKey } from './unit';

/** A quantity of a dose unit given in one slot of the day. */
export interface SlotDose {
  readonly slot: Slot;
  readonly quantity: number;
  readonly unit: string;
}

/**
 * Doses of a dosing day whose times of day are not stated: `1 tablett 2 gånger dagligen` is two doses
 * of one tablet, slots unknown (never guessed).
 */
export interface UnslottedDose {
  readonly timesPerDay: number;
  readonly quantity: number;
  readonly unit: string;
}

/**
 * A regular schedule: the doses of one dosing day by slot, every `intervalDays` days, on `weekdays`
 * where given (weekly dosing has `intervalDays` 7). `unslotted`, where present, holds doses given a
 * number of times a dosing day at times the dosage does not state; `doses` is then empty.
 */
export interface Schedule {
  readonly doses: ReadonlyArray<SlotDose>;
  readonly intervalDays: number;
  readonly weekdays: ReadonlyArray<Weekday>;
  readonly unslotted?: UnslottedDose;
}

/** As-needed dosing (vid behov) in canonical units; `quantityMax` is the high end of a range (`1-2 tabletter`). */
export interface AsNeeded {
  readonly quantity: number;
  readonly quantityMax?: number;
  readonly unit?: string;
  readonly maxPerDay?: number;
  readonly minIntervalHours?: number;
  readonly indication?: string;
}

/**
 * A dosage in the one form the engine compares, from structured fields or from the text:
 * - `scheduled`: regular doses, with as-needed doses on top where both are given; `step` is the index
 *   of the dose step in force, for stepped dosages (-1: after the last step, no dose);
 * - `as-needed`: only as needed;
 * - `no-dose`: a text that carries no comparable dose (`enligt ordination`), folded;
 * - `unparsed`: a text not fully understood, folded, with where parsing stopped and why;
 * - `rate`: given continuously at a rate (an infusion of 2 mg per hour), its unit folded;
 * - `unknown`: the recorded dosage could not be read (see `UnknownDosage`): nothing is compared.
 */
export type CanonicalDosage =
  | { readonly kind: 'scheduled'; readonly schedule: Schedule; readonly asNeeded?: AsNeeded; readonly step?: number }
  | { readonly kind: 'as-needed'; readonly asNeeded: AsNeeded }
  | { readonly kind: 'no-dose'; readonly text: string }
  | { readonly kind: 'unparsed'; readonly text: string; readonly stoppedAt: StopPoint; readonly reason: UnparsedReason }
  | { readonly kind: 'rate'; readonly rate: DoseRate }
  | { readonly kind: 'unknown' };

/**
 * Groups doses by slot and unit and drops zero quantities, in a fixed order: 08:00 and 09:30 are the
 * same morning dose bag.
 *
 * @example
 * slotDoses([{ time: '08:00', quantity: 1, unit: 'tablett' }, { time: '20:00', quantity: 1, unit: 'tabletter' }])
 * // [{ slot: 'morning', quantity: 1, unit: 'tablett' }, { slot: 'evening', quantity: 1, unit: 'tablett' }]
 */
export const slotDoses = (doses: ReadonlyArray<Dose>): ReadonlyArray<SlotDose> => {
  // Each slot and unit in the place of its first dose. A dosing day has a handful of doses, searched
  // in order; a long list of them (only odd input has one) is found through an index instead.
  const totals: SlotDose[] = [];
  const index = doses.length > 16 ? new Map<string, number>() : undefined;
  for (const dose of doses) {
    if (dose.quantity === 0) continue;
    const slot = slotOf(dose.time);
    const unit = unitKey(dose.unit);
    const at = index === undefined ? totals.findIndex((d) => d.slot === slot && d.unit === unit) : (index.get(`${slot}\u0000${unit}`) ?? -1);
    const before = at === -1 ? 0 : totals[at]!.quantity;
    const total = { slot, unit, quantity: roundAmount(before + dose.quantity) };
    if (at !== -1) totals[at] = total;
    else {
      index?.set(`${slot}\u0000${unit}`, totals.length);
      totals.push(total);
    }
  }
  return totals.sort(
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
 * Whether a recorded dosage has structure of its own (doses, as-needed dosing or dose steps), so that
 * its text is not what the engine compares.
 *
 * @example
 * hasStructure({ text: '1 tablett till natten', doses: [], intervalDays: 1, weekdays: [], steps: [] }) // false
 */
export const hasStructure = (dosage: RecordedDosage): boolean => dosage.doses.length > 0 || dosage.asNeeded !== undefined || dosage.steps.length > 0;

/**
 * The canonical dosage of a recorded one on `asOf`: structured doses first (the step in force where
 * there are steps), then as-needed dosing, and only when neither is given, the parsed text (with
 * `context` for the first day of its dose steps and the unit of quantities written without one).
 *
 * @example
 * canonicalDosage({ text: '1+0+1+0', doses: [...08:00, ...18:00], intervalDays: 1, weekdays: [], steps: [] }, '2026-11-20')
 * // { kind: 'scheduled', schedule: { doses: [morning 1 tablett, evening 1 tablett], intervalDays: 1, weekdays: [] } }
 * canonicalDosage({ text: '1 tablett 2 gånger dagligen', doses: [], intervalDays: 1, weekdays: [], steps: [] }, '2026-11-20')
 * // { kind: 'scheduled', schedule: { doses: [], unslotted: { timesPerDay: 2, quantity: 1, unit: 'tablett' }, intervalDays: 1, weekdays: [] } }
 * canonicalDosage({ text: 'morfin 2 mg/timme', doses: [], intervalDays: 1, weekdays: [], steps: [], rate: { quantity: 2, unit: 'mg', per: 'h' } }, '2026-11-20')
 * // { kind: 'rate', rate: { quantity: 2, unit: 'mg', per: 'h' } }
 */
export const canonicalDosage = (dosage: RecordedDosage, asOf: IsoDate, context: DosageContext = {}): CanonicalDosage => {
  // A continuous rate is the whole dosage (an infusion running, a patch releasing).
  if (dosage.rate !== undefined) return { kind: 'rate', rate: canonicalRate(dosage.rate) };
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
  return textCanonical(parseDosageText(dosage.text), asOf, context);
};
