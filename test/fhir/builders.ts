/**
 * Builders for hand-written FHIR cases: a Bundle of Skatteverket's test patient with
 * MedicationRequests or MedicationStatements, with defaults for whatever a case does not talk about.
 */
type Json = Record<string, unknown>;

export const PNR_SYSTEM = 'http://electronichealth.se/identifier/personnummer';
export const ATC = 'http://www.whocc.no/atc';
export const NPL = 'http://electronichealth.se/fhir/NamingSystem/nplid';

/** Skatteverket's test patient as a Patient resource. */
export const patient = (system = PNR_SYSTEM, value = '191212121212'): Json => ({ resourceType: 'Patient', id: 'pat', identifier: [{ system, value }] });

/** A contained Medication with one substance. */
export const medication = (name: string, substance: string, value: number, unit = 'mg', extra: Json = {}): Json => ({
  resourceType: 'Medication',
  id: 'med',
  code: { text: name },
  form: { text: 'tablett' },
  ingredient: [{ itemCodeableConcept: { text: substance }, isActive: true, strength: { numerator: { value, unit }, denominator: { value: 1, unit: 'st' } } }],
  ...extra,
});

/** A dose of `value` `unit`. */
export const dose = (value: number, unit = 'tablett'): Json => ({ doseAndRate: [{ doseQuantity: { value, unit } }] });

/** A scheduled Dosage at times of day (hh:mm:ss). */
export const timed = (text: string, value: number, timeOfDay: string[], extra: Json = {}, repeat: Json = {}): Json => ({
  sequence: 1,
  text,
  route: { text: 'oral' },
  timing: { repeat: { frequency: timeOfDay.length, period: 1, periodUnit: 'd', timeOfDay, ...repeat } },
  ...dose(value),
  ...extra,
});

/** An active MedicationRequest of the test patient with a contained Medication, authored 2025-01-01. */
export const request = (id: string, med: Json, dosageInstruction: Json[], extra: Json = {}): Json => ({
  resourceType: 'MedicationRequest',
  id,
  contained: [med],
  extension: [{ url: 'urn:medrec:fhir:extension:dispensing', valueCode: 'dose-dispensed' }],
  status: 'active',
  intent: 'order',
  medicationReference: { reference: '#med' },
  subject: { reference: 'Patient/pat' },
  authoredOn: '2025-01-01',
  dosageInstruction,
  ...extra,
});

/** An active MedicationStatement of the test patient, effective from 2025-01-01. */
export const statement = (id: string, med: Json, dosage: Json[], extra: Json = {}): Json => ({
  resourceType: 'MedicationStatement',
  id,
  contained: [med],
  status: 'active',
  medicationReference: { reference: '#med' },
  subject: { reference: 'Patient/pat' },
  effectivePeriod: { start: '2025-01-01' },
  dosage,
  ...extra,
});

/** A collection Bundle of the test patient and these resources. */
export const bundle = (...resources: Json[]): Json => ({
  resourceType: 'Bundle',
  type: 'collection',
  timestamp: '2026-11-20T14:07:00+01:00',
  entry: [patient(), ...resources].map((resource) => ({ resource })),
});
