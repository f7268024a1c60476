import { createHash } from 'node:crypto';
import type {
  Bundle,
  BundleEntry,
  Dosage,
  Extension,
  Medication,
  MedicationRequest,
  MedicationStatement,
  Patient as FhirPatient,
  Practitioner,
  Quantity,
  Reference,
  Resource,
} from '@medplum/fhirtypes';
import type { JournalList, PrescriptionList } from '../decode';
import { isUnknown, known, productName, type Dose, type DoseRate, type MedicationItem, type Ordination, type Patient, type Prescription, type Product, type RecordedDosage, type Strength, type Unknown, type UnknownDosage } from '../model';
import { UCUM_CODES } from './quantity';
import {
  HSA_ID_SYSTEM,
  ITEM_ID_SYSTEMS,
  MEDICATION_STATEMENT_CATEGORY_SYSTEM,
  MEDREC_EXTENSIONS,
  OTHER_PATIENT_ID_SYSTEM,
  preferredSystem,
  UCUM_SYSTEM,
} from './systems';

/**
 * A deterministic `urn:uuid:` for a name (a name-based UUID, version 5 layout over SHA-1): the same
 * patient, item or line gets the same full URL in every export.
 *
 * @example
 * uuidFor('cosmic|C-1') // 'c8e1…-…' (always the same)
 */
export const uuidFor = (name: string): string => {
  const h = createHash('sha1').update(`medrec:${name}`).digest('hex');
  const variant = ((parseInt(h.slice(16, 18), 16) & 0x3f) | 0x80).toString(16);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-5${h.slice(13, 16)}-${variant}${h.slice(18, 20)}-${h.slice(20, 32)}`;
};

/** A reference to a resource of the same bundle, by its full URL. */
export const refTo = <T extends Resource = Resource>(uuid: string, display?: string): Reference<T> => ({ reference: `urn:uuid:${uuid}`, ...(display === undefined ? {} : { display }) });

/** A bundle entry whose full URL is the resource's `urn:uuid:`. */
export const entryOf = (uuid: string, resource: Resource): BundleEntry => ({ fullUrl: `urn:uuid:${uuid}`, resource });

const FHIR_ID = /^[A-Za-z0-9\-.]{1,64}$/u;

/** A quantity of a dose unit or measure, with its UCUM code where medrec knows one. */
export const quantityOf = (value: number, unit: string): Quantity => {
  const code = UCUM_CODES.get(unit.toLocaleLowerCase('sv-SE'));
  return { value, unit, ...(code === undefined ? {} : { system: UCUM_SYSTEM, code }) };
};

/**
 * A dose rate as FHIR's `rateQuantity`: the unit an amount per time (`mg/h`), with its UCUM code
 * where every part has one (`ug/min`).
 *
 * @example
 * rateQuantityOf({ quantity: 2, unit: 'ml', per: 'h' }) // { value: 2, unit: 'ml/h', system: 'http://unitsofmeasure.org', code: 'mL/h' }
 */
export const rateQuantityOf = (rate: DoseRate): Quantity => {
  const parts = rate.unit.split('/').map((p) => UCUM_CODES.get(p.trim().toLocaleLowerCase('sv-SE')));
  const code = parts.every((p) => p !== undefined) ? `${parts.join('/')}/${rate.per}` : undefined;
  return { value: rate.quantity, unit: `${rate.unit}/${rate.per}`, ...(code === undefined ? {} : { system: UCUM_SYSTEM, code }) };
};

const strengthRatio = (s: Strength) => {
  const [num, den] = s.unit.split('/');
  return { numerator: quantityOf(s.value, num!.trim()), denominator: quantityOf(1, den === undefined ? 'st' : den.trim() === 'timme' ? 'h' : den.trim()) };
};

/**
 * The product as a FHIR Medication (to be contained as `#med`): name, NPL-id, NPL-pack-id and ATC as
 * codings under their preferred systems, form, and active ingredients with strengths.
 *
 * @example
 * fhirMedication({ name: 'Furix 40 mg tablett', atc: 'C03CA01', substances: [{ name: 'furosemid', strength: { value: 40, unit: 'mg' } }] })
 */
export const fhirMedication = (product: Product): Medication => {
  const coding = [
    ...(product.nplId === undefined ? [] : [{ system: preferredSystem('npl-id'), code: product.nplId }]),
    ...(product.nplPackId === undefined ? [] : [{ system: preferredSystem('npl-pack-id'), code: product.nplPackId }]),
    ...(product.atc === undefined ? [] : [{ system: preferredSystem('atc'), code: product.atc }]),
    ...(product.codes ?? []).map((c) => ({ system: c.system, code: c.code })),
  ];
  return {
    resourceType: 'Medication',
    id: 'med',
    code: { text: productName(product), ...(coding.length === 0 ? {} : { coding }) },
    ...(typeof product.form === 'string' ? { form: { text: product.form } } : {}),
    ...(product.substances.length === 0
      ? {}
      : {
          ingredient: product.substances.map((s) => ({
            itemCodeableConcept: { text: s.name },
            isActive: true,
            ...(s.strength === undefined || isUnknown(s.strength) ? {} : { strength: strengthRatio(s.strength) }),
          })),
        }),
  };
};

const timeOfDay = (d: Dose): string => `${d.time}:00`;

/** Doses of one day as Dosage elements of one sequence: each run of doses of one size is one Dosage with its times of day. */
const scheduledDosages = (
  doses: ReadonlyArray<Dose>,
  intervalDays: number,
  weekdays: RecordedDosage['weekdays'],
  common: Dosage,
  bounds: { readonly start?: string; readonly end?: string } | undefined,
): Dosage[] => {
  // Runs of doses of the same size share a Dosage; the order of the doses is kept.
  const groups: Dose[][] = [];
  for (const d of doses) {
    const last = groups[groups.length - 1];
    if (last !== undefined && last[0]!.quantity === d.quantity && last[0]!.unit === d.unit) last.push(d);
    else groups.push([d]);
  }
  const weekly = weekdays.length > 0 && intervalDays % 7 === 0;
  return groups.map((group) => {
    const times = group.map(timeOfDay);
    const boundsPeriod = bounds === undefined || bounds.start === undefined ? undefined : { start: bounds.start, ...(bounds.end === undefined ? {} : { end: bounds.end }) };
    return {
      ...common,
      timing: {
        repeat: {
          ...(boundsPeriod === undefined ? {} : { boundsPeriod }),
          frequency: times.length * (weekly ? weekdays.length : 1),
          period: weekly ? intervalDays / 7 : intervalDays,
          periodUnit: weekly ? 'wk' : 'd',
          ...(weekdays.length > 0 ? { dayOfWeek: [...weekdays] } : {}),
          timeOfDay: times,
        },
      },
      doseAndRate: [{ doseQuantity: quantityOf(group[0]!.quantity, group[0]!.unit) }],
    };
  });
};

/**
 * The recorded dosage as FHIR Dosage elements, NLL style: parallel doses share a `sequence`, dose
 * steps count up from 1 with their `boundsPeriod`; as-needed dosing is its own Dosage with the
 * indication, the minimum interval as one dose per N hours and the daily maximum as
 * `maxDosePerPeriod` per 1 d; a dosage with only a text is one Dosage with that text. `bounds` (the
 * treatment period) is written on the Dosages: a MedicationRequest has no period of its own, and a
 * stopped MedicationStatement's effective period ends the day it stopped.
 *
 * @example
 * fhirDosages({ text: '1 tablett morgon', doses: [{ time: '08:00', quantity: 1, unit: 'tablett' }], intervalDays: 1, weekdays: [], steps: [] }, 'oral')
 * // [{ sequence: 1, text: '1 tablett morgon', route: { text: 'oral' }, timing: { repeat: { frequency: 1, period: 1, periodUnit: 'd', timeOfDay: ['08:00:00'] } }, doseAndRate: [...] }]
 */
export const fhirDosages = (
  recorded: RecordedDosage | UnknownDosage,
  knowable: string | Unknown | undefined,
  bounds?: { readonly start?: string; readonly end?: string },
): Dosage[] => {
  const route = known(knowable);
  // An unreadable dosage is written as its text alone, where that could be read: nothing is invented.
  // The treatment period still bounds it: a MedicationRequest has no period of its own.
  if (isUnknown(recorded)) {
    const text = recorded.text === undefined || recorded.text.trim() === '' ? undefined : recorded.text;
    const period = bounds?.start === undefined ? undefined : { start: bounds.start, ...(bounds.end === undefined ? {} : { end: bounds.end }) };
    if (text === undefined && period === undefined) return [];
    return [{ sequence: 1, ...(text === undefined ? {} : { text }), ...(route === undefined ? {} : { route: { text: route } }), ...(period === undefined ? {} : { timing: { repeat: { boundsPeriod: period } } }) }];
  }
  const dosage = recorded;
  const common = (sequence: number): Dosage => ({
    sequence,
    ...(dosage.text.trim() === '' ? {} : { text: dosage.text }),
    ...(route === undefined ? {} : { route: { text: route } }),
  });
  const out: Dosage[] = [];
  const boundsPeriod = bounds?.start === undefined ? undefined : { start: bounds.start, ...(bounds.end === undefined ? {} : { end: bounds.end }) };
  if (dosage.steps.length > 0) {
    dosage.steps.forEach((step, n) => {
      out.push(...scheduledDosages(step.doses, step.intervalDays, dosage.weekdays, common(n + 1), { start: step.from, ...(step.to === undefined ? {} : { end: step.to }) }));
    });
  } else if (dosage.doses.length > 0) {
    out.push(...scheduledDosages(dosage.doses, dosage.intervalDays, dosage.weekdays, common(1), bounds));
  }
  const a = dosage.asNeeded;
  if (a !== undefined) {
    const unit = a.unit ?? 'st';
    out.push({
      ...common(1),
      ...(a.indication === undefined ? { asNeededBoolean: true } : { asNeededCodeableConcept: { text: a.indication } }),
      ...(a.minIntervalHours === undefined && boundsPeriod === undefined
        ? {}
        : {
            timing: {
              repeat: {
                ...(boundsPeriod === undefined ? {} : { boundsPeriod }),
                ...(a.minIntervalHours === undefined ? {} : { frequency: 1, period: a.minIntervalHours, periodUnit: 'h' as const }),
              },
            },
          }),
      doseAndRate: [{ doseQuantity: quantityOf(a.quantity, unit) }],
      ...(a.maxPerDay === undefined
        ? {}
        : { maxDosePerPeriod: { numerator: quantityOf(a.maxPerDay, unit), denominator: { value: 1, unit: 'dygn', system: UCUM_SYSTEM, code: 'd' } } }),
    });
  }
  if (out.length === 0) {
    // A continuous rate is a Dosage with a rate and no dose.
    const rate = dosage.rate === undefined ? {} : { doseAndRate: [{ rateQuantity: rateQuantityOf(dosage.rate) }] };
    out.push({ ...common(1), ...(boundsPeriod === undefined ? {} : { timing: { repeat: { boundsPeriod } } }), ...rate });
  }
  return out;
};

const code = (url: string, value: string): Extension => ({ url, valueCode: value });

const itemIdentifier = (item: MedicationItem) => [{ system: ITEM_ID_SYSTEMS[item.source], value: item.id }];

const resourceId = (item: MedicationItem): string => (FHIR_ID.test(item.id) ? item.id : uuidFor(`${item.source}|${item.id}`));

const requesterOf = (item: MedicationItem): Reference<Practitioner> | undefined => {
  const p = known(item.prescriber);
  if (p === undefined || (p.hsaId === undefined && p.name === undefined)) return undefined;
  return { ...(p.hsaId === undefined ? {} : { identifier: { system: HSA_ID_SYSTEM, value: p.hsaId } }), ...(p.name === undefined ? {} : { display: p.name }) };
};

const REPORTER_TYPES = ['Patient', 'RelatedPerson', 'Practitioner', 'PractitionerRole', 'Organization'] as const;

/** Who reported a journal item, as the statement's informationSource: its type where FHIR allows it, and its name. */
const reporterReference = (item: MedicationItem): MedicationStatement['informationSource'] => {
  const r = item.reporter;
  const type = REPORTER_TYPES.find((t) => t === r?.type);
  if (r === undefined || (type === undefined && r.name === undefined)) return undefined;
  return { ...(type === undefined ? {} : { type }), ...(r.name === undefined ? {} : { display: r.name }) };
};

const lastUpdated = (item: MedicationItem) => (item.updatedAt === undefined ? {} : { meta: { lastUpdated: item.updatedAt } });

/**
 * A journal ordination as a MedicationStatement: its product as a contained Medication, its period
 * as `effectivePeriod` (for a discontinued item, the end is the day it was stopped: the status rules
 * of the import) and as the dosages' `boundsPeriod` (where the planned end survives a stop), supply, kind and dispensing as medrec extensions (and self-care also as the
 * category `patientspecified`), purpose as `reasonCode`. `id` overrides the resource id.
 *
 * @example
 * ordinationToStatement(c4, refTo(patientUuid)) // { resourceType: 'MedicationStatement', id: 'C-4', status: 'stopped', effectivePeriod: { start: '2025-01-10', end: '2026-11-15' }, … }
 */
export const ordinationToStatement = (o: Ordination, subject: Reference<FhirPatient>, id: string = resourceId(o)): MedicationStatement => {
  const status = o.status;
  const stopped = status.kind === 'discontinued' ? status.date : undefined;
  // A stop dated before the start cannot end the effective period (per-1): it goes in the extension.
  const stoppedBeforeStart = stopped !== undefined && stopped < o.period.start;
  const end = status.kind === 'discontinued' ? (stoppedBeforeStart ? undefined : stopped) : known(o.period.end);
  const requester = requesterOf(o);
  return {
    resourceType: 'MedicationStatement',
    id,
    ...lastUpdated(o),
    contained: [fhirMedication(o.product)],
    extension: [
      ...(isUnknown(o.supply) ? [] : [code(MEDREC_EXTENSIONS.supply, o.supply)]),
      ...(isUnknown(o.kind) ? [] : [code(MEDREC_EXTENSIONS.kind, o.kind)]),
      ...(o.dispensing === undefined || isUnknown(o.dispensing) ? [] : [code(MEDREC_EXTENSIONS.dispensing, o.dispensing)]),
      ...(stoppedBeforeStart ? [{ url: MEDREC_EXTENSIONS.discontinuedDate, valueDate: stopped }] : []),
      // A statement has no prescriber element: informationSource is who reported it, never the prescriber.
      ...(requester === undefined ? [] : [{ url: MEDREC_EXTENSIONS.prescriber, valueReference: requester }]),
    ],
    identifier: itemIdentifier(o),
    status: status.kind === 'active' ? 'active' : status.kind === 'cancelled' ? 'entered-in-error' : 'stopped',
    ...(status.kind === 'discontinued' && status.reason !== undefined ? { statusReason: [{ text: status.reason }] } : {}),
    ...(o.supply === 'self-care' ? { category: { coding: [{ system: MEDICATION_STATEMENT_CATEGORY_SYSTEM, code: 'patientspecified', display: 'Patient Specified' }] } } : {}),
    medicationReference: { reference: '#med', display: productName(o.product) },
    subject,
    effectivePeriod: { start: o.period.start, ...(end === undefined ? {} : { end }) },
    ...(reporterReference(o) === undefined ? {} : { informationSource: reporterReference(o)! }),
    ...(typeof o.purpose === 'string' ? { reasonCode: [{ text: o.purpose }] } : {}),
    // The planned period also bounds the dosages, so that a stopped item keeps its planned end.
    dosage: fhirDosages(o.dosage, o.route, { start: o.period.start, ...(typeof o.period.end === 'string' ? { end: o.period.end } : {}) }),
  };
};

/**
 * An e-prescription as a MedicationRequest (intent `order`), as the NLL holds one: product as a
 * contained Medication, the treatment period as the dosages' `boundsPeriod`, `validUntil` as
 * `dispenseRequest.validityPeriod.end`, dispensing, a discontinuation date and a treatment reason as
 * medrec extensions, purpose as `reasonCode`, prescriber as `requester`. `id` overrides the resource id.
 *
 * @example
 * prescriptionToRequest(p2, refTo(patientUuid)) // { resourceType: 'MedicationRequest', id: 'P-2', status: 'active', intent: 'order', … }
 */
export const prescriptionToRequest = (p: Prescription, subject: Reference<FhirPatient>, id: string = resourceId(p)): MedicationRequest => {
  const status = p.status;
  const requester = requesterOf(p);
  return {
    resourceType: 'MedicationRequest',
    id,
    ...lastUpdated(p),
    contained: [fhirMedication(p.product)],
    extension: [
      ...(isUnknown(p.dispensing) ? [] : [code(MEDREC_EXTENSIONS.dispensing, p.dispensing)]),
      ...(status.kind === 'discontinued' && status.date !== undefined ? [{ url: MEDREC_EXTENSIONS.discontinuedDate, valueDate: status.date }] : []),
      ...(p.treatmentReason === undefined ? [] : [{ url: MEDREC_EXTENSIONS.treatmentReason, valueString: p.treatmentReason }]),
    ],
    identifier: itemIdentifier(p),
    status: status.kind === 'active' ? 'active' : status.kind === 'cancelled' ? 'cancelled' : 'stopped',
    ...(status.kind === 'discontinued' && status.reason !== undefined ? { statusReason: { text: status.reason } } : {}),
    intent: 'order',
    medicationReference: { reference: '#med', display: productName(p.product) },
    subject,
    ...(requester === undefined ? {} : { requester }),
    ...(typeof p.purpose === 'string' ? { reasonCode: [{ text: p.purpose }] } : {}),
    dosageInstruction: fhirDosages(p.dosage, p.route, { start: p.period.start, ...(typeof p.period.end === 'string' ? { end: p.period.end } : {}) }),
    ...(typeof p.validUntil === 'string' ? { dispenseRequest: { validityPeriod: { end: p.validUntil } } } : {}),
  };
};

/**
 * The patient as a FHIR Patient: a personnummer or samordningsnummer under HL7 Sweden's system (12
 * digits, no separator, where the id has them), any other id under medrec's patient-id system.
 *
 * @example
 * patientResource({ id: '19121212-1212', idKind: 'personnummer' }, 'p') // { resourceType: 'Patient', id: 'p', identifier: [{ system: 'http://electronichealth.se/identifier/personnummer', value: '191212121212' }] }
 */
export const patientResource = (patient: Patient, id: string): FhirPatient => {
  const digits = patient.id.replace(/[-+]/gu, '');
  const value = patient.idKind !== 'other' && /^\d{12}$/u.test(digits) ? digits : patient.id;
  const system = patient.idKind === 'other' ? OTHER_PATIENT_ID_SYSTEM : preferredSystem(patient.idKind);
  return { resourceType: 'Patient', id, identifier: [{ system, value }], ...(patient.birthDate === undefined ? {} : { birthDate: patient.birthDate }) };
};

/** The full URL name of a list's patient, and of an item, for `uuidFor`. */
export const PATIENT_NAME = 'patient';
export const itemName = (item: MedicationItem): string => `${item.source}|${item.id}`;

/**
 * A decoded list as a FHIR `collection` Bundle that `fromFhir` reads back to the same list: the
 * Patient, then each journal item as a MedicationStatement, or each e-prescription as a
 * MedicationRequest. Invalid items are not written (they have no model to write).
 *
 * @example
 * fromFhir(listToFhir(journal), { source: 'cosmic' }) // right(the same ordinations)
 */
export const listToFhir = (list: JournalList | PrescriptionList): Bundle => {
  const patientUuid = uuidFor(PATIENT_NAME);
  const subject = refTo<FhirPatient>(patientUuid);
  const items: ReadonlyArray<BundleEntry> =
    list.source === 'cosmic'
      ? list.ordinations.map((o) => entryOf(uuidFor(itemName(o)), ordinationToStatement(o, subject)))
      : list.prescriptions.map((p) => entryOf(uuidFor(itemName(p)), prescriptionToRequest(p, subject)));
  return {
    resourceType: 'Bundle',
    type: 'collection',
    timestamp: list.exportedAt,
    entry: [entryOf(patientUuid, patientResource(list.patient, 'patient')), ...items],
  };
};
