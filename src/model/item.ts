import type { AtcCode, ItemId, NplId, NplPackId } from './ids';
import type { ClockTime, IsoDate, Timestamp } from './time';
import type { Unknown } from './unknown';

/** Which record system an item comes from: the journal (`cosmic`) or the e-prescription list (`pascal`). */
export type Source = 'cosmic' | 'pascal';

/**
 * The other record system.
 *
 * @example
 * otherSource('cosmic') // 'pascal'
 */
export const otherSource = (source: Source): Source => (source === 'cosmic' ? 'pascal' : 'cosmic');

/** A strength (styrka), e.g. `{ value: 500, unit: 'mg' }` or `{ value: 12, unit: 'mikrog/timme' }`. */
export interface Strength {
  readonly value: number;
  readonly unit: string;
}

/** One active substance (aktiv substans) of a product, with its strength where the product has one. */
export interface Substance {
  readonly name: string;
  /** Absent: the product has no single strength; `Unknown`: stated but unreadable. */
  readonly strength?: Strength | Unknown;
}

/**
 * What an item is: the product as named, its NPL identity, ATC code, active substances and dosage form
 * (läkemedelsform). A combination product lists several substances.
 */
export interface Product {
  /** The name as shown; `Unknown` when it is stated but unreadable (see `productName`). */
  readonly name: string | Unknown;
  readonly nplId?: NplId;
  readonly nplPackId?: NplPackId;
  readonly atc?: AtcCode;
  readonly substances: ReadonlyArray<Substance>;
  readonly form?: string | Unknown;
  /**
   * Other codes of the product, each a system and a code (SNOMED CT, RxNorm, a national product code,
   * a code system medrec does not know): two items sharing one are the same product. Read from FHIR.
   */
  readonly codes?: ReadonlyArray<ProductCode>;
}

/** A code of a product in a code system, e.g. `{ system: 'http://snomed.info/sct', code: '324689003' }`. */
export interface ProductCode {
  readonly system: string;
  readonly code: string;
}

/**
 * The kind of treatment: `continuous` (stående), `as-needed` (vid behov), `course` (kur, with an end)
 * or `single` (engångsdos).
 */
export type ItemKind = 'continuous' | 'as-needed' | 'course' | 'single';

/**
 * How the patient gets the drug: on `prescription` (must be on the e-prescription list), from the
 * unit's `ward-stock` (rekvisition), as `self-care` (egenvård) or under a `general-directive`
 * (generella direktiv). Only prescription items are expected on the e-prescription list.
 */
export type Supply = 'prescription' | 'ward-stock' | 'self-care' | 'general-directive';

/** `dose-dispensed` (dosdispenserad, packed in dated dose bags) or `whole-package` (helförpackning). */
export type Dispensing = 'dose-dispensed' | 'whole-package';

/** A day of the week, as the formats write it. */
export type Weekday = 'mon' | 'tue' | 'wed' | 'thu' | 'fri' | 'sat' | 'sun';

/** The days of the week in calendar order, Monday first as in Sweden. */
export const WEEKDAYS: ReadonlyArray<Weekday> = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];

/** One structured dose of a day: at `time`, `quantity` of `unit` (a form unit such as `tablett`, or a measure such as `mg`). */
export interface Dose {
  readonly time: ClockTime;
  readonly quantity: number;
  readonly unit: string;
}

/** As-needed dosing (vid behov): the dose, and optionally a daily maximum, a minimum interval and the indication. */
export interface AsNeededDose {
  readonly quantity: number;
  readonly unit?: string;
  readonly maxPerDay?: number;
  readonly minIntervalHours?: number;
  readonly indication?: string;
}

/** A dose step (doseringssteg) of a taper or titration: the doses that apply from `from` to `to` (inclusive). */
export interface DoseStep {
  readonly from: IsoDate;
  readonly to?: IsoDate;
  readonly doses: ReadonlyArray<Dose>;
  readonly intervalDays: number;
}

/**
 * The time a dose rate is given per: a minute, an hour or a day (dygn).
 *
 * @example
 * const per: RateTime = 'h'; // per timme
 */
export type RateTime = 'min' | 'h' | 'd';

/**
 * A dose rate (doshastighet): `quantity` of `unit` per `per`, e.g. 2 mg per hour of a morphine
 * infusion, 50 ml per hour of a drip. `unit` is a measure (mg, mikrog, ml, E) or a unit as written
 * (`mikrog/kg` for a weight-based rate).
 *
 * @example
 * const rate: DoseRate = { quantity: 2, unit: 'mg', per: 'h' }; // 2 mg/timme
 */
export interface DoseRate {
  readonly quantity: number;
  readonly unit: string;
  readonly per: RateTime;
}

/**
 * The dosage (dosering) as its system records it: the instruction text the patient reads and, where
 * the system has them, structured doses for one day, an interval in days, weekdays, as-needed dosing
 * and dose steps. `intervalDays` is 1 unless stated; empty arrays mean "not given".
 */
export interface RecordedDosage {
  readonly text: string;
  readonly doses: ReadonlyArray<Dose>;
  readonly intervalDays: number;
  readonly weekdays: ReadonlyArray<Weekday>;
  readonly asNeeded?: AsNeededDose;
  readonly steps: ReadonlyArray<DoseStep>;
  /**
   * Given continuously at this rate (an infusion of 2 mg per hour): the rate is then the dosage, and
   * `doses`, `steps` and `asNeeded` are empty (a FHIR reader never gives both). Read from FHIR's
   * `rateQuantity`/`rateRatio`; the JSON contract has no rate.
   */
  readonly rate?: DoseRate;
}

/**
 * A dosage that could not be read (some part of it is unreadable): never compared as if it said
 * something, never guessed. `text` is the instruction text as written, where that could be read, for
 * people to see.
 *
 * @example
 * const dosage: UnknownDosage = { kind: 'unknown', text: '1 tablett kl 8.00' };
 */
export interface UnknownDosage extends Unknown {
  readonly text?: string;
}

/**
 * The treatment period: first day, and the planned last day where there is one (`Unknown` when it is
 * stated but unreadable).
 */
export interface Period {
  readonly start: IsoDate;
  readonly end?: IsoDate | Unknown;
}

/**
 * The status an item's system records: active, discontinued (utsatt) with date and reason where
 * known, or cancelled (makulerad: entered in error). Whether the item is in force on a given day
 * also depends on its period: see `activityOn`.
 */
export type RecordedStatus =
  | { readonly kind: 'active' }
  | { readonly kind: 'discontinued'; readonly date?: IsoDate; readonly reason?: string }
  | { readonly kind: 'cancelled' };

/**
 * Who reported what a list says the patient takes (FHIR `MedicationStatement.informationSource`):
 * the kind of source (`Patient`, `RelatedPerson`, `Practitioner`, …) and its name where given.
 */
export interface Reporter {
  readonly type?: string;
  readonly name?: string;
}

/** Who prescribed or ordained the item. */
export interface Prescriber {
  readonly hsaId?: string;
  readonly name?: string;
  readonly unit?: string;
}

interface ItemBase {
  /** The id in the item's own system. */
  readonly id: ItemId;
  /** Position in the export's item array, for messages and for reading the source. */
  readonly index: number;
  readonly product: Product;
  readonly route?: string | Unknown;
  readonly kind: ItemKind | Unknown;
  readonly supply: Supply | Unknown;
  /** The dosage as recorded, or `UnknownDosage` when some part of it could not be read. */
  readonly dosage: RecordedDosage | UnknownDosage;
  readonly period: Period;
  readonly status: RecordedStatus;
  readonly prescriber?: Prescriber | Unknown;
  /** Who reported the item (uppgiftslämnare: the patient, a relative, a nurse), where a statement says; never the prescriber. */
  readonly reporter?: Reporter;
  readonly purpose?: string | Unknown;
  readonly updatedAt?: Timestamp;
}

/**
 * An ordination (läkemedelsordination) from the journal's ordination list.
 */
export interface Ordination extends ItemBase {
  readonly source: 'cosmic';
  readonly dispensing?: Dispensing | Unknown;
}

/**
 * A prescription (recept) from the e-prescription list, possibly a dose-dispensing order. Always on
 * prescription; its kind is read from its dosage and period.
 */
export interface Prescription extends ItemBase {
  readonly source: 'pascal';
  readonly supply: 'prescription';
  readonly dispensing: Dispensing | Unknown;
  readonly validUntil?: IsoDate | Unknown;
  readonly treatmentReason?: string;
}

/** A normalised medication item from either system; `source` tells which. */
export type MedicationItem = Ordination | Prescription;

/** What a product whose name could not be read is called in messages and lists. */
export const UNREADABLE_NAME = '(produktnamnet kunde inte läsas)';

/**
 * A product's name for display: the name as written, or `UNREADABLE_NAME` when it could not be read.
 *
 * @example
 * productName({ name: 'Furix 40 mg tablett', substances: [] }) // 'Furix 40 mg tablett'
 */
export const productName = (product: Product): string => (typeof product.name === 'string' ? product.name : UNREADABLE_NAME);
