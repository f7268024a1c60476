import { substanceKey, type Substance } from '../model';
import { amountOf, roundAmount, type Amount } from './amount';
import type { Schedule } from './canonical';
import { SLOTS, type Slot } from './slot';

/** Amount of a substance given on a dosing day at times the dosage does not state, and in how many doses. */
export interface UnstatedExposure {
  readonly perDay: number;
  readonly timesPerDay: number;
}

/**
 * How much of one substance a schedule gives in each slot of a dosing day, in one base unit; and,
 * for doses whose times of day are not stated (`2 gånger dagligen`), how much in how many doses.
 */
export interface SubstanceExposure {
  readonly substance: string;
  readonly unit: string;
  readonly perSlot: Readonly<Record<Slot, number>>;
  readonly unstated?: UnstatedExposure;
}

const noSlots = (): Record<Slot, number> => ({ morning: 0, midday: 0, evening: 0, night: 0 });

/**
 * Total of a dosing day: the sum over its slots, and the doses at unstated times.
 *
 * @example
 * perDosingDay({ substance: 'furosemid', unit: 'mikrog', perSlot: { morning: 40000, midday: 40000, evening: 0, night: 0 } })
 * // { value: 80000, unit: 'mikrog' }
 */
export const perDosingDay = (e: SubstanceExposure): Amount => ({
  value: roundAmount(SLOTS.reduce((sum, slot) => sum + e.perSlot[slot], e.unstated?.perDay ?? 0)),
  unit: e.unit,
});

/**
 * The amount of each substance per slot that a schedule gives, computed from quantity x strength so
 * that 2 x 50 mikrog equals 1 x 100 mikrog. Undefined when some dose cannot be converted (no common
 * unit), since then amounts cannot be compared honestly.
 *
 * @example
 * scheduleExposure(levaxin50TwoInTheMorning, [{ name: 'levotyroxinnatrium', strength: { value: 50, unit: 'mikrog' } }])
 * // [{ substance: 'levotyroxin', unit: 'mikrog', perSlot: { morning: 100, midday: 0, evening: 0, night: 0 } }]
 */
export const scheduleExposure = (schedule: Schedule, substances: ReadonlyArray<Substance>): ReadonlyArray<SubstanceExposure> | undefined => {
  const result: SubstanceExposure[] = [];
  for (const substance of substances) {
    const perSlot = noSlots();
    let unit: string | undefined;
    for (const dose of schedule.doses) {
      const amount = amountOf(dose.quantity, dose.unit, substance.strength, substances.length);
      if (amount === undefined || (unit !== undefined && unit !== amount.unit)) return undefined;
      unit = amount.unit;
      perSlot[dose.slot] = roundAmount(perSlot[dose.slot] + amount.value);
    }
    const u = schedule.unslotted;
    let unstated: UnstatedExposure | undefined;
    if (u !== undefined) {
      const amount = amountOf(u.quantity, u.unit, substance.strength, substances.length);
      if (amount === undefined || (unit !== undefined && unit !== amount.unit)) return undefined;
      unit = amount.unit;
      unstated = { perDay: roundAmount(amount.value * u.timesPerDay), timesPerDay: u.timesPerDay };
    }
    result.push({ substance: substanceKey(substance.name), unit: unit ?? 'none', perSlot, ...(unstated === undefined ? {} : { unstated }) });
  }
  return result;
};

/**
 * Adds up the exposures of several items (the separate products that together stand against one
 * combination product). Undefined when one substance comes in two units.
 *
 * @example
 * sumExposures([enalaprilMorning, hydroklortiazidMorning]) // both substances, each with its own amounts
 */
export const sumExposures = (parts: ReadonlyArray<ReadonlyArray<SubstanceExposure>>): ReadonlyArray<SubstanceExposure> | undefined => {
  // One part whose substances are distinct and in order is its own sum (the exposures are never changed).
  const only = parts.length === 1 ? parts[0]! : undefined;
  if (only !== undefined && only.every((e, k) => k === 0 || only[k - 1]!.substance < e.substance)) return only;
  const bySubstance = new Map<string, { unit: string; perSlot: Record<Slot, number>; unstated?: UnstatedExposure }>();
  for (const e of parts.flat()) {
    const current = bySubstance.get(e.substance);
    if (current === undefined) {
      bySubstance.set(e.substance, { unit: e.unit, perSlot: { ...e.perSlot }, ...(e.unstated === undefined ? {} : { unstated: e.unstated }) });
      continue;
    }
    // An empty schedule ('none') takes the unit of the other part.
    if (current.unit !== e.unit && current.unit !== 'none' && e.unit !== 'none') return undefined;
    if (current.unit === 'none') current.unit = e.unit;
    for (const slot of SLOTS) current.perSlot[slot] = roundAmount(current.perSlot[slot] + e.perSlot[slot]);
    if (e.unstated !== undefined) {
      const before = current.unstated;
      current.unstated =
        before === undefined ? e.unstated : { perDay: roundAmount(before.perDay + e.unstated.perDay), timesPerDay: before.timesPerDay + e.unstated.timesPerDay };
    }
  }
  return [...bySubstance]
    .map(([substance, { unit, perSlot, unstated }]) => ({ substance, unit, perSlot, ...(unstated === undefined ? {} : { unstated }) }))
    .sort((a, b) => (a.substance < b.substance ? -1 : a.substance > b.substance ? 1 : 0));
};
