import * as E from 'fp-ts/lib/Either.js';
import { checkList, type ListChecks } from '../checks';
import type { Deviation } from '../classify';
import type { Decided, DecisionRecord, DecisionState } from '../decisions';
import type { DiscrepancyKind } from '../diff';
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
  type MedicationItem,
  type Ordination,
  type Patient,
  type Prescription,
  type Supply,
  type Timestamp,
} from '../model';
import { STATUS_ORDER, type Line, type LineBasis, type LineStatus, type Reconciliation } from '../reconcile';
import { changesSince, NO_CHANGES, type Changes } from './changes';
import { columnsOf, type Columns } from './columns';
import type { PreviousList } from './previous';

/**
 * One line of the handover list (läkemedelslista): one drug, its status, the items of each side (the
 * reconciled line's own objects, as decoded), the deviations found on it, and its columns with both
 * values wherever the sources differ. `key` names the drug across lists (its substances), for the
 * changes since an earlier list. The JSON contract writes the items as their ids (`cosmic`, `pascal`).
 *
 * @example
 * list.lines[0].items.cosmic[0] === result.lines[0].items.cosmic[0] // true: the item travels whole
 */
export interface HandoverLine {
  readonly key: string;
  readonly drug: string;
  readonly status: LineStatus;
  readonly basis: LineBasis;
  readonly items: { readonly cosmic: ReadonlyArray<Ordination>; readonly pascal: ReadonlyArray<Prescription> };
  /** How the journal's items are supplied (egenvård, rekvisition, …), for `not-on-prescription` lines. */
  readonly supply: ReadonlyArray<Supply>;
  /** The ids of the deviations on this line, highest risk first. */
  readonly deviations: ReadonlyArray<string>;
  readonly columns: Columns;
  /** The decisions on this line's deviations (present only when decisions were given): what is right, who decided, when. */
  readonly decisions?: ReadonlyArray<LineDecision>;
}

/**
 * A decision on one deviation of a line, as the list shows it: `right` is the side whose values
 * stand (`neither`: a decided value replaces both; `stop`: the drug is stopped; `keep`: the copies in
 * `keep` stay), `columns` the columns it settles (all of them for a missing item or a duplicate), and
 * `text` the line the list prints ("Beslut: journalen gäller — Anna Andersson, 2026-11-20"). A
 * `stale` decision was made on other values: it is shown, never applied.
 */
export interface LineDecision {
  readonly deviation: string;
  readonly kind: DiscrepancyKind;
  readonly state: DecisionState;
  readonly right: DecisionRecord['choice'];
  readonly keep: ReadonlyArray<string> | null;
  readonly columns: ReadonlyArray<keyof Columns> | 'all';
  readonly text: string;
}

/**
 * Whether the list may serve as an ordination document once signed:
 * - `not-valid`: lines need a decision, items could not be read (`unreadable`), or fields of items
 *   could not be read (`partlyRead`: items in the list with unknown fields): the list is not valid as
 *   an ordination document until the responsible physician has resolved them and signed it;
 * - `to-be-signed`: the sources agree; valid once signed;
 * - `decided` (with decisions): every deviation decided, not signed by a physician (`reason` says why);
 * - `signed` (with decisions): every deviation decided and signed by a physician: valid as the written list.
 */
export type Validity =
  | {
      readonly kind: 'not-valid';
      readonly needsDecision: number;
      readonly unreadable: number;
      readonly partlyRead: number;
      /** With decisions: the deviations still without a decision in effect, and of those, the ones whose decision is stale. */
      readonly undecided?: number;
      readonly stale?: number;
    }
  | { readonly kind: 'to-be-signed' }
  | { readonly kind: 'decided'; readonly decided: number; readonly reason: string }
  | { readonly kind: 'signed'; readonly decided: number; readonly signedBy: { readonly name: string; readonly hsaId: string }; readonly signedAt: Timestamp };

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
  /** The decisions applied (`--decisions`): each decision's state, the corrections ordered, the problems found. */
  readonly decided?: Decided;
}

/**
 * Options of `handoverList`: the list handed over before, where there is one. The exports' facts
 * (export times, care unit, dose dispensing) come from the reconciliation itself (`r.sources`);
 * `sources` overrides them side by side and is rarely needed.
 */
export interface HandoverOptions {
  readonly sources?: {
    readonly journal?: { readonly exportedAt: Timestamp; readonly unit?: string | undefined } | undefined;
    readonly prescriptions?: { readonly exportedAt: Timestamp; readonly doseDispensing: boolean } | undefined;
  };
  readonly previous?: PreviousList | undefined;
  /** The decisions applied to the reconciliation (`decide`). */
  readonly decided?: Decided;
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

/** A handover line of a reconciled line: built from the line alone (its items and deviations), so the whole list is linear in its size. */
const handoverLine = (line: Line, asOf: IsoDate): HandoverLine => {
  const { cosmic, pascal } = line.items;
  return {
    key: drugKey([...cosmic, ...pascal]),
    drug: line.drug,
    status: line.status,
    basis: line.basis,
    items: line.items,
    supply: [...new Set(cosmic.flatMap((i) => (isUnknown(i.supply) ? [] : [i.supply])))],
    deviations: line.deviations.map((d) => d.id),
    columns: columnsOf(cosmic, pascal, asOf),
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
  const all = r.lines.map((l) => handoverLine(l, r.asOf));
  const rank = (l: HandoverLine) => STATUS_ORDER.indexOf(l.status);
  const lines = all.filter((l) => l.status !== 'inactive').sort((a, b) => rank(a) - rank(b));
  const inactive = all.filter((l) => l.status === 'inactive');
  const needsDecision = lines.filter((l) => l.status === 'needs-decision').length;
  // A reconciliation made before sources were carried (an older caller's literal) has none: null, as before.
  const own = (r as Partial<Pick<Reconciliation, 'sources'>>).sources;
  const journal = options.sources?.journal ?? own?.journal;
  const prescriptions = options.sources?.prescriptions ?? own?.prescriptions;
  return E.right({
    asOf: r.asOf,
    patient: r.patient,
    sources: {
      cosmic: { exportedAt: journal?.exportedAt ?? null, unit: journal?.unit ?? null },
      pascal: { exportedAt: prescriptions?.exportedAt ?? null, doseDispensing: prescriptions?.doseDispensing ?? null },
    },
    validity:
      options.decided !== undefined
        ? decidedValidity(options.decided, all)
        : needsDecision > 0 || r.invalid.length > 0 || r.problems.length > 0
          ? { kind: 'not-valid', needsDecision, unreadable: r.invalid.length, partlyRead: r.problems.length }
          : { kind: 'to-be-signed' },
    lines: withDecisions(lines, r, options.decided),
    inactive: withDecisions(inactive, r, options.decided),
    deviations: r.deviations,
    changes: previous === undefined ? NO_CHANGES : changesSince(previous, all),
    invalid: r.invalid,
    problems: r.problems,
    checks: checkList(r),
    ...(options.decided === undefined ? {} : { decided: options.decided }),
  });
};

/** The columns a decision on a deviation of this kind settles. */
const SETTLES: Readonly<Record<DiscrepancyKind, ReadonlyArray<keyof Columns> | 'all'>> = {
  'missing-in-pascal': 'all',
  'missing-in-cosmic': 'all',
  duplicate: 'all',
  dose: ['dose', 'instructions', 'asNeeded'],
  schedule: ['dose', 'instructions'],
  'as-needed': ['dose', 'instructions', 'asNeeded'],
  'not-comparable': ['dose', 'instructions', 'asNeeded'],
  'text-mismatch': ['dose', 'instructions'],
  strength: ['product', 'strength', 'dose', 'instructions'],
  form: ['product', 'form', 'dose', 'instructions'],
  route: ['route'],
  purpose: ['purpose'],
  dispensing: ['dispensing'],
  period: ['period', 'state'],
  status: ['state', 'period'],
  'prescription-expired': ['state'],
};

const withDecisions = (lines: ReadonlyArray<HandoverLine>, r: Reconciliation, decided: Decided | undefined): ReadonlyArray<HandoverLine> => {
  if (decided === undefined) return lines;
  const kinds = new Map(r.deviations.map((d) => [d.id, d.discrepancy.kind]));
  // The open decisions by deviation, each with its place in `decided.decisions`: a line gathers its
  // own from its deviations (linear in the list, however long), in the decisions' order.
  const open = new Map<string, Array<{ readonly at: number; readonly decision: Decided['decisions'][number] }>>();
  decided.decisions.forEach((decision, at) => {
    if (decision.state === 'done') return;
    const same = open.get(decision.deviation);
    if (same === undefined) open.set(decision.deviation, [{ at, decision }]);
    else same.push({ at, decision });
  });
  return lines.map((line) => {
    const decisions = [...new Set(line.deviations)]
      .flatMap((id) => open.get(id) ?? [])
      .sort((a, b) => a.at - b.at)
      .map(({ decision: d }): LineDecision => {
        const kind = kinds.get(d.deviation) ?? 'not-comparable';
        return { deviation: d.deviation, kind, state: d.state, right: d.choice, keep: d.keep, columns: SETTLES[kind], text: d.text };
      });
    return decisions.length === 0 ? line : { ...line, decisions };
  });
};

const decidedValidity = (decided: Decided, lines: ReadonlyArray<HandoverLine>): Validity => {
  const v = decided.validity;
  if (v.kind !== 'not-valid') return v;
  const open = new Set(decided.undecided);
  const needsDecision = lines.filter((l) => l.deviations.some((id) => open.has(id))).length;
  return { kind: 'not-valid', needsDecision, unreadable: v.unreadable, partlyRead: v.partlyRead, undecided: v.undecided, stale: v.stale };
};
