import {
  amountOf,
  perDosingDay,
  rateText,
  ratePerHour,
  roundAmount,
  sameAmount,
  scheduleExposure,
  substancePerHour,
  SLOTS,
  sumExposures,
  type AsNeeded,
  type CanonicalDosage,
  type Schedule,
  type SubstanceExposure,
} from '../dosage';
import { daysBetween, isUnknown, productName, substanceKey, type IsoDate, type MedicationItem, type Weekday } from '../model';
import type { PreparedItem } from '../match';
import { discrepancy, type Discrepancy, type DosePeriod, type DoseValue, type SubstanceAmount } from './discrepancy';

/** As-needed dosing of one side, in amounts of substance where they can be computed. */
interface AsNeededView {
  readonly perDose: ReadonlyArray<SubstanceAmount> | undefined;
  /** The high end of a range (`1-2 tabletter`); the dose itself when there is no range. */
  readonly perDoseMax: ReadonlyArray<SubstanceAmount> | undefined;
  /** null when no maximum is given; undefined when it is given but cannot be converted. */
  readonly maxPerDay: ReadonlyArray<SubstanceAmount> | null | undefined;
  readonly recorded: ReadonlyArray<AsNeeded>;
}

/** One side's dosage, ready to compare: summed over the items of a combination line. */
type DosageView =
  | { readonly kind: 'unstructured'; readonly text: string }
  | { readonly kind: 'mixed' }
  | {
      readonly kind: 'scheduled';
      readonly exposure: ReadonlyArray<SubstanceExposure> | undefined;
      readonly intervalDays: number;
      readonly weekdays: ReadonlyArray<Weekday>;
      /** The first day of the dosing cycle: the step's `from`, else the item's `period.start`. */
      readonly cycleStart: IsoDate;
      readonly asNeeded: AsNeededView | undefined;
    }
  | { readonly kind: 'as-needed'; readonly asNeeded: AsNeededView }
  | {
      readonly kind: 'rate';
      /** Amounts of each substance per hour, where the strengths convert (2 ml/timme of 1 mg/ml is 2 mg). */
      readonly perHour: ReadonlyArray<SubstanceAmount> | undefined;
      /** The rates as written, per hour in their base measure (ml, mikrog), where all are the same measure. */
      readonly written: ReadonlyArray<SubstanceAmount> | undefined;
    };

/** The amounts per hour of a line's continuous rates, summed by substance; undefined where one does not convert. */
const rateView = (items: ReadonlyArray<MedicationItem>, rates: ReadonlyArray<Extract<CanonicalDosage, { kind: 'rate' }>>): DosageView => {
  const sum = (amounts: ReadonlyArray<SubstanceAmount | undefined>): ReadonlyArray<SubstanceAmount> | undefined => {
    if (amounts.some((a) => a === undefined)) return undefined;
    const totals = new Map<string, SubstanceAmount>();
    for (const a of amounts as ReadonlyArray<SubstanceAmount>) {
      const key = `${a.substance}\u0000${a.unit}`;
      totals.set(key, { ...a, value: roundAmount((totals.get(key)?.value ?? 0) + a.value) });
    }
    return [...totals.values()].sort((a, b) => (a.substance < b.substance ? -1 : a.substance > b.substance ? 1 : a.unit < b.unit ? -1 : a.unit > b.unit ? 1 : 0));
  };
  const perHour = sum(
    items.flatMap((item, k) => {
      const substances = item.product.substances;
      if (substances.length === 0) return [undefined];
      return substances.map((s) => {
        const a = substancePerHour(rates[k]!.rate, s.strength, substances.length);
        return a === undefined ? undefined : { substance: substanceKey(s.name), value: a.value, unit: a.unit };
      });
    }),
  );
  const written = sum(rates.map((r) => ({ substance: '(hastighet)', ...ratePerHour(r.rate) })));
  return { kind: 'rate', perHour, written: written !== undefined && written.length === 1 ? written : undefined };
};

const prnAmounts = (
  items: ReadonlyArray<MedicationItem>,
  prns: ReadonlyArray<AsNeeded>,
  field: 'quantity' | 'quantityMax' | 'maxPerDay',
): ReadonlyArray<SubstanceAmount> | undefined => {
  const amounts: SubstanceAmount[] = [];
  for (const [k, item] of items.entries()) {
    const prn = prns[k]!;
    const quantity = field === 'quantityMax' ? (prn.quantityMax ?? prn.quantity) : prn[field];
    if (quantity === undefined) return undefined;
    for (const s of item.product.substances) {
      const amount = amountOf(quantity, prn.unit ?? 'st', s.strength, item.product.substances.length);
      if (amount === undefined) return undefined;
      amounts.push({ substance: substanceKey(s.name), value: amount.value, unit: amount.unit });
    }
  }
  return amounts.sort((a, b) => (a.substance < b.substance ? -1 : a.substance > b.substance ? 1 : 0));
};

const asNeededView = (items: ReadonlyArray<MedicationItem>, prns: ReadonlyArray<AsNeeded>): AsNeededView => ({
  perDose: prnAmounts(items, prns, 'quantity'),
  perDoseMax: prnAmounts(items, prns, 'quantityMax'),
  maxPerDay: prns.every((p) => p.maxPerDay === undefined) ? null : prnAmounts(items, prns, 'maxPerDay'),
  recorded: prns,
});

const dosageView = (prepared: ReadonlyArray<PreparedItem>): DosageView => {
  // One pass counts the kinds; the arrays a view needs are built only for the branch taken (this runs
  // twice a line, and the lists are short: the allocations of filtering each kind cost more than the test).
  const n = prepared.length;
  let rateCount = 0;
  let textCount = 0;
  let scheduledCount = 0;
  for (let k = 0; k < n; k++) {
    const kind = prepared[k]!.dosage.kind;
    if (kind === 'rate') rateCount++;
    else if (kind === 'no-dose' || kind === 'unparsed') textCount++;
    else if (kind === 'scheduled') scheduledCount++;
  }
  const items = prepared.map((p) => p.item);
  // A continuous rate compares only with rates: against doses it is mixed.
  if (rateCount > 0) {
    if (rateCount !== n) return { kind: 'mixed' };
    return rateView(items, prepared.map((p) => p.dosage as Extract<CanonicalDosage, { kind: 'rate' }>));
  }
  // A text that carries no dose or was not understood is compared as folded text.
  if (textCount === n) {
    return { kind: 'unstructured', text: prepared.map((p) => (p.dosage as Extract<CanonicalDosage, { kind: 'no-dose' | 'unparsed' }>).text).join(' + ') };
  }
  if (textCount > 0) return { kind: 'mixed' };
  if (scheduledCount === 0) {
    const prns: AsNeeded[] = [];
    for (const p of prepared) if (p.dosage.kind === 'as-needed') prns.push(p.dosage.asNeeded);
    return { kind: 'as-needed', asNeeded: asNeededView(items, prns) };
  }
  if (scheduledCount !== n) return { kind: 'mixed' };
  const scheduled = prepared.map((p) => p.dosage as Extract<CanonicalDosage, { kind: 'scheduled' }>);
  const first: Schedule = scheduled[0]!.schedule;
  const firstWeekdays = first.weekdays.join();
  for (let k = 1; k < n; k++) {
    const schedule = scheduled[k]!.schedule;
    if (schedule.intervalDays !== first.intervalDays || schedule.weekdays.join() !== firstWeekdays) return { kind: 'mixed' };
  }
  // Every item is scheduled here: its prepared exposure is its schedule's.
  const parts: Array<ReadonlyArray<SubstanceExposure>> = [];
  for (const p of prepared) if (p.exposure !== undefined) parts.push(p.exposure);
  const exposure = parts.length === n ? sumExposures(parts) : undefined;
  const prnItems: MedicationItem[] = [];
  const prns: AsNeeded[] = [];
  for (let k = 0; k < n; k++) {
    const asNeeded = scheduled[k]!.asNeeded;
    if (asNeeded === undefined) continue;
    prnItems.push(items[k]!);
    prns.push(asNeeded);
  }
  const lead = items[0]!;
  const step = scheduled[0]!.step;
  const cycleStart = step !== undefined && step >= 0 && !isUnknown(lead.dosage) ? (lead.dosage.steps[step]?.from ?? lead.period.start) : lead.period.start;
  return {
    kind: 'scheduled',
    exposure,
    intervalDays: first.intervalDays,
    weekdays: first.weekdays,
    cycleStart,
    asNeeded: prns.length === 0 ? undefined : asNeededView(prnItems, prns),
  };
};

/**
 * Counts of dose units per slot, for a side whose amounts of substance cannot be computed (drops of a
 * mg/ml solution): comparable with the other side only when both name the same strengths.
 */
const countExposure = (items: ReadonlyArray<PreparedItem>): ReadonlyArray<SubstanceExposure> | undefined => {
  const parts: Array<ReadonlyArray<SubstanceExposure>> = [];
  for (const item of items) {
    const c = item.dosage;
    if (c.kind !== 'scheduled') return undefined;
    parts.push(scheduleExposure(c.schedule, [{ name: '(doser)' }]) ?? []);
  }
  return sumExposures(parts);
};

const namesSubstances = (items: ReadonlyArray<MedicationItem>): boolean => items.every((i) => i.product.substances.length > 0);

const sameAmounts = (a: ReadonlyArray<SubstanceAmount> | undefined, b: ReadonlyArray<SubstanceAmount> | undefined): boolean | undefined => {
  if (a === undefined || b === undefined) return undefined;
  return a.length === b.length && a.every((x, k) => x.substance === b[k]!.substance && sameAmount(x, b[k]!));
};

const dosageText = (items: ReadonlyArray<MedicationItem>): string =>
  items
    .map((i) => (isUnknown(i.dosage) ? (i.dosage.text ?? 'okänd dosering') : i.dosage.rate !== undefined && i.dosage.text.trim() === '' ? rateText(i.dosage.rate) : i.dosage.text))
    .join(' + ');

const doseValue = (
  items: ReadonlyArray<MedicationItem>,
  per: DoseValue['per'],
  amounts: ReadonlyArray<SubstanceAmount>,
  intervalDays: number,
  period?: DosePeriod,
): DoseValue => ({
  per,
  amounts,
  intervalDays,
  ...(period === undefined ? {} : { period }),
  dosage: dosageText(items),
});

const gcd = (a: number, b: number): number => (b === 0 ? a : gcd(b, a % b));

/** The days of a dosing cycle: 1 for daily, 7 for weekly or weekday dosing, N for every Nth day. */
const cycleDays = (v: { readonly intervalDays: number }): number => Math.max(1, v.intervalDays);

/** How many dosing days a cycle holds: its weekdays, or one. */
const dosingDaysPerCycle = (v: { readonly weekdays: ReadonlyArray<Weekday> }): number => Math.max(1, v.weekdays.length);

/**
 * The amounts of each substance over `days` (a whole number of the side's cycles), from the amounts
 * of one dosing day. A zero amount (a pause) takes the unit of the other side, so that "uppehåll" is
 * compared and shown as none of the drug, never as "0 none".
 */
const periodAmounts = (day: ReadonlyArray<SubstanceAmount>, dosingDays: number, other: ReadonlyArray<SubstanceAmount>): ReadonlyArray<SubstanceAmount> =>
  day.map((a, k) => ({
    substance: a.substance,
    value: roundAmount(a.value * dosingDays),
    unit: a.value === 0 && a.unit === 'none' ? (other[k]?.unit ?? a.unit) : a.unit,
  }));

const dayAmounts = (exposure: ReadonlyArray<SubstanceExposure>): ReadonlyArray<SubstanceAmount> =>
  exposure.map((e) => ({ substance: e.substance, ...perDosingDay(e) }));

const asNeededValue = (items: ReadonlyArray<MedicationItem>, view: DosageView) => {
  const prn = view.kind === 'as-needed' || view.kind === 'scheduled' ? view.asNeeded : undefined;
  const first = prn?.recorded[0];
  return {
    asNeeded: prn !== undefined,
    scheduled: view.kind === 'scheduled',
    quantity: first?.quantity ?? null,
    unit: first?.unit ?? null,
    maxPerDay: first?.maxPerDay ?? null,
    dosage: dosageText(items),
  };
};

/** Doses a dosing day: the slots given, and the doses at unstated times. */
const administrations = (e: SubstanceExposure): number => SLOTS.filter((s) => e.perSlot[s] > 0).length + (e.unstated?.timesPerDay ?? 0);


/**
 * Compares the dosages of the two sides of a line: the amount of substance per dosing day (`dose`),
 * when it is given (`schedule`), as needed against scheduled or a different daily maximum
 * (`as-needed`, reported alone), and the strengths when the amounts agree (`strength`). When a
 * dosage cannot be compared, says so (`not-comparable`); texts that are the same after folding
 * case and spaces agree.
 *
 * @example
 * compareDosages(prepareItems([furosemidC2], asOf), prepareItems([furixP2], asOf), 'furosemid') // [dose: 80 mg against 40 mg a day]
 */
export const compareDosages = (cosmicPrepared: ReadonlyArray<PreparedItem>, pascalPrepared: ReadonlyArray<PreparedItem>, drug: string): ReadonlyArray<Discrepancy> => {
  const cosmic = cosmicPrepared.map((i) => i.item);
  const pascal = pascalPrepared.map((i) => i.item);
  const c = dosageView(cosmicPrepared);
  const p = dosageView(pascalPrepared);
  const strengths = strengthDiscrepancy(cosmicPrepared, pascalPrepared, drug);
  const notComparable = (): ReadonlyArray<Discrepancy> => [
    discrepancy('not-comparable', drug, cosmic, pascal, { dosage: dosageText(cosmic), fields: ['dosage'], unknown: [] }, { dosage: dosageText(pascal), fields: ['dosage'], unknown: [] }),
    ...strengths,
  ];

  if (c.kind === 'unstructured' && p.kind === 'unstructured') return c.text === p.text ? strengths : notComparable();
  if (c.kind === 'unstructured' || p.kind === 'unstructured' || c.kind === 'mixed' || p.kind === 'mixed') return notComparable();

  // Continuous rates compare with rates only: amounts of substance per hour where both convert, else
  // the rates as written where they are one measure and nothing says the strengths differ.
  if (c.kind === 'rate' || p.kind === 'rate') {
    if (c.kind !== 'rate' || p.kind !== 'rate') return notComparable();
    const bySubstance = c.perHour !== undefined && p.perHour !== undefined && namesSubstances(cosmic) && namesSubstances(pascal);
    const cr = bySubstance ? c.perHour : strengths.length === 0 ? c.written : undefined;
    const pr = bySubstance ? p.perHour : strengths.length === 0 ? p.written : undefined;
    const comparable = cr !== undefined && pr !== undefined && cr.length === pr.length && cr.every((x, k) => x.substance === pr[k]!.substance && x.unit === pr[k]!.unit);
    if (!comparable) return notComparable();
    if (sameAmounts(cr, pr) === true) return strengths;
    return [discrepancy('dose', drug, cosmic, pascal, doseValue(cosmic, 'hour', cr, 1), doseValue(pascal, 'hour', pr, 1))];
  }

  // As needed on one side and scheduled on the other: reported alone, no dose difference besides.
  const asNeededDiscrepancy = () => discrepancy('as-needed', drug, cosmic, pascal, asNeededValue(cosmic, c), asNeededValue(pascal, p));
  if (c.kind !== p.kind) return [asNeededDiscrepancy()];

  const found: Discrepancy[] = [];
  let amountsDiffer = false;
  if (c.kind === 'scheduled' && p.kind === 'scheduled') {
    // Amounts of substance where both sides name their substances and the units convert; else the dose
    // units as given (1 tablett against 1 tablett), when nothing says the strengths differ.
    const sameStrengths = strengths.length === 0;
    const named = namesSubstances(cosmic) && namesSubstances(pascal);
    const byCount = sameStrengths && (!named || (c.exposure === undefined && p.exposure === undefined));
    const ce = byCount ? countExposure(cosmicPrepared) : c.exposure;
    const pe = byCount ? countExposure(pascalPrepared) : p.exposure;
    if (ce === undefined || pe === undefined) return notComparable();
    const cdRaw = dayAmounts(ce);
    const pdRaw = dayAmounts(pe);
    const comparableUnits = cdRaw.length === pdRaw.length && cdRaw.every((x, k) => x.substance === pdRaw[k]!.substance && (x.unit === pdRaw[k]!.unit || x.value === 0 || pdRaw[k]!.value === 0));
    if (!comparableUnits) return notComparable();
    // A pause (no dose that day) is none of the drug, in the other side's unit.
    const cd = periodAmounts(cdRaw, 1, pdRaw);
    const pd = periodAmounts(pdRaw, 1, cdRaw);
    // Rule 1 of the contract: the amounts over the shortest period that holds a whole number of both
    // sides' cycles (a day; a week for weekly or weekday dosing; N days for every Nth day).
    const cycleC = cycleDays(c);
    const cycleP = cycleDays(p);
    const days = (cycleC * cycleP) / gcd(cycleC, cycleP);
    const dosingC = dosingDaysPerCycle(c) * (days / cycleC);
    const dosingP = dosingDaysPerCycle(p) * (days / cycleP);
    const overC = periodAmounts(cd, dosingC, pd);
    const overP = periodAmounts(pd, dosingP, cd);
    if (!sameAmounts(overC, overP)) {
      amountsDiffer = true;
      const period = (over: ReadonlyArray<SubstanceAmount>, dosingDays: number): DosePeriod | undefined => (days === 1 ? undefined : { days, dosingDays, amounts: over });
      found.push(
        discrepancy(
          'dose',
          drug,
          cosmic,
          pascal,
          doseValue(cosmic, 'dosing-day', cd, c.intervalDays, period(overC, dosingC)),
          doseValue(pascal, 'dosing-day', pd, p.intervalDays, period(overP, dosingP)),
        ),
      );
    } else {
      // Slots are compared only where both sides state them (`2 gånger dagligen` does not); else the
      // number of doses a day.
      const sameSlots = ce.every((e, k) => {
        const o = pe[k]!;
        if (e.unstated === undefined && o.unstated === undefined) return SLOTS.every((s) => e.perSlot[s] === o.perSlot[s]);
        return administrations(e) === administrations(o);
      });
      // The same amount over the period on other days of it: another cycle, other weekdays, or every
      // Nth day counted from different first days.
      const otherPhase = c.weekdays.length === 0 && p.weekdays.length === 0 && cycleC === cycleP && cycleC > 1 && daysBetween(c.cycleStart, p.cycleStart) % cycleC !== 0;
      if (!sameSlots || c.intervalDays !== p.intervalDays || c.weekdays.join() !== p.weekdays.join() || otherPhase) {
        const value = (items: ReadonlyArray<MedicationItem>, e: ReadonlyArray<SubstanceExposure>, v: typeof c) => ({
          slots: e.map((x) => ({ substance: x.substance, unit: x.unit, perSlot: x.perSlot, ...(x.unstated === undefined ? {} : { unstated: x.unstated }) })),
          intervalDays: v.intervalDays,
          weekdays: v.weekdays,
          dosage: dosageText(items),
        });
        found.push(discrepancy('schedule', drug, cosmic, pascal, value(cosmic, ce, c), value(pascal, pe, p)));
      }
    }
  }

  // As-needed parts on both sides: the single dose, then the daily maximum.
  const cp = c.asNeeded;
  const pp = p.asNeeded;
  // Scheduled on both sides, with as-needed doses on top on one side only.
  if ((cp === undefined) !== (pp === undefined)) found.push(asNeededDiscrepancy());
  if (cp !== undefined && pp !== undefined) {
    // Amounts of substance where the units allow; else, for the same strengths, the doses as written.
    const asWritten = (v: AsNeededView, field: 'quantity' | 'quantityMax' | 'maxPerDay') =>
      v.recorded.map((r) => `${(field === 'quantityMax' ? (r.quantityMax ?? r.quantity) : r[field]) ?? '-'} ${r.unit ?? ''}`).join();
    const fallback = (field: 'quantity' | 'quantityMax' | 'maxPerDay') => (strengths.length === 0 ? asWritten(cp, field) === asWritten(pp, field) : undefined);
    const sameLow = sameAmounts(cp.perDose, pp.perDose) ?? fallback('quantity');
    const sameHigh = sameAmounts(cp.perDoseMax, pp.perDoseMax) ?? fallback('quantityMax');
    const sameDose = sameLow === undefined || sameHigh === undefined ? undefined : sameLow && sameHigh;
    const sameMax =
      cp.maxPerDay === null || pp.maxPerDay === null ? cp.maxPerDay === pp.maxPerDay : (sameAmounts(cp.maxPerDay, pp.maxPerDay) ?? fallback('maxPerDay'));
    if (sameDose === undefined || sameMax === undefined) return [...found, ...notComparable()];
    if (!sameDose && !amountsDiffer) {
      amountsDiffer = true;
      found.push(discrepancy('dose', drug, cosmic, pascal, doseValue(cosmic, 'dose', cp.perDose ?? [], 1), doseValue(pascal, 'dose', pp.perDose ?? [], 1)));
    }
    if (!sameMax) found.push(asNeededDiscrepancy());
  }
  return amountsDiffer ? found : [...found, ...strengths];
};

/**
 * A `strength` discrepancy when the two sides' products differ in strength, else nothing.
 *
 * @example
 * strengthDiscrepancy(prepareItems([levaxin100], asOf), prepareItems([levaxin50], asOf), 'levotyroxin') // [strength: 100 mikrog against 50 mikrog]
 */
export const strengthDiscrepancy = (cosmicPrepared: ReadonlyArray<PreparedItem>, pascalPrepared: ReadonlyArray<PreparedItem>, drug: string): ReadonlyArray<Discrepancy> => {
  const substances = (items: ReadonlyArray<MedicationItem>) => items.flatMap((i) => i.product.substances);
  // Only a strength stated on both sides can differ: a side that names no strength says nothing about it.
  const stated = (items: ReadonlyArray<PreparedItem>): Map<string, string> => {
    const byKey = new Map<string, string>();
    for (const item of items) for (const [key, value] of item.statedStrengths) byKey.set(key, value);
    return byKey;
  };
  const c = stated(cosmicPrepared);
  if (c.size === 0) return [];
  const p = stated(pascalPrepared);
  if (![...c].some(([key, value]) => p.has(key) && p.get(key) !== value)) return [];
  const cosmic = cosmicPrepared.map((i) => i.item);
  const pascal = pascalPrepared.map((i) => i.item);
  const value = (items: ReadonlyArray<MedicationItem>) => ({
    products: items.map((i) => productName(i.product)),
    strengths: substances(items).flatMap((s) => (s.strength === undefined || isUnknown(s.strength) ? [] : [{ substance: substanceKey(s.name), value: s.strength.value, unit: s.strength.unit }])),
  });
  return [discrepancy('strength', drug, cosmic, pascal, value(cosmic), value(pascal))];
};
