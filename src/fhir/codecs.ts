import * as t from 'io-ts';
import { checkedNumber, checkedString } from '../decode';

// io-ts codecs for the subset of FHIR R4 that medrec reads. Only shapes are checked here (unknown
// elements pass through); codes with a mapping rule (statuses, units of time, event timings) are read
// as strings and judged by the mapping, so that the message can say what the rule is.

/** A FHIR string: at least one non-space character (FHIR forbids empty strings). */
export const FhirString = checkedString('non-empty string', (s) => s.trim().length > 0);

/** A FHIR dateTime: a year, year-month, date, or date and time with an offset. */
export const FhirDateTime = checkedString(
  'FHIR dateTime (YYYY, YYYY-MM, YYYY-MM-DD or YYYY-MM-DDThh:mm:ss+zz:zz)',
  (s) => /^\d{4}(-\d{2}(-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2}))?)?)?$/u.test(s),
);

/** A FHIR time of day, `hh:mm:ss` (`hh:mm` is accepted too). */
export const FhirTime = checkedString('time of day (hh:mm:ss)', (s) => /^([01]\d|2[0-3]):[0-5]\d(:[0-5]\d(\.\d+)?)?$/u.test(s));

/** A FHIR decimal: a finite number. */
export const FhirDecimal = checkedNumber('number', (n) => Number.isFinite(n));

/** A FHIR positiveInt. */
export const FhirPositiveInt = checkedNumber('whole number of 1 or more', (n) => Number.isInteger(n) && n >= 1);

/** A FHIR integer. */
export const FhirInteger = checkedNumber('whole number', (n) => Number.isInteger(n));

/** Coding: system, code, display. */
export const CodingCodec = t.partial({ system: FhirString, code: FhirString, display: FhirString }, 'Coding');
/** CodeableConcept: codings and a text. */
export const CodeableConceptCodec = t.partial({ coding: t.array(CodingCodec), text: FhirString }, 'CodeableConcept');
/** Identifier: system and value, read together. */
export const IdentifierCodec = t.partial({ system: FhirString, value: FhirString }, 'Identifier');
/** Reference: literal (`reference`), logical (`identifier`) or a `display`. */
export const ReferenceCodec = t.partial({ reference: FhirString, type: FhirString, identifier: IdentifierCodec, display: FhirString }, 'Reference');
/** Period: start and end. */
export const PeriodCodec = t.partial({ start: FhirDateTime, end: FhirDateTime }, 'Period');
/** Quantity (also Duration): value, comparator, unit, system, code. */
export const QuantityCodec = t.partial(
  { value: FhirDecimal, comparator: FhirString, unit: FhirString, system: FhirString, code: FhirString },
  'Quantity',
);
/** Range: low and high. */
export const RangeCodec = t.partial({ low: QuantityCodec, high: QuantityCodec }, 'Range');
/** Ratio: numerator over denominator. */
export const RatioCodec = t.partial({ numerator: QuantityCodec, denominator: QuantityCodec }, 'Ratio');
/** Extension: a url and the value types medrec's extensions use. */
export const ExtensionCodec = t.intersection(
  [
    t.type({ url: FhirString }),
    t.partial({ valueCode: FhirString, valueString: FhirString, valueDate: FhirDateTime, valueDateTime: FhirDateTime, valueBoolean: t.boolean, valueReference: ReferenceCodec }),
  ],
  'Extension',
);

/** Timing.repeat: every element, so that those medrec cannot map are seen and reported. */
export const TimingRepeatCodec = t.partial(
  {
    boundsDuration: QuantityCodec,
    boundsRange: t.unknown,
    boundsPeriod: PeriodCodec,
    count: FhirPositiveInt,
    countMax: FhirPositiveInt,
    duration: FhirDecimal,
    durationMax: FhirDecimal,
    durationUnit: FhirString,
    frequency: FhirPositiveInt,
    frequencyMax: FhirPositiveInt,
    period: FhirDecimal,
    periodMax: FhirDecimal,
    periodUnit: FhirString,
    dayOfWeek: t.array(FhirString),
    timeOfDay: t.array(FhirTime),
    when: t.array(FhirString),
    offset: FhirInteger,
  },
  'Timing.repeat',
);

/** Timing: events, repeat and code. */
export const TimingCodec = t.partial({ event: t.array(FhirDateTime), repeat: TimingRepeatCodec, code: CodeableConceptCodec }, 'Timing');

/** Dosage.doseAndRate: dose[x] and rate[x] (`rateRange` only to report it). */
export const DoseAndRateCodec = t.partial(
  { type: CodeableConceptCodec, doseRange: RangeCodec, doseQuantity: QuantityCodec, rateRatio: RatioCodec, rateRange: t.unknown, rateQuantity: QuantityCodec },
  'Dosage.doseAndRate',
);

/** Dosage: the elements medrec maps (see `readDosages`). */
export const DosageCodec = t.partial(
  {
    sequence: FhirInteger,
    text: FhirString,
    timing: TimingCodec,
    asNeededBoolean: t.boolean,
    asNeededCodeableConcept: CodeableConceptCodec,
    route: CodeableConceptCodec,
    doseAndRate: t.array(DoseAndRateCodec),
    maxDosePerPeriod: RatioCodec,
  },
  'Dosage',
);

const ResourceCommon = {
  id: FhirString,
  meta: t.partial({ lastUpdated: FhirDateTime }, 'Meta'),
  contained: t.array(t.unknown),
  extension: t.array(ExtensionCodec),
  modifierExtension: t.array(t.unknown),
  identifier: t.array(IdentifierCodec),
};

/** Medication.ingredient: the substance and its strength. */
export const IngredientCodec = t.partial(
  { itemCodeableConcept: CodeableConceptCodec, itemReference: ReferenceCodec, isActive: t.boolean, strength: RatioCodec },
  'Medication.ingredient',
);

/**
 * Medication, contained or an entry of its own.
 *
 * @example
 * MedicationCodec.decode({ resourceType: 'Medication', code: { text: 'Furix 40 mg tablett' } }) // right
 */
export const MedicationCodec = t.intersection(
  [
    t.type({ resourceType: t.literal('Medication') }),
    t.partial({ ...ResourceCommon, code: CodeableConceptCodec, form: CodeableConceptCodec, ingredient: t.array(IngredientCodec) }),
  ],
  'Medication',
);

const MedicationChoice = { medicationCodeableConcept: CodeableConceptCodec, medicationReference: ReferenceCodec };

/** MedicationRequest: the order of the e-prescription list (NLL), or of a journal. */
export const MedicationRequestCodec = t.intersection(
  [
    t.type({ resourceType: t.literal('MedicationRequest'), status: FhirString, subject: ReferenceCodec }),
    t.partial({
      ...ResourceCommon,
      ...MedicationChoice,
      statusReason: CodeableConceptCodec,
      intent: FhirString,
      category: t.array(CodeableConceptCodec),
      authoredOn: FhirDateTime,
      requester: ReferenceCodec,
      reasonCode: t.array(CodeableConceptCodec),
      reasonReference: t.array(ReferenceCodec),
      courseOfTherapyType: CodeableConceptCodec,
      dosageInstruction: t.array(DosageCodec),
      dispenseRequest: t.partial({ validityPeriod: PeriodCodec }, 'MedicationRequest.dispenseRequest'),
    }),
  ],
  'MedicationRequest',
);

/** MedicationStatement: what a regional platform or journal says the patient takes. */
export const MedicationStatementCodec = t.intersection(
  [
    t.type({ resourceType: t.literal('MedicationStatement'), status: FhirString, subject: ReferenceCodec }),
    t.partial({
      ...ResourceCommon,
      ...MedicationChoice,
      statusReason: t.array(CodeableConceptCodec),
      category: CodeableConceptCodec,
      effectiveDateTime: FhirDateTime,
      effectivePeriod: PeriodCodec,
      dateAsserted: FhirDateTime,
      informationSource: ReferenceCodec,
      reasonCode: t.array(CodeableConceptCodec),
      reasonReference: t.array(ReferenceCodec),
      dosage: t.array(DosageCodec),
    }),
  ],
  'MedicationStatement',
);

/** Patient: its id, identifiers and birth date. */
export const PatientResourceCodec = t.intersection(
  [t.type({ resourceType: t.literal('Patient') }), t.partial({ ...ResourceCommon, birthDate: FhirDateTime })],
  'Patient',
);

/** The frame of a Bundle: its type, time and entries, whose resources are read one by one. */
export const BundleFrameCodec = t.intersection(
  [
    t.type({ resourceType: t.literal('Bundle'), type: FhirString }),
    t.partial({
      timestamp: FhirDateTime,
      meta: t.partial({ lastUpdated: FhirDateTime }, 'Meta'),
      // Each entry is judged on its own (see `fromFhir`): one bad entry never sinks the bundle.
      entry: t.array(t.unknown),
    }),
  ],
  'Bundle',
);

/** The decoded shapes of the codecs above. */
export type RawCoding = t.TypeOf<typeof CodingCodec>;
export type RawCodeableConcept = t.TypeOf<typeof CodeableConceptCodec>;
export type RawIdentifier = t.TypeOf<typeof IdentifierCodec>;
export type RawReference = t.TypeOf<typeof ReferenceCodec>;
export type RawPeriod = t.TypeOf<typeof PeriodCodec>;
export type RawQuantity = t.TypeOf<typeof QuantityCodec>;
export type RawRatio = t.TypeOf<typeof RatioCodec>;
export type RawExtension = t.TypeOf<typeof ExtensionCodec>;
export type RawDosage = t.TypeOf<typeof DosageCodec>;
export type RawTimingRepeat = t.TypeOf<typeof TimingRepeatCodec>;
export type RawMedication = t.TypeOf<typeof MedicationCodec>;
export type RawMedicationRequest = t.TypeOf<typeof MedicationRequestCodec>;
export type RawMedicationStatement = t.TypeOf<typeof MedicationStatementCodec>;
export type RawPatientResource = t.TypeOf<typeof PatientResourceCodec>;
