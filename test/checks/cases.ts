/**
 * Builders for the clinical-check cases: a patient's two lists from raw items, reconciled on the
 * fixed date and checked. (This branch's own helpers; the project's generators are in test/arbitrary.ts.)
 */
import * as E from 'fp-ts/lib/Either.js';
import { checkList, type Finding, type ListChecks } from '../../src/checks';
import { decodeJournal, decodePrescriptionList } from '../../src/decode';
import { reconcile, type Reconciliation } from '../../src/reconcile';

export const AS_OF = '2026-11-20';

type Json = Record<string, unknown>;

/** A patient frame: Skatteverket's test number (born 1912, 113 years old on AS_OF) unless told otherwise. */
export type PatientJson = { readonly id: string; readonly birthDate?: string; readonly palliative?: boolean; readonly municipality?: string };

export const TEST_PATIENT: PatientJson = { id: '19121212-1212' };

/** A product of one substance with an ATC code (or none, when `atc` is null). */
export const drug = (name: string, substance: string, value: number, atc: string | null, form = 'tablett', unit = 'mg'): Json => ({
  name,
  substances: [{ name: substance, strength: { value, unit } }],
  form,
  ...(atc === null ? {} : { atc }),
});

/** Structured doses: `[time, quantity]` pairs of the product's unit (tablett unless told). */
export const daily = (text: string, times: ReadonlyArray<readonly [string, number]>, unit = 'tablett'): Json => ({
  text,
  doses: times.map(([time, quantity]) => ({ time, quantity, unit })),
});

/** As needed, with an optional maximum per day. */
export const prn = (text: string, quantity: number, maxPerDay?: number, unit = 'tablett'): Json => ({
  text,
  asNeeded: { quantity, unit, ...(maxPerDay === undefined ? {} : { maxPerDay }) },
});

/** A journal ordination, continuous since 2025-01-01 unless `extra` says otherwise. */
export const ordination = (id: string, product: Json, dosage: Json, extra: Json = {}): Json => ({
  ordinationId: id,
  product,
  route: 'oral',
  type: 'continuous',
  supply: 'prescription',
  dispensing: 'whole-package',
  dosage,
  period: { start: '2025-01-01' },
  ...extra,
});

/** The e-prescription of the same drug as an ordination (same product, dosage and period). */
export const prescriptionOf = (o: Json, id = (o['ordinationId'] as string).replace('C-', 'P-')): Json => ({
  prescriptionId: id,
  product: o['product'],
  route: o['route'],
  dispensing: 'whole-package',
  status: 'active',
  dosage: o['dosage'],
  period: o['period'],
  validUntil: '2027-06-30',
});

/** Reconciles journal ordinations against prescriptions (by default the same drugs on both lists). */
export const reconciled = (ordinations: ReadonlyArray<Json>, options: { readonly patient?: PatientJson; readonly prescriptions?: ReadonlyArray<Json>; readonly asOf?: string } = {}): Reconciliation => {
  const patient = options.patient ?? TEST_PATIENT;
  const journal = decodeJournal({ source: 'cosmic', exportedAt: '2026-11-20T08:00:00+01:00', patient, ordinations });
  const list = decodePrescriptionList({
    source: 'pascal',
    exportedAt: '2026-11-20T08:00:00+01:00',
    doseDispensing: false,
    patient,
    prescriptions: options.prescriptions ?? ordinations.filter((o) => o['supply'] === 'prescription').map((o) => prescriptionOf(o)),
  });
  if (E.isLeft(journal) || E.isLeft(list)) throw new Error('a case must decode');
  const result = reconcile(journal.right, list.right, { asOf: options.asOf ?? AS_OF });
  if (E.isLeft(result)) throw new Error(result.left.message);
  return result.right;
};

/** The checks of a case. */
export const checks = (ordinations: ReadonlyArray<Json>, options: Parameters<typeof reconciled>[1] = {}): ListChecks => checkList(reconciled(ordinations, options));

/** The findings of a case whose rule is `rule`. */
export const findingsOf = (c: ListChecks, rule: string): ReadonlyArray<Finding> => c.findings.filter((f) => f.rule === rule);

/** A patient born on `birthDate`, with a synthetic id. */
export const bornOn = (birthDate: string, palliative = false): PatientJson => ({ id: 'SYN-0000001', birthDate, ...(palliative ? { palliative } : {}) });
