import * as E from 'fp-ts/lib/Either.js';
import { classifyDiscrepancy, compareDeviations, type Deviation } from '../classify';
import type { JournalList, PrescriptionList } from '../decode';
import { diffMatch, DISCREPANCY_KINDS, type Discrepancy } from '../diff';
import { matchPrepared, prepareItems, type Match, type PreparedMatch } from '../match';
import {
  compareIds,
  isoDateOf,
  isUnknown,
  memoizeByString,
  productName,
  samePatient,
  shownDateInput,
  type DateInput,
  type InvalidItem,
  type IsoDate,
  type PartlyReadItem,
  type MedicationItem,
  type Ordination,
  type Patient,
  type Prescription,
  type Timestamp,
} from '../model';
import { lineBasis, type Line, type LineStatus } from './line';

/**
 * Options of `reconcile`. `asOf` is the reconciliation date, required: `YYYY-MM-DD` or a `Date` (its
 * local calendar date). The library never reads the clock; the CLI defaults to today and says so.
 */
export interface ReconcileOptions {
  readonly asOf: DateInput;
  /** How many days after `asOf` a prescription's `validUntil` makes it "about to expire" (a clinical-check finding); default 14. */
  readonly expiryHorizonDays?: number;
}

/** Why two lists could not be reconciled at all. */
export type ReconcileError =
  | { readonly kind: 'patient-mismatch'; readonly message: string }
  | { readonly kind: 'invalid-as-of'; readonly message: string }
  | { readonly kind: 'invalid-expiry-horizon'; readonly message: string };

/**
 * The reconciliation of one patient's two lists on `asOf`: the reconciled lines (every valid item in
 * exactly one), the discrepancies, their deviations (one per discrepancy, highest risk first), the
 * items that could not be read (`invalid`, in no line) and the items with fields that could not be
 * read (`problems`: each such item is still in its line, its unreadable fields unknown). `items` holds
 * the decoded items by side, sorted by id, for rendering. Each line holds its own items, discrepancies
 * and deviations (the same objects as here).
 */
export interface Reconciliation {
  readonly asOf: IsoDate;
  readonly patient: Patient;
  readonly lines: ReadonlyArray<Line>;
  readonly discrepancies: ReadonlyArray<Discrepancy>;
  readonly deviations: ReadonlyArray<Deviation>;
  readonly invalid: ReadonlyArray<InvalidItem>;
  readonly problems: ReadonlyArray<PartlyReadItem>;
  /** The horizon of the clinical check for prescriptions about to expire, when the caller set one (default 14 days). */
  readonly expiryHorizonDays?: number;
  readonly items: { readonly cosmic: ReadonlyArray<Ordination>; readonly pascal: ReadonlyArray<Prescription> };
  /** What the two exports say about themselves, carried on to the handover list. */
  readonly sources: ReconciliationSources;
}

/**
 * The exports' own facts, as decoded: when each was exported, the journal's care unit (vårdenhet)
 * where it names one, and whether the patient is dose-dispensed (dosdispenserad) by the
 * e-prescription export.
 *
 * @example
 * const sources: ReconciliationSources = { journal: { exportedAt, unit: 'Medicinkliniken' }, prescriptions: { exportedAt, doseDispensing: true } };
 */
export interface ReconciliationSources {
  readonly journal: { readonly exportedAt: Timestamp; readonly unit?: string };
  readonly prescriptions: { readonly exportedAt: Timestamp; readonly doseDispensing: boolean };
}

/** The order in which line states are presented: what needs a decision first. */
export const STATUS_ORDER: ReadonlyArray<LineStatus> = ['needs-decision', 'agreed', 'not-on-prescription', 'inactive'];

/** A substance name as the line shows it: lower case, the Swedish way (worked out once per name: ICU is slow). */
const shownName: (name: string) => string = memoizeByString((name) => name.toLocaleLowerCase('sv-SE'));

/** The drug a match is about, by its substances as written (or the product name, when none are named). */
const drugName = (prepared: PreparedMatch): string => {
  const byKey = new Map<string, string>();
  for (const side of [prepared.cosmic, prepared.pascal]) {
    for (const { item, substanceKeys } of side) {
      item.product.substances.forEach((s, k) => {
        const key = substanceKeys[k]!;
        if (!byKey.has(key)) byKey.set(key, shownName(s.name));
      });
    }
  }
  const first: MedicationItem | undefined = prepared.cosmic[0]?.item ?? prepared.pascal[0]?.item;
  if (byKey.size === 0) return first === undefined ? '' : productName(first.product);
  return [...byKey].sort(([a], [b]) => compareIds(a, b)).map(([, name]) => name).join(' + ');
};

const lineStatus = (match: Match, discrepancies: ReadonlyArray<Discrepancy>, active: boolean): LineStatus => {
  if (discrepancies.length > 0) return 'needs-decision';
  if (!active) return 'inactive';
  if (match.pascal.length === 0 && match.cosmic.every((c) => c.supply !== 'prescription' && !isUnknown(c.supply))) return 'not-on-prescription';
  return 'agreed';
};

const patientOf = (journal: JournalList, prescriptions: PrescriptionList): Patient => ({
  ...prescriptions.patient,
  ...journal.patient,
});

/**
 * Reconciles a patient's journal ordination list against the e-prescription list on a given day. Pure:
 * the same lists and date give the same result, whatever the order of their items. Errs only when the
 * lists are of two different patients or the date is not a date.
 *
 * @example
 * const result = reconcile(journal, prescriptions, { asOf: '2026-11-20' });
 * // right({ asOf: '2026-11-20', lines: [...], discrepancies: [dose C-2/P-2, status C-4/P-4, ...], invalid: [] })
 */
export const reconcile = (
  journal: JournalList,
  prescriptions: PrescriptionList,
  options: ReconcileOptions,
): E.Either<ReconcileError, Reconciliation> => {
  // Called from JavaScript, options may be missing: that is a missing date, not a crash.
  const given = (options as ReconcileOptions | undefined)?.asOf;
  const asOf = given === undefined ? undefined : isoDateOf(given);
  if (asOf === undefined) return E.left({ kind: 'invalid-as-of', message: `asOf: expected a date (YYYY-MM-DD, or a valid Date), got ${shownDateInput(given)}` });
  if (!samePatient(journal.patient, prescriptions.patient)) {
    // The ids are personal data: the message says that they differ, never what they are.
    return E.left({ kind: 'patient-mismatch', message: 'patient.id: the journal export and the e-prescription list export are of different patients' });
  }
  const horizon = options.expiryHorizonDays;
  if (horizon !== undefined && !(Number.isInteger(horizon) && horizon >= 0)) {
    return E.left({ kind: 'invalid-expiry-horizon', message: `expiryHorizonDays: expected a whole number of days, 0 or more, got ${String(horizon)}` });
  }
  const result = reconcileOn(journal, prescriptions, asOf);
  return E.right(horizon === undefined ? result : { ...result, expiryHorizonDays: horizon });
};

const reconcileOn = (journal: JournalList, prescriptions: PrescriptionList, asOf: IsoDate): Reconciliation => {
  const cosmic = [...journal.ordinations].sort((a, b) => compareIds(a.id, b.id));
  const pascal = [...prescriptions.prescriptions].sort((a, b) => compareIds(a.id, b.id));
  // Each item prepared once (its keys, canonical dosage, activity on asOf): matching and diffing read them.
  const built = matchPrepared(prepareItems(cosmic, asOf), prepareItems(pascal, asOf)).map((prepared) => {
    const match = prepared.match;
    const drug = drugName(prepared);
    const found = [...diffMatch(prepared, drug, asOf)].sort((a, b) => DISCREPANCY_KINDS.indexOf(a.kind) - DISCREPANCY_KINDS.indexOf(b.kind));
    // Each discrepancy classified once, on its own items: the line holds both, the result lists them all.
    const classified = found.map((discrepancy) => ({ discrepancy, deviation: classifyDiscrepancy(discrepancy, { asOf }) }));
    const active = prepared.cosmic.some((i) => i.active) || prepared.pascal.some((i) => i.active);
    const line: Line = {
      status: lineStatus(match, found, active),
      drug,
      basis: lineBasis(match),
      items: { cosmic: match.cosmic, pascal: match.pascal },
      active,
      discrepancies: found,
      deviations: classified.map((c) => c.deviation).sort(compareDeviations),
    };
    return { line, classified };
  });
  const firstId = (l: Line) => l.items.cosmic[0]?.id ?? l.items.pascal[0]?.id ?? '';
  built.sort(
    (a, b) =>
      Number(b.line.active) - Number(a.line.active) ||
      compareIds(a.line.drug, b.line.drug) ||
      compareIds(firstId(a.line), firstId(b.line)),
  );
  const invalid = [...journal.invalid, ...prescriptions.invalid];
  // The most consequential kinds first; within a kind, by drug, as the lines are.
  const classified = built.flatMap((b) => b.classified).sort((a, b) => DISCREPANCY_KINDS.indexOf(a.discrepancy.kind) - DISCREPANCY_KINDS.indexOf(b.discrepancy.kind));
  return {
    asOf,
    patient: patientOf(journal, prescriptions),
    lines: built.map((b) => b.line),
    discrepancies: classified.map((c) => c.discrepancy),
    deviations: classified.map((c) => c.deviation).sort(compareDeviations),
    invalid,
    // By id within each side, as the lines are: the order of the input does not show (only each index does).
    problems: [...journal.problems, ...prescriptions.problems].sort((a, b) => (a.source === b.source ? compareIds(a.id, b.id) : a.source === 'cosmic' ? -1 : 1)),
    items: { cosmic, pascal },
    sources: {
      journal: { exportedAt: journal.exportedAt, ...(journal.unit === undefined ? {} : { unit: journal.unit }) },
      prescriptions: { exportedAt: prescriptions.exportedAt, doseDispensing: prescriptions.doseDispensing },
    },
  };
};

