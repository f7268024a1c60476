import type { JournalList, PrescriptionList } from '../decode';
import { isUnknown, type ItemId, type MedicationItem, type Ordination, type Prescription, type RecordedDosage, type UnknownDosage } from '../model';
import type { Correction } from './correction';

/** Both exports of one patient, decoded. */
export interface Exports {
  readonly journal: JournalList;
  readonly prescriptions: PrescriptionList;
}

const scheduled = (d: RecordedDosage) => d.doses.length > 0 || d.steps.length > 0;

/** The kind an item has with a new dosage: as needed when it has only as-needed dosing. */
const kindWith = <I extends MedicationItem>(item: I, dosage: RecordedDosage | UnknownDosage): I['kind'] => {
  if (isUnknown(dosage)) return item.kind;
  if (dosage.asNeeded !== undefined && !scheduled(dosage)) return 'as-needed';
  if (item.kind === 'as-needed') return item.period.end === undefined ? 'continuous' : 'course';
  return item.kind;
};

const changed = <I extends MedicationItem>(item: I, c: Correction): I => {
  const s = c.set;
  switch (c.action) {
    case 'discontinue':
      return { ...item, status: { kind: 'discontinued', date: c.on, reason: 'rättat efter beslut' } };
    case 'cancel':
      return { ...item, status: { kind: 'cancelled' } };
    default: {
      const end = s.periodEnd === undefined ? item.period.end : (s.periodEnd ?? undefined);
      const period = { start: s.periodStart ?? item.period.start, ...(end === undefined ? {} : { end }) };
      const dosage = s.dosage ?? item.dosage;
      return {
        ...item,
        ...(s.product === undefined ? {} : { product: s.product }),
        ...(s.route === undefined ? {} : { route: s.route }),
        ...(s.purpose === undefined ? {} : { purpose: s.purpose }),
        ...(s.dispensing === undefined ? {} : { dispensing: s.dispensing }),
        ...(s.validUntil === undefined || item.source !== 'pascal' ? {} : { validUntil: s.validUntil }),
        dosage,
        kind: kindWith(item, dosage),
        period,
      };
    }
  }
};

const newItemBase = (like: MedicationItem, c: Correction, index: number) => {
  const dosage = c.set.dosage ?? like.dosage;
  return {
    id: `${c.system === 'pascal' ? 'P' : 'C'}+${like.id}` as ItemId,
    index,
    product: c.set.product ?? like.product,
    dosage,
    period: like.period,
    status: { kind: 'active' as const },
    kind: kindWith(like, dosage),
    ...(like.route === undefined ? {} : { route: like.route }),
    ...(like.purpose === undefined ? {} : { purpose: like.purpose }),
  };
};

/**
 * The two exports as they would be once the corrections are made in their systems: items discontinued,
 * cancelled or changed, new prescriptions and journal ordinations made like the items they are based
 * on (ids `P+C-5`, `C+P-5`). Pure. Used to check that the corrections of a decided list leave no
 * discrepancy, and to show what each system will hold.
 *
 * @example
 * const after = applyCorrections({ journal, prescriptions }, decided.corrections);
 * reconcile(after.journal, after.prescriptions, { asOf: '2026-11-20' }) // right({ discrepancies: [], … })
 */
export const applyCorrections = (exports: Exports, corrections: ReadonlyArray<Correction>): Exports => {
  let cosmic: ReadonlyArray<Ordination> = exports.journal.ordinations;
  let pascal: ReadonlyArray<Prescription> = exports.prescriptions.prescriptions;
  const find = (id: ItemId): MedicationItem | undefined => cosmic.find((i) => i.id === id) ?? pascal.find((i) => i.id === id);
  for (const c of corrections) {
    if (c.action === 'prescribe') {
      for (const id of c.basedOn) {
        const like = find(id);
        if (like === undefined) continue;
        const dispensing = c.set.dispensing ?? like.dispensing ?? (exports.prescriptions.doseDispensing ? 'dose-dispensed' : 'whole-package');
        const item: Prescription = { ...newItemBase(like, c, pascal.length), source: 'pascal', supply: 'prescription', dispensing };
        pascal = [...pascal.filter((i) => i.id !== item.id), item];
      }
    } else if (c.action === 'record-in-journal') {
      for (const id of c.basedOn) {
        const like = find(id);
        if (like === undefined) continue;
        const item: Ordination = { ...newItemBase(like, c, cosmic.length), source: 'cosmic', supply: 'prescription', ...(like.dispensing === undefined ? {} : { dispensing: like.dispensing }) };
        cosmic = [...cosmic.filter((i) => i.id !== item.id), item];
      }
    } else if (c.system === 'cosmic') {
      cosmic = cosmic.map((i) => (c.items.includes(i.id) ? changed(i, c) : i));
    } else {
      pascal = pascal.map((i) => (c.items.includes(i.id) ? changed(i, c) : i));
    }
  }
  return { journal: { ...exports.journal, ordinations: cosmic }, prescriptions: { ...exports.prescriptions, prescriptions: pascal } };
};
