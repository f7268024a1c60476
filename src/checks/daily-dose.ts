import { amountOf, canonicalDosageOf, measureOf, perDosingDay, roundAmount, scheduleExposure, substancePerHour } from '../dosage';
import { isUnknown, substanceKey, type IsoDate, type MedicationItem } from '../model';
import type { SideDose } from './finding';

/**
 * The base unit of a mass (mikrog), and how many of it a limit's unit holds.
 *
 * @example
 * massInMikrog(7.5, 'mg') // 7500
 */
export const massInMikrog = (value: number, unit: string): number | undefined => {
  const m = measureOf(unit);
  return m === undefined || m.base !== 'mikrog' ? undefined : roundAmount(value * m.factor);
};

const notAssessable = (reason: Extract<SideDose, { kind: 'not-assessable' }>['reason'], atLeast: number | null): SideDose => ({ kind: 'not-assessable', reason, atLeast });

/**
 * How much of one substance (by its key) an item gives in a day, in mikrog: the scheduled amount on a
 * dosing day plus, for as-needed dosing, its maximum per day. Not assessable, with what is known at
 * least, when the dosage is not understood, the product has no strength of the substance, the units
 * do not convert to a mass, or an as-needed dose has no maximum per day.
 *
 * @example
 * itemDailyDose(zopiklon5mgTwoAtNight, 'zopiklon', '2026-11-20') // { kind: 'amount', value: 10000, unit: 'mikrog', asNeededMax: null }
 * itemDailyDose(paracetamolAsNeededNoMax, 'paracetamol', '2026-11-20') // { kind: 'not-assessable', reason: 'as-needed-without-maximum', atLeast: 0 }
 */
export const itemDailyDose = (item: MedicationItem, substance: string, asOf: IsoDate): SideDose => {
  const canon = canonicalDosageOf(item, asOf);
  if (canon.kind === 'unknown') return notAssessable('unreadable', null);
  if (canon.kind === 'no-dose' || canon.kind === 'unparsed') return notAssessable('dosage-not-understood', null);
  const substances = item.product.substances;
  const own = substances.find((s) => substanceKey(s.name) === substance);
  if (own === undefined || own.strength === undefined) return notAssessable('no-strength', null);
  if (isUnknown(own.strength)) return notAssessable('unreadable', null);
  if (canon.kind === 'rate') {
    // A continuous rate gives its amount every hour of the day.
    const perHour = substancePerHour(canon.rate, own.strength, substances.length);
    if (perHour === undefined || perHour.unit !== 'mikrog') return notAssessable('units-do-not-convert', null);
    return { kind: 'amount', value: roundAmount(perHour.value * 24), unit: 'mikrog', asNeededMax: null };
  }
  let scheduled = 0;
  if (canon.kind === 'scheduled') {
    const exposure = scheduleExposure(canon.schedule, substances)?.find((e) => e.substance === substance);
    if (exposure === undefined) return notAssessable('units-do-not-convert', null);
    const perDay = perDosingDay(exposure);
    if (perDay.value > 0 && perDay.unit !== 'mikrog') return notAssessable('units-do-not-convert', null);
    scheduled = perDay.value;
  }
  const prn = canon.asNeeded;
  if (prn === undefined) return { kind: 'amount', value: scheduled, unit: 'mikrog', asNeededMax: null };
  if (prn.maxPerDay === undefined) return notAssessable('as-needed-without-maximum', scheduled);
  const max = amountOf(prn.maxPerDay, prn.unit ?? 'st', own.strength, substances.length);
  if (max === undefined || max.unit !== 'mikrog') return notAssessable('units-do-not-convert', scheduled);
  return { kind: 'amount', value: roundAmount(scheduled + max.value), unit: 'mikrog', asNeededMax: max.value };
};

/**
 * The daily dose of one list: the sum over its items in force on the line. Not assessable when one
 * item's is, with the sum of what is known as `atLeast`.
 *
 * @example
 * sideDailyDose([zopiklon5mgAtNight, zopiklon5mgAtNightDuplicate], 'zopiklon', '2026-11-20') // 10000 mikrog
 */
export const sideDailyDose = (items: ReadonlyArray<MedicationItem>, substance: string, asOf: IsoDate): SideDose | null => {
  if (items.length === 0) return null;
  const doses = items.map((i) => itemDailyDose(i, substance, asOf));
  const known = roundAmount(doses.reduce((sum, d) => sum + (d.kind === 'amount' ? d.value : (d.atLeast ?? 0)), 0));
  const failed = doses.find((d) => d.kind === 'not-assessable');
  if (failed !== undefined && failed.kind === 'not-assessable') return notAssessable(failed.reason, known);
  const prn = doses.flatMap((d) => (d.kind === 'amount' && d.asNeededMax !== null ? [d.asNeededMax] : []));
  return { kind: 'amount', value: known, unit: 'mikrog', asNeededMax: prn.length === 0 ? null : roundAmount(prn.reduce((a, b) => a + b, 0)) };
};
