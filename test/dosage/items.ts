/**
 * Items for the dosage-text cases, written as the exports write them and read through the decoder,
 * so that every case starts from what a system really sends.
 */
import * as E from 'fp-ts/lib/Either.js';
import { decodeJournal, decodePrescriptionList } from '../../src/decode';
import type { Ordination, Prescription } from '../../src/model';
import { reconcile, type Reconciliation } from '../../src/reconcile';

/** Every case reconciles on this day. */
export const AS_OF = '2026-11-20';

type Json = Record<string, unknown>;

/** A product as the exports write it. */
export const product = (name: string, substance: string, value: number, unit: string, form: string, atc: string): Json => ({
  name,
  atc,
  substances: [{ name: substance, strength: { value, unit } }],
  form,
});

export const FUROSEMID = product('Furosemid Accord 40 mg tablett', 'furosemid', 40, 'mg', 'tablett', 'C03CA01');
export const APIXABAN = product('Eliquis 5 mg filmdragerad tablett', 'apixaban', 5, 'mg', 'filmdragerad tablett', 'B01AF02');
export const OXIKODON = product('OxyNorm 5 mg hård kapsel', 'oxikodon', 5, 'mg', 'hård kapsel', 'N02AA05');
export const PARACETAMOL = product('Alvedon 500 mg tablett', 'paracetamol', 500, 'mg', 'tablett', 'N02BE01');
export const FENTANYL = product('Fentanyl Sandoz 12 mikrog/timme depotplåster', 'fentanyl', 12, 'mikrog/timme', 'depotplåster', 'N02AB03');
export const INSULIN = product('Lantus 100 E/ml injektionsvätska', 'insulin glargin', 100, 'E/ml', 'injektionsvätska, lösning', 'A10AE04');
export const LAKTULOS = product('Laktulos Meda 670 mg/ml oral lösning', 'laktulos', 670, 'mg/ml', 'oral lösning', 'A06AD11');

/** A dosage as the exports write it: the text and, optionally, structured fields. */
export const dosage = (text: string, structure: Json = {}): Json => ({ text, ...structure });

/** A structured dose. */
export const dose = (time: string, quantity: number, unit = 'tablett'): Json => ({ time, quantity, unit });

const common = (p: Json, d: Json, extra: Json): Json => ({ product: p, route: 'oral', dosage: d, period: { start: '2025-01-01' }, ...extra });

/** A journal ordination on prescription, dose-dispensed. */
export const ordination = (id: string, p: Json, d: Json, extra: Json = {}): Json => ({
  ordinationId: id,
  type: 'continuous',
  supply: 'prescription',
  dispensing: 'dose-dispensed',
  ...common(p, d, extra),
});

/** An active e-prescription, dose-dispensed. */
export const prescription = (id: string, p: Json, d: Json, extra: Json = {}): Json => ({
  prescriptionId: id,
  dispensing: 'dose-dispensed',
  status: 'active',
  validUntil: '2027-06-30',
  ...common(p, d, extra),
});

const patient = { id: '19121212-1212' };

/**
 * Reconciles journal ordinations against e-prescriptions on `AS_OF`.
 *
 * @example
 * reconcileItems([ordination('C-1', FUROSEMID, dosage('1 tablett morgon'))], [prescription('P-1', FUROSEMID, dosage('1+0+0+0'))])
 */
export const reconcileItems = (ordinations: ReadonlyArray<Json>, prescriptions: ReadonlyArray<Json>): Reconciliation => {
  const journal = decodeJournal({ source: 'cosmic', exportedAt: '2026-11-20T14:05:00+01:00', patient, ordinations });
  const list = decodePrescriptionList({ source: 'pascal', exportedAt: '2026-11-20T14:07:00+01:00', doseDispensing: true, patient, prescriptions });
  if (E.isLeft(journal) || E.isLeft(list)) throw new Error('the case must decode');
  if (journal.right.invalid.length + list.right.invalid.length > 0) throw new Error(`invalid items: ${JSON.stringify([...journal.right.invalid, ...list.right.invalid])}`);
  const result = reconcile(journal.right, list.right, { asOf: AS_OF });
  if (E.isLeft(result)) throw new Error(result.left.message);
  return result.right;
};

/** One journal ordination, decoded. */
export const ordinationItem = (json: Json): Ordination => {
  const journal = decodeJournal({ source: 'cosmic', exportedAt: '2026-11-20T14:05:00+01:00', patient, ordinations: [json] });
  if (E.isLeft(journal) || journal.right.ordinations.length !== 1) throw new Error('the ordination must decode');
  return journal.right.ordinations[0]!;
};

/** One e-prescription, decoded. */
export const prescriptionItem = (json: Json): Prescription => {
  const list = decodePrescriptionList({ source: 'pascal', exportedAt: '2026-11-20T14:07:00+01:00', doseDispensing: true, patient, prescriptions: [json] });
  if (E.isLeft(list) || list.right.prescriptions.length !== 1) throw new Error('the prescription must decode');
  return list.right.prescriptions[0]!;
};

/** The kind and ids of each discrepancy: what a case is usually about. */
export const brief = (r: Reconciliation) => r.discrepancies.map((d) => ({ kind: d.kind, cosmic: d.cosmic, pascal: d.pascal }));
