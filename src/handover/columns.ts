import { canonicalDosageOf, type Slot } from '../dosage';
import {
  activityOn,
  isUnknown,
  productName,
  substanceKey,
  type Activity,
  type AsNeededDose,
  type Dispensing,
  type DoseRate,
  type IsoDate,
  type MedicationItem,
  type Prescriber,
  type Unknown,
  type Weekday,
} from '../model';
import { cellOf, type Cell } from './cell';

/** A strength of one substance, as the product states it. @example `{ substance: 'levotyroxin', value: 100, unit: 'mikrog' }` */
export interface SubstanceStrength {
  readonly substance: string;
  readonly value: number;
  readonly unit: string;
}

/** A substance whose strength is stated but could not be read. */
export interface UnknownStrength {
  readonly substance: string;
  readonly kind: 'unknown';
}

/** A quantity of a dose unit, as written: `{ quantity: 1, unit: 'tablett' }`. */
export interface Quantity {
  readonly quantity: number;
  readonly unit: string;
}

/**
 * The dose of one item as a Swedish list shows it:
 * - `scheduled`: what is given in each slot (morning, midday, evening, night), every `intervalDays`
 *   days, on `weekdays` where given; `step` is the dose step in force, for stepped dosages;
 * - `as-needed`: only as needed (see the as-needed column);
 * - `unstructured`: only a text, shown as written: one that carries no dose or is not fully
 *   understood, or one that gives a number of doses a day without saying when (no slot to put them in);
 * - `rate`: given continuously at a rate (an infusion of 2 mg per hour), as recorded;
 * - `unknown`: the dosage could not be read; `text` is the instruction text where that could be read.
 */
export type DoseColumn =
  | {
      readonly kind: 'scheduled';
      readonly slots: Readonly<Record<Slot, ReadonlyArray<Quantity>>>;
      readonly intervalDays: number;
      readonly weekdays: ReadonlyArray<Weekday>;
      readonly step: { readonly from: IsoDate; readonly to: IsoDate | null } | null;
    }
  | { readonly kind: 'as-needed' }
  | { readonly kind: 'unstructured'; readonly text: string }
  | { readonly kind: 'rate'; readonly rate: DoseRate }
  | { readonly kind: 'unknown'; readonly text: string | null };

/** An item's state on the reconciliation date, with the date and reason where there are any. */
export interface ItemState {
  readonly kind: Activity['kind'];
  readonly date: IsoDate | null;
  readonly reason: string | null;
}

/** The treatment period of an item: first day and planned last day (null for none, `Unknown` when unreadable). */
export interface TreatmentPeriod {
  readonly start: IsoDate;
  readonly end: IsoDate | Unknown | null;
}

/**
 * The columns of a Swedish läkemedelslista for one line, each a cell holding what each side says:
 * product and substance, strength, form, route, dose per slot (or interval), the dosage text, as-needed
 * dose with its maximum per day, purpose, start and end, dose-dispensed or whole package, prescriber,
 * and the items' state on the reconciliation date. A value stated but unreadable is `{ kind: 'unknown' }`
 * in its cell: shown as unknown, never as absent or guessed.
 */
export interface Columns {
  readonly product: Cell<string>;
  readonly substances: Cell<string>;
  readonly atc: Cell<string>;
  readonly strength: Cell<SubstanceStrength | UnknownStrength>;
  readonly form: Cell<string | Unknown>;
  readonly route: Cell<string | Unknown>;
  readonly dose: Cell<DoseColumn>;
  readonly instructions: Cell<string>;
  readonly asNeeded: Cell<AsNeededDose>;
  readonly purpose: Cell<string | Unknown>;
  readonly period: Cell<TreatmentPeriod>;
  readonly dispensing: Cell<Dispensing | Unknown>;
  readonly prescriber: Cell<Prescriber | Unknown>;
  readonly state: Cell<ItemState>;
}

const emptySlots = (): Record<Slot, Quantity[]> => ({ morning: [], midday: [], evening: [], night: [] });

/**
 * The dose of one item on `asOf`, by slot.
 *
 * @example
 * doseColumn(metforminC1, '2026-11-20')
 * // { kind: 'scheduled', slots: { morning: [1 tablett], midday: [], evening: [1 tablett], night: [] }, intervalDays: 1, weekdays: [], step: null }
 */
export const doseColumn = (item: MedicationItem, asOf: IsoDate): DoseColumn => {
  const dosage = item.dosage;
  if (isUnknown(dosage)) return { kind: 'unknown', text: dosage.text ?? null };
  const canon = canonicalDosageOf(item, asOf);
  if (canon.kind === 'as-needed') return { kind: 'as-needed' };
  if (canon.kind === 'rate' && dosage.rate !== undefined) return { kind: 'rate', rate: dosage.rate };
  if (canon.kind !== 'scheduled' || canon.schedule.unslotted !== undefined) return { kind: 'unstructured', text: dosage.text };
  const slots = emptySlots();
  for (const dose of canon.schedule.doses) slots[dose.slot].push({ quantity: dose.quantity, unit: dose.unit });
  const step = canon.step === undefined ? null : dosage.steps[canon.step];
  return {
    kind: 'scheduled',
    slots,
    intervalDays: canon.schedule.intervalDays,
    weekdays: canon.schedule.weekdays,
    step: step === undefined || step === null ? null : { from: step.from, to: step.to ?? null },
  };
};

/**
 * An item's state on `asOf`.
 *
 * @example
 * itemState(zopiklonC4, '2026-11-20') // { kind: 'discontinued', date: '2026-11-15', reason: 'fallrisk, dagtrötthet' }
 */
export const itemState = (item: MedicationItem, asOf: IsoDate): ItemState => {
  const a = activityOn(item, asOf);
  switch (a.kind) {
    case 'discontinued':
      return { kind: a.kind, date: a.date ?? null, reason: a.reason ?? null };
    case 'not-started':
      return { kind: a.kind, date: a.start, reason: null };
    case 'ended':
      return { kind: a.kind, date: a.end, reason: null };
    default:
      return { kind: a.kind, date: null, reason: null };
  }
};

const strengths = (item: MedicationItem): ReadonlyArray<SubstanceStrength | UnknownStrength> =>
  item.product.substances.flatMap((s): ReadonlyArray<SubstanceStrength | UnknownStrength> => {
    if (s.strength === undefined) return [];
    if (isUnknown(s.strength)) return [{ substance: substanceKey(s.name), kind: 'unknown' as const }];
    return [{ substance: substanceKey(s.name), value: s.strength.value, unit: s.strength.unit }];
  });

const column = <T>(cosmic: ReadonlyArray<MedicationItem>, pascal: ReadonlyArray<MedicationItem>, get: (i: MedicationItem) => T | undefined, perItem = false): Cell<T> =>
  cellOf(cosmic.map(get), pascal.map(get), perItem);

const manyColumn = <T>(cosmic: ReadonlyArray<MedicationItem>, pascal: ReadonlyArray<MedicationItem>, get: (i: MedicationItem) => ReadonlyArray<T>, order: (a: T, b: T) => number): Cell<T> =>
  cellOf([...cosmic.flatMap(get)].sort(order), [...pascal.flatMap(get)].sort(order));

const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * The columns of a line from its items on each side, on `asOf`.
 *
 * @example
 * columnsOf([furosemidC2], [furixP2], '2026-11-20').product
 * // { kind: 'differs', cosmic: ['Furosemid Accord 40 mg tablett'], pascal: ['Furix 40 mg tablett'] }
 */
export const columnsOf = (cosmic: ReadonlyArray<MedicationItem>, pascal: ReadonlyArray<MedicationItem>, asOf: IsoDate): Columns => ({
  product: column(cosmic, pascal, (i) => productName(i.product)),
  substances: manyColumn(cosmic, pascal, (i) => i.product.substances.map((s) => s.name), byText),
  atc: column(cosmic, pascal, (i) => i.product.atc),
  strength: manyColumn(cosmic, pascal, strengths, (a, b) => byText(a.substance, b.substance) || ('value' in a ? a.value : -1) - ('value' in b ? b.value : -1)),
  form: column(cosmic, pascal, (i) => i.product.form),
  route: column(cosmic, pascal, (i) => i.route),
  // Each item's dose counts: two products of one tablet each are two tablets.
  dose: column(cosmic, pascal, (i) => doseColumn(i, asOf), true),
  instructions: column(cosmic, pascal, (i) => (i.dosage.text === undefined || i.dosage.text.trim() === '' ? undefined : i.dosage.text)),
  asNeeded: column(cosmic, pascal, (i) => (isUnknown(i.dosage) ? undefined : i.dosage.asNeeded)),
  purpose: column(cosmic, pascal, (i) => i.purpose),
  period: column(cosmic, pascal, (i) => ({ start: i.period.start, end: i.period.end ?? null })),
  dispensing: column(cosmic, pascal, (i) => i.dispensing),
  prescriber: column(cosmic, pascal, (i) => i.prescriber),
  state: column(cosmic, pascal, (i) => itemState(i, asOf)),
});
