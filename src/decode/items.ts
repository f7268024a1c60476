import * as E from 'fp-ts/lib/Either.js';
import * as t from 'io-ts';
import {
  compareDates,
  isUnknown,
  redactPersonnummer,
  UNKNOWN,
  type AsNeededDose,
  type DoseStep,
  type InvalidItem,
  type IsoDate,
  type ItemId,
  type Ordination,
  type PartlyReadItem,
  type Period,
  type Prescription,
  type Problem,
  type Product,
  type RecordedDosage,
  type RecordedStatus,
  type Source,
  type Substance,
  type Unknown,
  type UnknownDosage,
} from '../model';
import { FIELD_CODECS, OrdinationCoreCodec, PrescriptionCoreCodec, type RawDosage, type RawOrdinationCore, type RawPrescriptionCore } from './codecs';
import { guardOf } from './guard';
import { reportErrors } from './reporter';

/**
 * How an item's fields are checked: `fast`, by each codec's compiled guard, decoding in full only a
 * field that fails, to explain it; `full`, by io-ts `decode` always. Both give the same result
 * (test/decode/fast-path.test.ts holds them to it); `full` is the reference the tests compare with.
 */
export type DecodeMode = 'fast' | 'full';

/** The name of the item array and of the id field in each export. */
export const ITEM_FIELDS = {
  cosmic: { array: 'ordinations', id: 'ordinationId' },
  pascal: { array: 'prescriptions', id: 'prescriptionId' },
} as const;

/**
 * Copies the keys of `fields` whose value is defined: the model never holds an `undefined` property.
 * A loop rather than `Object.fromEntries(Object.entries(…).filter(…))` (the same keys in the same
 * order, without three arrays a call): it runs for every item. A key `__proto__` (a prescriber's
 * unknown field may be one) is defined as an own key, as `fromEntries` does, never assigned.
 */
const defined = <T extends object>(fields: T): { [K in keyof T]?: Exclude<T[K], undefined> } => {
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(fields)) {
    const v = (fields as Record<string, unknown>)[key];
    if (v === undefined) continue;
    if (key === '__proto__') Object.defineProperty(out, key, { value: v, enumerable: true, writable: true, configurable: true });
    else out[key] = v;
  }
  return out as { [K in keyof T]?: Exclude<T[K], undefined> };
};

/** A plain object's own field, or undefined (never a prototype's member). */
const fieldOf = (u: unknown, key: string): unknown =>
  typeof u === 'object' && u !== null && !Array.isArray(u) && Object.hasOwn(u, key) ? (u as Record<string, unknown>)[key] : undefined;

/**
 * Reads the non-core fields of one item, each on its own: a field that is absent stays absent (or,
 * when the contract requires it, is unknown with a problem); a field that is present but cannot be
 * read becomes `UNKNOWN` and adds its problems, at its JSON path.
 */
class FieldReader {
  readonly problems: Problem[] = [];

  constructor(
    readonly at: string,
    readonly mode: DecodeMode,
  ) {}

  /** The field `key` of `parent` at `path` (below the item), decoded by `codec`. */
  read<A>(codec: t.Decoder<unknown, A>, parent: unknown, key: string, path: string, required = false): A | Unknown | undefined {
    const u = fieldOf(parent, key);
    if (u === undefined) {
      if (!required) return undefined;
      this.problems.push({ path: `${this.at}.${path}`, message: `expected ${(codec as t.Decoder<unknown, A> & { name: string }).name}, got missing` });
      return UNKNOWN;
    }
    // What `decode` returns for a value its guard accepts is the value itself (see guard.ts).
    if (this.mode === 'fast' && guardOf(codec)?.(u) === true) return u as A;
    const decoded = codec.decode(u);
    if (E.isRight(decoded)) return decoded.right;
    this.problems.push(...reportErrors(decoded.left, `${this.at}.${path}`));
    return UNKNOWN;
  }

  /** A field that is only ever shown (never compared): unreadable, it is left out and its problem listed. */
  shown<A>(codec: t.Decoder<unknown, A>, parent: unknown, key: string, path: string): A | undefined {
    const value = this.read(codec, parent, key, path);
    return isUnknown(value) ? undefined : value;
  }

  /** Adds a problem found across fields. */
  add(problem: Problem): void {
    this.problems.push(problem);
  }
}

const toAsNeeded = (raw: NonNullable<RawDosage['asNeeded']>): AsNeededDose => ({
  quantity: raw.quantity,
  ...defined({ unit: raw.unit, maxPerDay: raw.maxPerDay, minIntervalHours: raw.minIntervalHours, indication: raw.indication }),
});

const toDosage = (raw: RawDosage): RecordedDosage => ({
  text: raw.text,
  doses: raw.doses ?? [],
  intervalDays: raw.intervalDays ?? 1,
  weekdays: raw.weekdays ?? [],
  steps: (raw.steps ?? []).map(
    (s): DoseStep => ({ from: s.from, doses: s.doses, intervalDays: s.intervalDays ?? 1, ...defined({ to: s.to }) }),
  ),
  ...(raw.asNeeded === undefined ? {} : { asNeeded: toAsNeeded(raw.asNeeded) }),
});

/** The dosage, or an unknown dosage (keeping its text where readable) when any part of it is unreadable. */
const readDosage = (fields: FieldReader, raw: unknown): RecordedDosage | UnknownDosage => {
  const dosage = fields.read(FIELD_CODECS.dosage, raw, 'dosage', 'dosage', true);
  const text = fieldOf(fieldOf(raw, 'dosage'), 'text');
  const unknown: UnknownDosage = typeof text === 'string' ? { kind: 'unknown', text } : UNKNOWN;
  if (dosage === undefined || isUnknown(dosage)) return unknown;
  let ok = true;
  (dosage.steps ?? []).forEach((step, i) => {
    if (step.to !== undefined && compareDates(step.to, step.from) < 0) {
      fields.add({ path: `${fields.at}.dosage.steps[${i}].to`, message: `expected a date on or after from (${step.from}), got "${step.to}"` });
      ok = false;
    }
  });
  return ok ? toDosage(dosage) : unknown;
};

const readProduct = (fields: FieldReader, raw: unknown, core: RawCore['product']): Product => {
  const product = fieldOf(raw, 'product');
  const rawSubstances = fieldOf(product, 'substances');
  const substances = (core.substances ?? []).map((s, i): Substance => {
    const strength = fields.read(FIELD_CODECS.strength, (rawSubstances as ReadonlyArray<unknown>)[i], 'strength', `product.substances[${i}].strength`);
    return { name: s.name, ...defined({ strength }) };
  });
  const name = fields.read(FIELD_CODECS.name, product, 'name', 'product.name', true);
  return {
    name: name === undefined ? UNKNOWN : name,
    substances,
    ...defined({
      nplId: core.nplId,
      nplPackId: fields.shown(FIELD_CODECS.nplPackId, product, 'nplPackId', 'product.nplPackId'),
      atc: core.atc,
      form: fields.read(FIELD_CODECS.form, product, 'form', 'product.form'),
    }),
  };
};

const readPeriod = (fields: FieldReader, raw: unknown, start: IsoDate): Period => {
  const end = fields.read(FIELD_CODECS.end, fieldOf(raw, 'period'), 'end', 'period.end');
  if (end !== undefined && !isUnknown(end) && compareDates(end, start) < 0) {
    fields.add({ path: `${fields.at}.period.end`, message: `expected a date on or after period.start (${start}), got "${end}"` });
    return { start, end: UNKNOWN };
  }
  return { start, ...defined({ end }) };
};

type RawCore = RawOrdinationCore | RawPrescriptionCore;

/** What both systems' items share, read field by field. */
const shared = (fields: FieldReader, raw: unknown, core: RawCore, index: number) => {
  const prescriber = fields.read(FIELD_CODECS.prescriber, raw, 'prescriber', 'prescriber');
  return {
    index,
    product: readProduct(fields, raw, core.product),
    dosage: readDosage(fields, raw),
    period: readPeriod(fields, raw, core.period.start),
    ...defined({
      route: fields.read(FIELD_CODECS.route, raw, 'route', 'route'),
      prescriber: prescriber === undefined || isUnknown(prescriber) ? prescriber : defined(prescriber),
      purpose: fields.read(FIELD_CODECS.purpose, raw, 'purpose', 'purpose'),
      updatedAt: fields.shown(FIELD_CODECS.updatedAt, raw, 'updatedAt', 'updatedAt'),
    }),
  };
};

const discontinuedReason = (fields: FieldReader, raw: unknown): string | undefined =>
  fields.shown(FIELD_CODECS.reason, fieldOf(raw, 'discontinued'), 'reason', 'discontinued.reason');

const toOrdination = (fields: FieldReader, raw: unknown, core: RawOrdinationCore, index: number): Ordination => {
  const kind = fields.read(FIELD_CODECS.type, raw, 'type', 'type', true);
  const supply = fields.read(FIELD_CODECS.supply, raw, 'supply', 'supply', true);
  return {
    source: 'cosmic',
    id: core.ordinationId as ItemId,
    ...shared(fields, raw, core, index),
    kind: kind ?? UNKNOWN,
    supply: supply ?? UNKNOWN,
    status:
      core.discontinued === undefined
        ? { kind: 'active' }
        : { kind: 'discontinued', date: core.discontinued.date, ...defined({ reason: discontinuedReason(fields, raw) }) },
    ...defined({ dispensing: fields.read(FIELD_CODECS.dispensing, raw, 'dispensing', 'dispensing') }),
  };
};

// A prescription marked active but carrying a discontinuation is read as discontinued from that date:
// activity on the reconciliation date then follows the date (see `activityOn`).
const prescriptionStatus = (fields: FieldReader, raw: unknown, core: RawPrescriptionCore): RecordedStatus => {
  if (core.status === 'cancelled') return { kind: 'cancelled' };
  if (core.status === 'discontinued' || core.discontinued !== undefined) {
    return { kind: 'discontinued', ...defined({ date: core.discontinued?.date, reason: discontinuedReason(fields, raw) }) };
  }
  return { kind: 'active' };
};

// The e-prescription list has no item type: an item with only as-needed dosing is as-needed, one
// with a planned end is a course, the rest are continuous; unknown when the dosage is.
const prescriptionKind = (dosage: RecordedDosage | UnknownDosage, period: Period): Prescription['kind'] => {
  if (isUnknown(dosage)) return UNKNOWN;
  const scheduled = dosage.doses.length > 0 || dosage.steps.length > 0;
  if (dosage.asNeeded !== undefined && !scheduled) return 'as-needed';
  return period.end === undefined ? 'continuous' : 'course';
};

const toPrescription = (fields: FieldReader, raw: unknown, core: RawPrescriptionCore, index: number): Prescription => {
  const base = shared(fields, raw, core, index);
  return {
    source: 'pascal',
    id: core.prescriptionId as ItemId,
    ...base,
    kind: prescriptionKind(base.dosage, base.period),
    supply: 'prescription',
    dispensing: fields.read(FIELD_CODECS.dispensing, raw, 'dispensing', 'dispensing', true) ?? UNKNOWN,
    status: prescriptionStatus(fields, raw, core),
    ...defined({
      validUntil: fields.read(FIELD_CODECS.validUntil, raw, 'validUntil', 'validUntil'),
      treatmentReason: fields.shown(FIELD_CODECS.treatmentReason, raw, 'treatmentReason', 'treatmentReason'),
    }),
  };
};

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

/**
 * An item read from its export, with the record of the fields that could not be read (null when
 * every field could): the item takes part as usual, those fields unknown.
 */
export interface ItemRead<A> {
  readonly item: A;
  readonly problems: PartlyReadItem | null;
}

const decodeWith = <R extends RawCore, A extends Ordination | Prescription>(
  coreCodec: t.Decoder<unknown, R>,
  convert: (fields: FieldReader, raw: unknown, core: R, index: number) => A,
  source: Source,
  mode: DecodeMode,
) => {
  const guard = mode === 'fast' ? guardOf(coreCodec) : undefined;
  return (u: unknown, index: number): E.Either<InvalidItem, ItemRead<A>> => {
    const at = `${ITEM_FIELDS[source].array}[${index}]`;
    let core: R;
    if (guard !== undefined && guard(u)) core = u as R;
    else {
      const decoded = coreCodec.decode(u);
      if (E.isLeft(decoded)) {
        const [first, ...rest] = reportErrors(decoded.left, at);
        return E.left(invalidItem(source, index, u, [first ?? { path: at, message: 'expected a valid item' }, ...rest]));
      }
      core = decoded.right;
    }
    return readItem(convert, source, mode, at, u, core, index);
  };
};

const readItem = <R extends RawCore, A extends Ordination | Prescription>(
  convert: (fields: FieldReader, raw: unknown, core: R, index: number) => A,
  source: Source,
  mode: DecodeMode,
  at: string,
  u: unknown,
  core: R,
  index: number,
): E.Either<InvalidItem, ItemRead<A>> => {
  const p = core.product;
  if (p.nplId === undefined && p.atc === undefined && (p.substances ?? []).length === 0) {
    return E.left(invalidItem(source, index, u, [{ path: `${at}.product`, message: 'expected at least one of nplId, atc, substances: the item cannot be identified' }]));
  }
  const fields = new FieldReader(at, mode);
  const item = convert(fields, u, core, index);
  const [first, ...rest] = fields.problems;
  return E.right({
    item,
    problems: first === undefined ? null : { source, id: item.id, index, path: first.path, message: first.message, problems: [first, ...rest] },
  });
};

/**
 * Decodes one journal ordination at `index` of `ordinations`. Left (invalid, with every problem) only
 * when its id, identity or what decides whether it is in force cannot be read; any other unreadable
 * field is unknown in the item and listed in `problems`.
 *
 * @example
 * decodeOrdination({ ordinationId: 'C-1', ... }, 0) // right({ item: Ordination, problems: null })
 */
export const decodeOrdination: (u: unknown, index: number) => E.Either<InvalidItem, ItemRead<Ordination>> = decodeWith(OrdinationCoreCodec, toOrdination, 'cosmic', 'fast');

/**
 * Decodes one e-prescription at `index` of `prescriptions`, as `decodeOrdination` does.
 *
 * @example
 * decodePrescription({ prescriptionId: 'P-1', ... }, 0) // right({ item: Prescription, problems: null })
 */
export const decodePrescription: (u: unknown, index: number) => E.Either<InvalidItem, ItemRead<Prescription>> = decodeWith(PrescriptionCoreCodec, toPrescription, 'pascal', 'fast');

/**
 * The item decoders of a mode: `fast` are `decodeOrdination` and `decodePrescription`; `full` decode
 * every field with io-ts, the reference the fast path is held to.
 *
 * @example
 * itemDecoders('full').ordination(raw, 0) // the same result as decodeOrdination(raw, 0)
 */
export const itemDecoders = (
  mode: DecodeMode,
): { readonly ordination: typeof decodeOrdination; readonly prescription: typeof decodePrescription } =>
  mode === 'fast'
    ? { ordination: decodeOrdination, prescription: decodePrescription }
    : { ordination: decodeWith(OrdinationCoreCodec, toOrdination, 'cosmic', 'full'), prescription: decodeWith(PrescriptionCoreCodec, toPrescription, 'pascal', 'full') };
