import * as E from 'fp-ts/lib/Either.js';
import { checkList, type ListChecks } from '../checks';
import type { Deviation } from '../classify';
import {
  checkPatientId,
  foldText,
  isUnknown,
  productName,
  samePatient,
  substanceSet,
  substanceSetKey,
  type InvalidItem,
  type IsoDate,
  type PartlyReadItem,
  type ItemId,
  type MedicationItem,
  type Patient,
  type Supply,
  type Timestamp,
} from '../model';
import { STATUS_ORDER, type Line, type LineBasis, type LineStatus, type Reconciliation } from '../reconcile';
import { changesSince, NO_CHANGES, type Changes } from './changes';
import { columnsOf, type Columns } from './columns';
import type { PreviousList } from './previous';

/**
 * One line of the handover list (läkemedelslista): one drug, its status, the items of each side, the
 * deviations found on it, and its columns with both values wherever the sources differ. `key` names
 * the drug across lists (its substances), for the changes since an earlier list.
 */
export interface HandoverLine {
  readonly key: string;
  readonly drug: string;
  readonly status: LineStatus;
  readonly basis: LineBasis;
  readonly cosmic: ReadonlyArray<ItemId>;
  readonly pascal: ReadonlyArray<ItemId>;
  /** How the journal's items are supplied (egenvård, rekvisition, …), for `not-on-prescription` lines. */
  readonly supply: ReadonlyArray<Supply>;
  /** The ids of the deviations on this line, highest risk first. */
  readonly deviations: ReadonlyArray<string>;
  readonly columns: Columns;
}

/**
 * Whether the list may serve as an ordination document once signed:
 * - `not-valid`: lines need a decision, items could not be read (`unreadable`), or fields of items
 *   could not be read (`partlyRead`: items in the list with unknown fields): the list is not valid
 *   as an ordination document until the responsible physician has resolved them and signed it;
 * - `to-be-signed`: the sources agree; valid once signed.
 */
export type Validity =
  | { readonly kind: 'not-valid'; readonly needsDecision: number; readonly unreadable: number; readonly partlyRead: number }
  | { readonly kind: 'to-be-signed' };

/** Where the two lists came from, as their exports say. */
export interface HandoverSources {
  readonly cosmic: { readonly exportedAt: Timestamp | null; readonly unit: string | null };
  readonly pascal: { readonly exportedAt: Timestamp | null; readonly doseDispensing: boolean | null };
}

/**
 * The reconciled list handed over to municipal care: the patient, the lines in force (and lines that
 * need a decision), inactive lines apart, the deviations (highest risk first), the changes since the
 * previous handover, the items that could not be read, whether the list is valid once signed, and the
 * clinical checks of the list (läkemedelsgenomgång — att överväga), apart from the deviations.
 */
export interface HandoverList {
  readonly asOf: IsoDate;
  readonly patient: Patient;
  readonly sources: HandoverSources;
  readonly validity: Validity;
  readonly lines: ReadonlyArray<HandoverLine>;
  readonly inactive: ReadonlyArray<HandoverLine>;
  readonly deviations: ReadonlyArray<Deviation>;
  readonly changes: Changes;
  readonly invalid: ReadonlyArray<InvalidItem>;
  /** Items on the list with fields that could not be read (unknown), with the JSON path of each. */
  readonly problems: ReadonlyArray<PartlyReadItem>;
  readonly checks: ListChecks;
}

/** Options of `handoverList`: the exports' metadata and the list handed over before, where known. */
export interface HandoverOptions {
  readonly sources?: {
    readonly journal?: { readonly exportedAt: Timestamp; readonly unit?: string };
    readonly prescriptions?: { readonly exportedAt: Timestamp; readonly doseDispensing: boolean };
  };
  readonly previous?: PreviousList;
}

/** Why a handover list could not be made. */
export type HandoverError = { readonly kind: 'previous-patient-mismatch'; readonly message: string };

/**
 * The key of a drug across lists: its substances, or its folded product name when none are named.
 *
 * @example
 * drugKey([enalaprilC7, hydroklortiazidC8]) // 'enalapril + hydroklortiazid'
 */
export const drugKey = (items: ReadonlyArray<MedicationItem>): string => {
  const substances = substanceSet(items.flatMap((i) => i.product.substances));
  return substances.length > 0 ? substanceSetKey(substances) : foldText(items[0] === undefined ? '' : productName(items[0].product));
};

/** Whether `id` (read from an earlier list) names `patient`; an id shaped like a personnummer but invalid names no one. */
const samePatientAs = (patient: Patient, id: string): boolean => {
  const check = checkPatientId(id);
  return check.kind !== 'invalid' && samePatient(patient, { id, idKind: check.kind });
};

const handoverLine = (r: Reconciliation, line: Line): HandoverLine => {
  const cosmic = r.items.cosmic.filter((i) => line.cosmic.includes(i.id));
  const pascal = r.items.pascal.filter((i) => line.pascal.includes(i.id));
  const ids = new Set<string>([...line.cosmic, ...line.pascal]);
  return {
    key: drugKey([...cosmic, ...pascal]),
    drug: line.drug,
    status: line.status,
    basis: line.basis,
    cosmic: line.cosmic,
    pascal: line.pascal,
    supply: [...new Set(cosmic.flatMap((i) => (isUnknown(i.supply) ? [] : [i.supply])))],
    deviations: r.deviations.filter((d) => [...d.discrepancy.cosmic, ...d.discrepancy.pascal].some((id) => ids.has(id))).map((d) => d.id),
    columns: columnsOf(cosmic, pascal, r.asOf),
  };
};

/**
 * The handover list of a reconciliation: one line per reconciled line (every readable item on exactly
 * one), the lines in force first by status (what needs a decision first), inactive lines apart, the
 * deviations, and the changes since `previous` where given. Errs only when `previous` is another
 * patient's list.
 *
 * @example
 * handoverList(result, { previous }) // right({ validity: { kind: 'not-valid', needsDecision: 5, unreadable: 0 }, lines: [...], ... })
 */
export const handoverList = (r: Reconciliation, options: HandoverOptions = {}): E.Either<HandoverError, HandoverList> => {
  const previous = options.previous;
  if (previous !== undefined && !samePatientAs(r.patient, previous.patient.id)) {
    return E.left({ kind: 'previous-patient-mismatch', message: 'patient.id: the previous handover list is of another patient' });
  }
  const all = r.lines.map((l) => handoverLine(r, l));
  const rank = (l: HandoverLine) => STATUS_ORDER.indexOf(l.status);
  const lines = all.filter((l) => l.status !== 'inactive').sort((a, b) => rank(a) - rank(b));
  const inactive = all.filter((l) => l.status === 'inactive');
  const needsDecision = lines.filter((l) => l.status === 'needs-decision').length;
  const { journal, prescriptions } = options.sources ?? {};
  return E.right({
    asOf: r.asOf,
    patient: r.patient,
    sources: {
      cosmic: { exportedAt: journal?.exportedAt ?? null, unit: journal?.unit ?? null },
      pascal: { exportedAt: prescriptions?.exportedAt ?? null, doseDispensing: prescriptions?.doseDispensing ?? null },
    },
    validity:
      needsDecision > 0 || r.invalid.length > 0 || r.problems.length > 0
        ? { kind: 'not-valid', needsDecision, unreadable: r.invalid.length, partlyRead: r.problems.length }
        : { kind: 'to-be-signed' },
    lines,
    inactive,
    deviations: r.deviations,
    changes: previous === undefined ? NO_CHANGES : changesSince(previous, all),
    invalid: r.invalid,
    problems: r.problems,
    checks: checkList(r),
  });
};
