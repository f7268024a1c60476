import * as E from 'fp-ts/lib/Either.js';
import type * as t from 'io-ts';
import {
  compareDates,
  redactPersonnummer,
  type AsNeededDose,
  type Dose,
  type DoseStep,
  type InvalidItem,
  type ItemId,
  type Ordination,
  type Prescription,
  type Problem,
  type Product,
  type RecordedDosage,
  type RecordedStatus,
  type Source,
} from '../model';
import { OrdinationCodec, PrescriptionCodec, type RawDosage, type RawOrdination, type RawPrescription, type RawProduct } from './codecs';
import { reportErrors } from './reporter';

/** The name of the item array and of the id field in each export. */
export const ITEM_FIELDS = {
  cosmic: { array: 'ordinations', id: 'ordinationId' },
  pascal: { array: 'prescriptions', id: 'prescriptionId' },
} as const;

/** Copies the keys of `fields` whose value is defined: the model never holds an `undefined` property. */
const defined = <T extends object>(fields: T): { [K in keyof T]?: Exclude<T[K], undefined> } =>
  Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined)) as { [K in keyof T]?: Exclude<T[K], undefined> };

const toProduct = (raw: RawProduct): Product => ({
  name: raw.name,
  substances: (raw.substances ?? []).map((s) => ({ name: s.name, ...defined({ strength: s.strength }) })),
  ...defined({ nplId: raw.nplId, nplPackId: raw.nplPackId, atc: raw.atc, form: raw.form }),
});

const toDoses = (doses: ReadonlyArray<Dose> | undefined): ReadonlyArray<Dose> => doses ?? [];

const toAsNeeded = (raw: NonNullable<RawDosage['asNeeded']>): AsNeededDose => ({
  quantity: raw.quantity,
  ...defined({ unit: raw.unit, maxPerDay: raw.maxPerDay, minIntervalHours: raw.minIntervalHours, indication: raw.indication }),
});

const toDosage = (raw: RawDosage): RecordedDosage => ({
  text: raw.text,
  doses: toDoses(raw.doses),
  intervalDays: raw.intervalDays ?? 1,
  weekdays: raw.weekdays ?? [],
  steps: (raw.steps ?? []).map(
    (s): DoseStep => ({ from: s.from, doses: s.doses, intervalDays: s.intervalDays ?? 1, ...defined({ to: s.to }) }),
  ),
  ...(raw.asNeeded === undefined ? {} : { asNeeded: toAsNeeded(raw.asNeeded) }),
});

/** Rules that span fields, checked once the codec has passed: each broken one is a problem at its path. */
const crossFieldProblems = (raw: RawOrdination | RawPrescription, at: string): ReadonlyArray<Problem> => {
  const problems: Problem[] = [];
  const p = raw.product;
  if (p.nplId === undefined && p.atc === undefined && (p.substances ?? []).length === 0) {
    problems.push({ path: `${at}.product`, message: 'expected at least one of nplId, atc, substances: the item cannot be identified' });
  }
  if (raw.period.end !== undefined && compareDates(raw.period.end, raw.period.start) < 0) {
    problems.push({ path: `${at}.period.end`, message: `expected a date on or after period.start (${raw.period.start}), got "${raw.period.end}"` });
  }
  (raw.dosage.steps ?? []).forEach((step, i) => {
    if (step.to !== undefined && compareDates(step.to, step.from) < 0) {
      problems.push({ path: `${at}.dosage.steps[${i}].to`, message: `expected a date on or after from (${step.from}), got "${step.to}"` });
    }
  });
  return problems;
};

const ordinationStatus = (raw: RawOrdination): RecordedStatus =>
  raw.discontinued === undefined ? { kind: 'active' } : { kind: 'discontinued', ...defined(raw.discontinued) };

// A prescription marked active but carrying a discontinuation is read as discontinued from that date:
// activity on the reconciliation date then follows the date (see `activityOn`).
const prescriptionStatus = (raw: RawPrescription): RecordedStatus => {
  if (raw.status === 'cancelled') return { kind: 'cancelled' };
  if (raw.status === 'discontinued' || raw.discontinued !== undefined) {
    return { kind: 'discontinued', ...defined({ date: raw.discontinued?.date, reason: raw.discontinued?.reason }) };
  }
  return { kind: 'active' };
};

const shared = (raw: RawOrdination | RawPrescription, index: number) => ({
  index,
  product: toProduct(raw.product),
  dosage: toDosage(raw.dosage),
  period: { start: raw.period.start, ...defined({ end: raw.period.end }) },
  ...defined({
    route: raw.route,
    prescriber: raw.prescriber === undefined ? undefined : defined(raw.prescriber),
    purpose: raw.purpose,
    updatedAt: raw.updatedAt,
  }),
});

const toOrdination = (raw: RawOrdination, index: number): Ordination => ({
  source: 'cosmic',
  id: raw.ordinationId as ItemId,
  ...shared(raw, index),
  kind: raw.type,
  supply: raw.supply,
  status: ordinationStatus(raw),
  ...defined({ dispensing: raw.dispensing }),
});

// The e-prescription list has no item type: an item with only as-needed dosing is as-needed, one
// with a planned end is a course, the rest are continuous.
const prescriptionKind = (raw: RawPrescription): Prescription['kind'] => {
  const d = raw.dosage;
  const scheduled = (d.doses ?? []).length > 0 || (d.steps ?? []).length > 0;
  if (d.asNeeded !== undefined && !scheduled) return 'as-needed';
  return raw.period.end === undefined ? 'continuous' : 'course';
};

const toPrescription = (raw: RawPrescription, index: number): Prescription => ({
  source: 'pascal',
  id: raw.prescriptionId as ItemId,
  ...shared(raw, index),
  kind: prescriptionKind(raw),
  supply: 'prescription',
  dispensing: raw.dispensing,
  status: prescriptionStatus(raw),
  ...defined({ validUntil: raw.validUntil, treatmentReason: raw.treatmentReason }),
});

/** The item's own id where one can be read from the raw value, for messages about a bad item. */
const readableId = (u: unknown, source: Source): string | null => {
  if (typeof u !== 'object' || u === null) return null;
  const id: unknown = (u as Record<string, unknown>)[ITEM_FIELDS[source].id];
  return typeof id === 'string' && id.trim() !== '' ? redactPersonnummer(id) : typeof id === 'number' ? redactPersonnummer(String(id)) : null;
};

/**
 * Builds the invalid-item record for an item at `index` of `source` with these problems (at least one).
 */
export const invalidItem = (source: Source, index: number, raw: unknown, problems: readonly [Problem, ...Problem[]]): InvalidItem => ({
  source,
  id: readableId(raw, source),
  index,
  path: problems[0].path,
  message: problems[0].message,
  problems,
});

const decodeWith = <R, A>(
  codec: t.Decoder<unknown, R>,
  convert: (raw: R, index: number) => A,
  source: Source,
) => (u: unknown, index: number): E.Either<InvalidItem, A> => {
  const at = `${ITEM_FIELDS[source].array}[${index}]`;
  const decoded = codec.decode(u);
  if (E.isLeft(decoded)) {
    const [first, ...rest] = reportErrors(decoded.left, at);
    return E.left(invalidItem(source, index, u, [first ?? { path: at, message: 'expected a valid item' }, ...rest]));
  }
  const [first, ...rest] = crossFieldProblems(decoded.right as RawOrdination | RawPrescription, at);
  return first === undefined ? E.right(convert(decoded.right, index)) : E.left(invalidItem(source, index, u, [first, ...rest]));
};

/**
 * Decodes one journal ordination at `index` of `ordinations`; a failure names the item and every problem.
 *
 * @example
 * decodeOrdination({ ordinationId: 'C-1', ... }, 0) // right(Ordination)
 */
export const decodeOrdination: (u: unknown, index: number) => E.Either<InvalidItem, Ordination> = decodeWith(OrdinationCodec, toOrdination, 'cosmic');

/**
 * Decodes one e-prescription at `index` of `prescriptions`.
 *
 * @example
 * decodePrescription({ prescriptionId: 'P-1', ... }, 0) // right(Prescription)
 */
export const decodePrescription: (u: unknown, index: number) => E.Either<InvalidItem, Prescription> = decodeWith(PrescriptionCodec, toPrescription, 'pascal');
