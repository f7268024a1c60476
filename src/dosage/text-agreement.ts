import { isUnknown, known, type IsoDate, type MedicationItem, type Substance } from '../model';
import { amountOf, roundAmount } from './amount';
import { canonicalDosage, hasStructure, type AsNeeded, type CanonicalDosage, type Schedule } from './canonical';
import { perDosingDay, scheduleExposure, type SubstanceExposure } from './exposure';
import { formUnit } from './form-unit';
import { SLOTS } from './slot';
import { textCanonical } from './text/canonical';
import { parseDosageText } from './text/parse';

/** Whether an item's instruction text says the same as its structured dosage. */
export type Agreement = 'agrees' | 'differs' | 'unknown';

/** The verdict, with both readings of the item's dosage. */
export interface TextAgreement {
  readonly agreement: Agreement;
  readonly structured: CanonicalDosage;
  readonly text: CanonicalDosage;
}

const hasSchedule = (c: CanonicalDosage): c is Extract<CanonicalDosage, { kind: 'scheduled' }> =>
  c.kind === 'scheduled' && (c.schedule.doses.length > 0 || c.schedule.unslotted !== undefined);

const asNeededOf = (c: CanonicalDosage): AsNeeded | undefined => (c.kind === 'scheduled' || c.kind === 'as-needed' ? c.asNeeded : undefined);

/** The one unit of a structured dosage's doses, if they share one. */
const structuredUnit = (c: CanonicalDosage): string | undefined => {
  const units = new Set<string>();
  if (c.kind === 'scheduled') for (const d of c.schedule.doses) units.add(d.unit);
  const prn = asNeededOf(c)?.unit;
  if (prn !== undefined) units.add(prn);
  return units.size === 1 ? [...units][0] : undefined;
};

const unitsOf = (s: Schedule): ReadonlySet<string> => new Set([...s.doses.map((d) => d.unit), ...(s.unslotted === undefined ? [] : [s.unslotted.unit])]);

/** Amounts per substance, or, where the units do not convert but are the same, the counts of dose units. */
const exposures = (a: Schedule, b: Schedule, substances: ReadonlyArray<Substance>, ea: ReadonlyArray<SubstanceExposure> | undefined) => {
  const eb = scheduleExposure(b, substances);
  if (ea !== undefined && eb !== undefined) return [ea, eb] as const;
  const ua = unitsOf(a);
  const ub = unitsOf(b);
  if (ua.size !== 1 || ub.size !== 1 || [...ua][0] !== [...ub][0]) return undefined;
  const counted = [{ name: '(doser)' }];
  return [scheduleExposure(a, counted)!, scheduleExposure(b, counted)!] as const;
};

const administrations = (e: SubstanceExposure): number => SLOTS.filter((s) => e.perSlot[s] > 0).length + (e.unstated?.timesPerDay ?? 0);

const compareSchedules = (a: Schedule, b: Schedule, substances: ReadonlyArray<Substance>, exposureOfA: ReadonlyArray<SubstanceExposure> | undefined): Agreement => {
  if (a.intervalDays !== b.intervalDays || a.weekdays.join() !== b.weekdays.join()) return 'differs';
  const both = exposures(a, b, substances, exposureOfA);
  if (both === undefined) return 'unknown';
  const [ea, eb] = both;
  for (const [k, x] of ea.entries()) {
    const y = eb[k]!;
    const dx = perDosingDay(x);
    const dy = perDosingDay(y);
    if (dx.value !== 0 && dy.value !== 0 && dx.unit !== dy.unit) return 'unknown';
    if (dx.value !== dy.value) return 'differs';
    // Slots are compared only where both state them; else the number of doses a day.
    const slotsStated = x.unstated === undefined && y.unstated === undefined;
    if (slotsStated ? SLOTS.some((s) => x.perSlot[s] !== y.perSlot[s]) : administrations(x) !== administrations(y)) return 'differs';
  }
  return 'agrees';
};

/**
 * Two quantities in comparable numbers: amounts of substance where both convert to one unit, else the
 * quantities as written when their units are the same; undefined when neither holds.
 */
const measurePair = (
  x: number,
  xu: string | undefined,
  y: number,
  yu: string | undefined,
  substances: ReadonlyArray<Substance>,
): readonly [ReadonlyArray<number>, ReadonlyArray<number>] | undefined => {
  const measure = (q: number, unit: string | undefined) => {
    const amounts = substances.map((s) => amountOf(q, unit ?? 'st', s.strength, substances.length));
    if (amounts.length === 0 || amounts.some((a) => a === undefined)) return undefined;
    return { unit: amounts.map((a) => a!.unit).join(), values: amounts.map((a) => roundAmount(a!.value)) };
  };
  const mx = measure(x, xu);
  const my = measure(y, yu);
  if (mx !== undefined && my !== undefined && mx.unit === my.unit) return [mx.values, my.values];
  return xu === yu ? [[roundAmount(x)], [roundAmount(y)]] : undefined;
};

const same = (p: readonly [ReadonlyArray<number>, ReadonlyArray<number>]): boolean => p[0].every((v, k) => v === p[1][k]);

/**
 * As-needed parts: the dose (a range in the text agrees with a structured dose inside it, since the
 * structured fields hold no range), then the daily maximum and the minimum interval where both state them.
 */
const compareAsNeeded = (s: AsNeeded, t: AsNeeded, substances: ReadonlyArray<Substance>): Agreement => {
  const low = measurePair(s.quantity, s.unit, t.quantity, t.unit, substances);
  const high = measurePair(s.quantityMax ?? s.quantity, s.unit, t.quantityMax ?? t.quantity, t.unit, substances);
  if (low === undefined || high === undefined) return 'unknown';
  const inRange = s.quantityMax === undefined && t.quantityMax !== undefined && low[0].every((v, k) => low[1][k]! <= v && v <= high[1][k]!);
  if (!(same(low) && same(high)) && !inRange) return 'differs';
  if (s.maxPerDay !== undefined && t.maxPerDay !== undefined) {
    const max = measurePair(s.maxPerDay, s.unit, t.maxPerDay, t.unit, substances);
    if (max === undefined) return 'unknown';
    if (!same(max)) return 'differs';
  }
  if (s.minIntervalHours !== undefined && t.minIntervalHours !== undefined && s.minIntervalHours !== t.minIntervalHours) return 'differs';
  return 'agrees';
};

/**
 * Whether an item's instruction text (what the patient reads) says the same as its structured dosage
 * on `asOf`. Undefined when the item has no structure to hold the text against (or its dosage could
 * not be read). `unknown` when the
 * text carries no dose or is not fully understood, or when the two cannot be put in one unit: a
 * mismatch is only ever claimed when it is certain. A text without units counts the product's own
 * units (tablets of a tablet) or else the structured doses' unit, so that `1+0+1+0` agrees with one
 * tablet or one unit of insulin at 08:00 and 18:00. `given`, where given, is what is already worked
 * out for the item on `asOf`: its canonical dosage (`canonicalDosageOf`) and, when scheduled, its
 * `scheduleExposure` with the product's substances.
 *
 * @example
 * textAgreement(metforminWithText('1 tablett morgon'), '2026-11-20')?.agreement // 'differs' when the structure says morning and evening
 */
export const textAgreement = (
  item: MedicationItem,
  asOf: IsoDate,
  given?: { readonly structured: CanonicalDosage; readonly exposure: ReadonlyArray<SubstanceExposure> | undefined },
): TextAgreement | undefined => {
  const dosage = item.dosage;
  if (isUnknown(dosage) || !hasStructure(dosage)) return undefined;
  // With structure of its own, an item's canonical dosage is its structured dosage.
  const structured = given === undefined ? canonicalDosage(dosage, asOf) : given.structured;
  const unit = formUnit(known(item.product.form)) ?? structuredUnit(structured);
  const text = textCanonical(parseDosageText(dosage.text), asOf, { start: item.period.start, ...(unit === undefined ? {} : { unit }) });
  const verdict = (agreement: Agreement): TextAgreement => ({ agreement, structured, text });
  if (text.kind === 'no-dose' || text.kind === 'unparsed') return verdict('unknown');
  const substances = item.product.substances;
  const sa = asNeededOf(structured);
  const ta = asNeededOf(text);
  if (hasSchedule(structured) !== hasSchedule(text) || (sa === undefined) !== (ta === undefined)) return verdict('differs');
  let result: Agreement = 'agrees';
  if (hasSchedule(structured) && hasSchedule(text)) {
    const exposure = given === undefined ? scheduleExposure(structured.schedule, substances) : given.exposure;
    result = compareSchedules(structured.schedule, text.schedule, substances, exposure);
  }
  if (result === 'agrees' && sa !== undefined && ta !== undefined) result = compareAsNeeded(sa, ta, substances);
  return verdict(result);
};
