import type { Slot } from '../dosage';
import type { Activity, Dispensing, IsoDate, ItemId, MedicationItem, Ordination, Prescription, Weekday } from '../model';

/**
 * The kinds of discrepancy (skillnad mellan listorna). The names are part of the output contract.
 */
export type DiscrepancyKind =
  | 'missing-in-pascal'
  | 'missing-in-cosmic'
  | 'dose'
  | 'schedule'
  | 'strength'
  | 'form'
  | 'route'
  | 'as-needed'
  | 'status'
  | 'period'
  | 'prescription-expired'
  | 'dispensing'
  | 'duplicate'
  | 'purpose'
  | 'text-mismatch'
  | 'not-comparable';

/** Every kind, in the order reports list them: the most consequential first. */
export const DISCREPANCY_KINDS: ReadonlyArray<DiscrepancyKind> = [
  'status',
  'missing-in-pascal',
  'missing-in-cosmic',
  'duplicate',
  'dose',
  'as-needed',
  'text-mismatch',
  'strength',
  'form',
  'route',
  'schedule',
  'period',
  'prescription-expired',
  'dispensing',
  'not-comparable',
  'purpose',
];

/** An amount of one substance, in a base unit (mikrog, ml, E, mikrog/timme, or a form unit). */
export interface SubstanceAmount {
  readonly substance: string;
  readonly value: number;
  readonly unit: string;
}

/** The item a `missing-in-…` discrepancy is about. */
export interface ItemValue {
  readonly product: string;
  readonly dosage: string;
}

/**
 * The amount of each substance over the common period of both sides' dosing cycles (rule 1 of the
 * contract): `days` long (7 for a week), holding `dosingDays` dosing days of this side.
 */
export interface DosePeriod {
  readonly days: number;
  readonly dosingDays: number;
  readonly amounts: ReadonlyArray<SubstanceAmount>;
}

/**
 * The amount of each substance per dosing day (or per dose, for as-needed dosing, or per hour, for a
 * continuous rate); an amount of 0 is
 * a pause (uppehåll). `period`, where the common period of both sides' cycles is longer than a day,
 * holds the amounts over it: what a `dose` discrepancy is decided on (10 mg against 70 mg a week).
 */
export interface DoseValue {
  /** `hour` for a continuous rate (an infusion): the amounts are per hour. */
  readonly per: 'dosing-day' | 'dose' | 'hour';
  readonly amounts: ReadonlyArray<SubstanceAmount>;
  readonly intervalDays: number;
  readonly period?: DosePeriod;
  readonly dosage: string;
}

/**
 * When the doses are given: amount per slot of each substance, interval and weekdays; `unstated`, for
 * a dosage that gives a number of doses a day without their times (`2 gånger dagligen`), holds that
 * amount and count.
 */
export interface ScheduleValue {
  readonly slots: ReadonlyArray<{
    readonly substance: string;
    readonly unit: string;
    readonly perSlot: Readonly<Record<Slot, number>>;
    readonly unstated?: { readonly perDay: number; readonly timesPerDay: number };
  }>;
  readonly intervalDays: number;
  readonly weekdays: ReadonlyArray<Weekday>;
  readonly dosage: string;
}

/** The strengths of the product(s). */
export interface StrengthValue {
  readonly products: ReadonlyArray<string>;
  readonly strengths: ReadonlyArray<SubstanceAmount>;
}

/** The dosage form(s) as written. */
export interface FormValue {
  readonly forms: ReadonlyArray<string>;
}

/** The route(s) as written. */
export interface RouteValue {
  readonly routes: ReadonlyArray<string>;
}

/** Whether the item is as needed, with its dose and daily maximum where given. */
export interface AsNeededValue {
  readonly asNeeded: boolean;
  readonly scheduled: boolean;
  readonly quantity: number | null;
  readonly unit: string | null;
  readonly maxPerDay: number | null;
  readonly dosage: string;
}

/** The state of the item on the reconciliation date, with the date and reason of a discontinuation. */
export interface StatusValue {
  readonly status: Activity['kind'];
  readonly date: IsoDate | null;
  readonly reason: string | null;
}

/** The planned last day, or null for none; `ended` when the item has ended by the reconciliation date (its end or last dose step passed). */
export interface PeriodValue {
  readonly end: IsoDate | null;
  readonly ended?: boolean;
}

/** Whether the item is in force, and the prescription's last valid day. */
export interface ValidityValue {
  readonly active: boolean;
  readonly validUntil: IsoDate | null;
}

/** How the item is dispensed. */
export interface DispensingValue {
  readonly dispensing: Dispensing;
}

/** The copies of one drug on a list. */
export interface DuplicateValue {
  readonly items: ReadonlyArray<ItemId>;
  readonly products: ReadonlyArray<string>;
}

/**
 * Within one item: the instruction text as written, what the structured dosage says and what the text
 * was read as (both in Swedish), when the two differ.
 */
export interface TextMismatchValue {
  readonly dosage: string;
  readonly structured: string;
  readonly parsed: string;
}

/** The treatment purpose (behandlingsändamål) as written. */
export interface PurposeValue {
  readonly purposes: ReadonlyArray<string>;
}

/**
 * A field whose values cannot be compared: the dosage (a text that carries no dose or is not
 * understood, units that do not convert), or a field that is unknown (stated but unreadable) on
 * one side and stated on the other.
 */
export type ComparedField = 'dosage' | 'strength' | 'form' | 'route' | 'dispensing' | 'period' | 'purpose';

/**
 * What cannot be compared: `dosage` is the dosage as written (or `okänd dosering` when it could not
 * be read); `fields` names every field of the line that cannot be compared, and `unknown` those of
 * them that are unreadable on this side.
 */
export interface DosageTextValue {
  readonly dosage: string;
  readonly fields: ReadonlyArray<ComparedField>;
  readonly unknown: ReadonlyArray<ComparedField>;
}

/** What each kind of discrepancy carries on each side. */
export interface DiscrepancyValues {
  readonly 'missing-in-pascal': ItemValue;
  readonly 'missing-in-cosmic': ItemValue;
  readonly dose: DoseValue;
  readonly schedule: ScheduleValue;
  readonly strength: StrengthValue;
  readonly form: FormValue;
  readonly route: RouteValue;
  readonly 'as-needed': AsNeededValue;
  readonly status: StatusValue;
  readonly period: PeriodValue;
  readonly 'prescription-expired': ValidityValue;
  readonly dispensing: DispensingValue;
  readonly duplicate: DuplicateValue;
  readonly purpose: PurposeValue;
  readonly 'text-mismatch': TextMismatchValue;
  readonly 'not-comparable': DosageTextValue;
}

/**
 * One discrepancy: its kind, the drug, the items on each side and both values, so a reader sees what
 * differs without opening the sources. A side with no item has the value null. `items` holds the
 * items themselves (the same objects as the reconciled line's, never looked up again); `cosmic` and
 * `pascal` are their ids, in the same order: the discrepancy's name in deviation ids and documents.
 */
export type Discrepancy = {
  readonly [K in DiscrepancyKind]: {
    readonly kind: K;
    readonly drug: string;
    readonly cosmic: ReadonlyArray<ItemId>;
    readonly pascal: ReadonlyArray<ItemId>;
    readonly values: { readonly cosmic: DiscrepancyValues[K] | null; readonly pascal: DiscrepancyValues[K] | null };
    readonly items: { readonly cosmic: ReadonlyArray<Ordination>; readonly pascal: ReadonlyArray<Prescription> };
  };
}[DiscrepancyKind];

const isOrdination = (i: MedicationItem): i is Ordination => i.source === 'cosmic';
const isPrescription = (i: MedicationItem): i is Prescription => i.source === 'pascal';

/**
 * Builds a discrepancy of kind `kind` on the items of each side (their ids name it).
 *
 * @example
 * discrepancy('period', 'zopiklon', [c], [p], { end: null }, { end: '2026-12-01' })
 * // { kind: 'period', drug: 'zopiklon', cosmic: ['C-4'], pascal: ['P-4'], values: { … }, items: { cosmic: [c], pascal: [p] } }
 */
export const discrepancy = <K extends DiscrepancyKind>(
  kind: K,
  drug: string,
  cosmic: ReadonlyArray<MedicationItem>,
  pascal: ReadonlyArray<MedicationItem>,
  cosmicValue: DiscrepancyValues[K] | null,
  pascalValue: DiscrepancyValues[K] | null,
): Discrepancy => {
  // The sides are typed as items by the callers that compare them; each side holds its own list's items only.
  const items = { cosmic: cosmic.filter(isOrdination), pascal: pascal.filter(isPrescription) };
  return {
    kind,
    drug,
    cosmic: items.cosmic.map((i) => i.id),
    pascal: items.pascal.map((i) => i.id),
    values: { cosmic: cosmicValue, pascal: pascalValue },
    items,
  } as Discrepancy;
};
