/**
 * Small builders for hand-written clinical cases: raw export JSON as the two systems write it, with
 * defaults for everything a case does not talk about.
 */
type Json = Record<string, unknown>;

/** A product with one substance. */
export const product = (name: string, substance: string, value: number, unit = 'mg', form = 'tablett', extra: Json = {}): Json => ({
  name,
  substances: [{ name: substance, strength: { value, unit } }],
  form,
  ...extra,
});

/** A dose at a clock time. */
export const dose = (time: string, quantity = 1, unit = 'tablett'): Json => ({ time, quantity, unit });

/** A dosage with structured doses for one day. */
export const doses = (text: string, ...ds: Json[]): Json => ({ text, doses: ds });

/** As-needed dosing. */
export const asNeeded = (text: string, quantity: number, maxPerDay?: number, unit = 'tablett'): Json => ({
  text,
  asNeeded: { quantity, unit, ...(maxPerDay === undefined ? {} : { maxPerDay }) },
});

/** A journal ordination on prescription, dose-dispensed, continuous since 2025, unless `extra` says otherwise. */
export const ordination = (id: string, prod: Json, dosage: Json, extra: Json = {}): Json => ({
  ordinationId: id,
  product: prod,
  route: 'oral',
  type: 'continuous',
  supply: 'prescription',
  dispensing: 'dose-dispensed',
  dosage,
  period: { start: '2025-01-01' },
  ...extra,
});

/** An active e-prescription, dose-dispensed, valid into 2027, unless `extra` says otherwise. */
export const prescription = (id: string, prod: Json, dosage: Json, extra: Json = {}): Json => ({
  prescriptionId: id,
  product: prod,
  route: 'oral',
  dispensing: 'dose-dispensed',
  status: 'active',
  dosage,
  period: { start: '2025-01-01' },
  validUntil: '2027-06-30',
  ...extra,
});

/** The journal export of Skatteverket's test patient. */
export const journal = (...ordinations: unknown[]): Json => ({
  source: 'cosmic',
  exportedAt: '2026-11-20T14:05:00+01:00',
  patient: { id: '19121212-1212' },
  ordinations,
});

/** The e-prescription list export of the same patient. */
export const prescriptionList = (...prescriptions: unknown[]): Json => ({
  source: 'pascal',
  exportedAt: '2026-11-20T14:07:00+01:00',
  doseDispensing: true,
  patient: { id: '19121212-1212' },
  prescriptions,
});
