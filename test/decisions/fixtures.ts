import * as E from 'fp-ts/lib/Either.js';
import { decide, deviationFingerprint, type Decided, type DecisionChoice, type DecisionEntry, type DecisionsDocument, type Decider } from '../../src/decisions';
import { decodeJournal, decodePrescriptionList, type JournalList, type PrescriptionList } from '../../src/decode';
import type { ItemId, Timestamp } from '../../src/model';
import { reconcile, type Reconciliation } from '../../src/reconcile';
import { AS_OF } from '../arbitrary';
import { exampleDocs } from '../reconcile/reconcile-docs';

export const PHYSICIAN: Decider = { name: 'Anna Andersson', hsaId: 'SE2321000016-A1B2', role: 'physician' };
export const PHARMACIST: Decider = { name: 'Per Persson', hsaId: 'SE2321000016-C3D4', role: 'pharmacist' };

/** Both exports decoded; a test fails loudly on a Left. */
export const decodeBoth = (cosmic: unknown, pascal: unknown): { readonly journal: JournalList; readonly prescriptions: PrescriptionList } => {
  const journal = decodeJournal(cosmic);
  const prescriptions = decodePrescriptionList(pascal);
  if (E.isLeft(journal) || E.isLeft(prescriptions)) throw new Error('the exports did not decode');
  return { journal: journal.right, prescriptions: prescriptions.right };
};

/** Reconciles decoded exports on `asOf`; a test fails loudly on a Left. */
export const reconcileLists = (lists: { readonly journal: JournalList; readonly prescriptions: PrescriptionList }, asOf: string = AS_OF): Reconciliation => {
  const r = reconcile(lists.journal, lists.prescriptions, { asOf });
  if (E.isLeft(r)) throw new Error(r.left.message);
  return r.right;
};

/** The shared example pair, decoded. */
export const exampleLists = () => {
  const { cosmic, pascal } = exampleDocs();
  return decodeBoth(cosmic, pascal);
};

type Decision = DecisionChoice;

/** A decisions document on `r`, by `by` at `at`, with `choices` per deviation id (others left out), signed or not. */
export const documentOn = (
  r: Reconciliation,
  choices: ReadonlyMap<string, Decision>,
  options: { readonly by?: Decider; readonly at?: string; readonly signed?: boolean; readonly file?: string; readonly patient?: string; readonly asOf?: string } = {},
): DecisionsDocument => {
  const by = options.by ?? PHYSICIAN;
  const at = (options.at ?? `${r.asOf}T15:30:00+01:00`) as Timestamp;
  return {
    file: options.file ?? 'beslut.json',
    patient: { id: options.patient ?? r.patient.id },
    asOf: (options.asOf ?? r.asOf) as Reconciliation['asOf'],
    decidedBy: by,
    decidedAt: at,
    decisions: r.deviations.flatMap((d, index) => {
      const c = choices.get(d.id);
      return c === undefined ? [] : [{ index, deviation: d.id, fingerprint: deviationFingerprint(d), comment: null, ...c } as DecisionEntry];
    }),
    rejected: [],
    signature: options.signed === false ? null : { signedBy: { name: by.name, hsaId: by.hsaId }, signedAt: at },
  };
};

/** The example pair's five deviations decided as examples/decisions/beslut.json decides them. */
export const EXAMPLE_CHOICES: ReadonlyMap<string, Decision> = new Map<string, Decision>([
  ['status:C-4:P-4', { choice: 'cosmic' }],
  ['dose:C-2:P-2', { choice: 'cosmic' }],
  ['missing-in-pascal:C-5:', { choice: 'cosmic' }],
  ['missing-in-cosmic::P-5', { choice: 'pascal' }],
  ['strength:C-9:P-7', { choice: 'cosmic' }],
]);

/** decide, failing loudly on a Left. */
export const decideOrFail = (r: Reconciliation, docs: ReadonlyArray<DecisionsDocument>, pendingDays?: number): Decided => {
  const d = decide(r, docs, pendingDays === undefined ? {} : { pendingDays });
  if (E.isLeft(d)) throw new Error(d.left.message);
  return d.right;
};

/** The ids of a list of items. */
export const ids = (xs: ReadonlyArray<string>): ReadonlyArray<ItemId> => xs as ReadonlyArray<ItemId>;
