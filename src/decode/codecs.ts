import * as t from 'io-ts';
import {
  AtcCodec,
  ClockTimeCodec,
  IsoDateCodec,
  NonEmptyString,
  NonNegativeNumber,
  NplIdCodec,
  NplPackIdCodec,
  PositiveInteger,
  PositiveNumber,
  TimestampCodec,
  WeekdayCodec,
} from './primitives';

// The codecs mirror ../shared/formats/README.md field by field. Unknown fields pass through and are
// ignored; semantic rules that span fields (an item must be identifiable, an end not before its start,
// ids unique) are checked after decoding, in `items.ts`. An item is read in two parts (see the
// contract's "What counts as an error"): its core (`OrdinationCoreCodec`, `PrescriptionCoreCodec`: id,
// identity and what decides whether it is in force), which must be readable for the item to take part,
// and every other field on its own (`FIELD_CODECS`), which becomes unknown when it cannot be read.

/** A strength (styrka). */
export const Strength = t.type({ value: PositiveNumber, unit: NonEmptyString }, 'strength');

const Substance = t.intersection([t.type({ name: NonEmptyString }), t.partial({ strength: Strength })], 'substance');

const Product = t.intersection(
  [
    t.type({ name: NonEmptyString }),
    t.partial({
      nplId: NplIdCodec,
      nplPackId: NplPackIdCodec,
      atc: AtcCodec,
      substances: t.array(Substance),
      form: NonEmptyString,
    }),
  ],
  'product',
);

const Dose = t.type({ time: ClockTimeCodec, quantity: NonNegativeNumber, unit: NonEmptyString }, 'dose');

const AsNeeded = t.intersection(
  [
    t.type({ quantity: PositiveNumber }),
    t.partial({ unit: NonEmptyString, maxPerDay: PositiveNumber, minIntervalHours: PositiveNumber, indication: t.string }),
  ],
  'asNeeded',
);

const DoseStep = t.intersection(
  [t.type({ from: IsoDateCodec, doses: t.array(Dose) }), t.partial({ to: IsoDateCodec, intervalDays: PositiveInteger })],
  'dose step',
);

/** The dosage (dosering), read as a whole: one unreadable part makes the dosage unknown. */
export const Dosage = t.intersection(
  [
    t.type({ text: t.string }),
    t.partial({
      doses: t.array(Dose),
      intervalDays: PositiveInteger,
      weekdays: t.array(WeekdayCodec),
      asNeeded: AsNeeded,
      steps: t.array(DoseStep),
    }),
  ],
  'dosage',
);

const Period = t.intersection([t.type({ start: IsoDateCodec }), t.partial({ end: IsoDateCodec })], 'period');

const Discontinued = t.intersection([t.type({ date: IsoDateCodec }), t.partial({ reason: t.string })], 'discontinued');

const Prescriber = t.partial({ hsaId: t.string, name: t.string, unit: t.string }, 'prescriber');

const Dispensing = t.keyof({ 'dose-dispensed': null, 'whole-package': null });

const ItemType = t.keyof({ continuous: null, 'as-needed': null, course: null, single: null });

const SupplyCodec = t.keyof({ prescription: null, 'ward-stock': null, 'self-care': null, 'general-directive': null });

/** What identifies a product: NPL-id, ATC code and substance names (the strengths are read on their own). */
const ProductCore = t.partial({ nplId: NplIdCodec, atc: AtcCodec, substances: t.array(t.type({ name: NonEmptyString }, 'substance')) }, 'product');

/** The part of an ordination that must be readable for it to take part: id, identity, what decides whether it is in force. */
export const OrdinationCoreCodec = t.intersection(
  [
    t.type({ ordinationId: NonEmptyString, product: ProductCore, period: t.type({ start: IsoDateCodec }, 'period') }),
    t.partial({ discontinued: t.type({ date: IsoDateCodec }, 'discontinued') }),
  ],
  'ordination',
);

/** The part of a prescription that must be readable for it to take part. */
export const PrescriptionCoreCodec = t.intersection(
  [
    t.type({
      prescriptionId: NonEmptyString,
      product: ProductCore,
      period: t.type({ start: IsoDateCodec }, 'period'),
      status: t.keyof({ active: null, discontinued: null, cancelled: null }),
    }),
    t.partial({ discontinued: t.type({ date: IsoDateCodec }, 'discontinued') }),
  ],
  'prescription',
);

/** The codec of every other field, each read on its own; an unreadable one becomes unknown. */
export const FIELD_CODECS = {
  name: NonEmptyString,
  nplPackId: NplPackIdCodec,
  strength: Strength,
  form: NonEmptyString,
  dosage: Dosage,
  end: IsoDateCodec,
  reason: t.string,
  route: NonEmptyString,
  prescriber: Prescriber,
  purpose: t.string,
  updatedAt: TimestampCodec,
  type: ItemType,
  supply: SupplyCodec,
  dispensing: Dispensing,
  validUntil: IsoDateCodec,
  treatmentReason: t.string,
} as const;

const sharedRequired = { product: Product, dosage: Dosage, period: Period };

const sharedOptional = {
  route: NonEmptyString,
  discontinued: Discontinued,
  prescriber: Prescriber,
  purpose: t.string,
  updatedAt: TimestampCodec,
};

/** An ordination of the journal export, as written. */
export const OrdinationCodec = t.intersection(
  [
    t.type({
      ordinationId: NonEmptyString,
      ...sharedRequired,
      type: t.keyof({ continuous: null, 'as-needed': null, course: null, single: null }),
      supply: t.keyof({ prescription: null, 'ward-stock': null, 'self-care': null, 'general-directive': null }),
    }),
    t.partial({ ...sharedOptional, dispensing: Dispensing }),
  ],
  'ordination',
);

/** A prescription of the e-prescription list export, as written. */
export const PrescriptionCodec = t.intersection(
  [
    t.type({
      prescriptionId: NonEmptyString,
      ...sharedRequired,
      dispensing: Dispensing,
      status: t.keyof({ active: null, discontinued: null, cancelled: null }),
    }),
    t.partial({ ...sharedOptional, validUntil: IsoDateCodec, treatmentReason: t.string }),
  ],
  'prescription',
);

/** The patient part shared by both exports. */
export const PatientCodec = t.intersection(
  [
    t.type({ id: NonEmptyString }),
    t.partial({ birthDate: IsoDateCodec, municipality: t.string, palliative: t.boolean }),
  ],
  'patient',
);

/** The frame of the journal export; its items are decoded one by one so that one bad item sinks nothing else. */
export const JournalFrameCodec = t.intersection(
  [
    t.type({
      source: t.literal('cosmic'),
      exportedAt: TimestampCodec,
      patient: PatientCodec,
      ordinations: t.array(t.unknown),
    }),
    t.partial({ unit: t.string }),
  ],
  'journal export',
);

/** The frame of the e-prescription list export. */
export const PrescriptionFrameCodec = t.type(
  {
    source: t.literal('pascal'),
    exportedAt: TimestampCodec,
    doseDispensing: t.boolean,
    patient: PatientCodec,
    prescriptions: t.array(t.unknown),
  },
  'e-prescription list export',
);

export type RawOrdination = t.TypeOf<typeof OrdinationCodec>;
export type RawPrescription = t.TypeOf<typeof PrescriptionCodec>;
export type RawOrdinationCore = t.TypeOf<typeof OrdinationCoreCodec>;
export type RawPrescriptionCore = t.TypeOf<typeof PrescriptionCoreCodec>;
export type RawPatient = t.TypeOf<typeof PatientCodec>;
export type RawDosage = t.TypeOf<typeof Dosage>;
export type RawProduct = t.TypeOf<typeof Product>;
