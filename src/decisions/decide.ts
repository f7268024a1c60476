import * as E from 'fp-ts/lib/Either.js';
import type { Deviation } from '../classify';
import { DISCREPANCY_KINDS } from '../diff';
import { checkPatientId, compareIds, redactPersonnummer, samePatient, type IsoDate, type Timestamp } from '../model';
import type { Reconciliation } from '../reconcile';
import { correctionsFor, type Correction } from './correction';
import type { Choice, DecidedValue, Decider, DecisionsDocument, Fingerprint, MadeDecision, Signature } from './document';
import { deviationFingerprint } from './fingerprint';

/**
 * Where a decision stands against today's exports (uppföljning av beslut):
 * - `done`: its discrepancy is gone: the system was corrected;
 * - `pending`: the values are those it was made on: it applies, and its corrections are not yet made;
 * - `stale`: the values changed since: it is not applied, and the deviation needs a new decision.
 */
export type DecisionState = 'done' | 'pending' | 'stale';

/**
 * A decision as it stands on a reconciliation: the deviation, what was chosen (and the value, or the
 * copies kept), who decided, when and on which reconciliation date, the signature of its document
 * where a physician gave one, its state, and a Swedish line for the list ("Beslut: journalen gäller —
 * Anna Andersson, 2026-11-20"). `pendingDays` counts the days a pending decision has waited for its
 * corrections; `overdue` says it has waited longer than the threshold.
 */
export interface DecisionRecord {
  readonly deviation: string;
  readonly state: DecisionState;
  readonly choice: Choice;
  readonly value: DecidedValue | null;
  readonly keep: ReadonlyArray<string> | null;
  readonly comment: string | null;
  readonly fingerprint: Fingerprint;
  readonly decidedBy: Decider;
  readonly decidedAt: Timestamp;
  readonly decidedOn: IsoDate;
  readonly signature: Signature | null;
  readonly file: string | null;
  readonly pendingDays: number | null;
  readonly overdue: boolean;
  readonly text: string;
}

/**
 * Something in a decisions document that could not be used, as a value: an entry that did not
 * decode, a deviation the reconciliation does not have, a decision that does not fit its deviation,
 * a signature that does not count (not a physician's, or not the decider's), a document that names
 * no one deciding. `path` is the JSON path in `file`.
 */
export interface DecisionProblem {
  readonly kind: 'rejected-entry' | 'unknown-deviation' | 'not-applicable' | 'signature-not-physician' | 'signature-not-decider' | 'no-decider';
  readonly file: string | null;
  readonly deviation: string | null;
  readonly path: string;
  readonly message: string;
}

/** A correction ordered by a pending decision: since when, and whether it has waited longer than the threshold. */
export type OrderedCorrection = Correction & { readonly since: IsoDate; readonly overdue: boolean };

/**
 * What the decisions make of the list:
 * - `not-valid`: deviations without a decision in effect (`undecided`, of which `stale` were decided on
 *   values that have changed), unreadable items, or items with unreadable fields (`partlyRead`);
 * - `decided`: every deviation decided, but not signed by a physician (`reason` says why, in Swedish);
 * - `signed`: every deviation decided, each by a document a physician signed: valid as the written list;
 * - `to-be-signed`: nothing to decide and no signature.
 */
export type DecisionValidity =
  | { readonly kind: 'not-valid'; readonly undecided: number; readonly stale: number; readonly unreadable: number; readonly partlyRead: number }
  | { readonly kind: 'decided'; readonly decided: number; readonly reason: string }
  | { readonly kind: 'signed'; readonly decided: number; readonly signedBy: Signature['signedBy']; readonly signedAt: Timestamp }
  | { readonly kind: 'to-be-signed' };

/**
 * The decisions applied to a reconciliation: every decision with its state (one per deviation: later
 * documents win), the corrections ordered by the pending ones, the deviations still undecided and
 * those whose decision is stale, the validity, and every problem found in the documents.
 */
export interface Decided {
  readonly asOf: IsoDate;
  readonly decisions: ReadonlyArray<DecisionRecord>;
  readonly corrections: ReadonlyArray<OrderedCorrection>;
  readonly undecided: ReadonlyArray<string>;
  readonly stale: ReadonlyArray<string>;
  readonly validity: DecisionValidity;
  readonly problems: ReadonlyArray<DecisionProblem>;
}

/** Why decisions could not be applied at all: a document of another patient (neither id is named). */
export interface DecideError {
  readonly kind: 'patient-mismatch';
  readonly file: string | null;
  readonly message: string;
}

/** Options of `decide`: the number of days a pending correction may wait before it is overdue (default 2). */
export interface DecideOptions {
  readonly pendingDays?: number;
}

/** The default number of days a correction may be pending before it is itself a finding. */
export const PENDING_DAYS = 2;

const ROLE_LABEL: Readonly<Record<Decider['role'], string>> = { physician: 'läkare', pharmacist: 'farmaceut', nurse: 'sjuksköterska' };

const dayOf = (t: Timestamp): IsoDate => t.slice(0, 10) as IsoDate;

const daysBetween = (from: IsoDate, to: IsoDate): number => Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);

const valueText = (v: DecidedValue): string => (v.kind === 'dosage' ? v.dosage.text : v.status === 'active' ? 'ska ges' : 'ska inte ges');

/**
 * What a decision says in Swedish, for the list: the choice, who decided (role when not a physician:
 * then it is a proposal) and the day.
 *
 * @example
 * decisionText('cosmic', null, null, { name: 'Anna Andersson', hsaId: '…', role: 'physician' }, '2026-11-20')
 * // 'Beslut: journalen gäller — Anna Andersson, 2026-11-20'
 */
export const decisionText = (choice: Choice, value: DecidedValue | null, keep: ReadonlyArray<string> | null, by: Decider, on: IsoDate): string => {
  const what =
    choice === 'cosmic'
      ? 'journalen gäller'
      : choice === 'pascal'
        ? 'Pascal gäller'
        : choice === 'stop'
          ? 'sätts ut i båda systemen'
          : choice === 'keep'
            ? `behåll ${(keep ?? []).join(', ')}`
            : `inget av systemen: ${value === null ? 'nytt värde' : valueText(value)}`;
  const who = by.role === 'physician' ? by.name : `${by.name} (${ROLE_LABEL[by.role]}, förslag)`;
  return `${by.role === 'physician' ? 'Beslut' : 'Förslag'}: ${what} — ${who}, ${on}`;
};

/** Whether a deviation id is shaped as medrec writes them: a discrepancy kind, then the item ids of each side. */
const wellFormedId = (id: string): boolean => {
  const [kind, cosmic, pascal, ...rest] = id.split(':');
  return rest.length === 0 && cosmic !== undefined && pascal !== undefined && DISCREPANCY_KINDS.some((k) => k === kind) && (cosmic !== '' || pascal !== '');
};

/** Whether every item a deviation id names is among the reconciliation's items (its discrepancy may be gone). */
const namesKnownItems = (r: Reconciliation, id: string): boolean => {
  const [, cosmic = '', pascal = ''] = id.split(':');
  const known = (ids: string, items: ReadonlyArray<{ readonly id: string }>) => ids === '' || ids.split(',').every((x) => items.some((i) => i.id === x));
  return known(cosmic, r.items.cosmic) && known(pascal, r.items.pascal);
};

/** The signature of a document when it counts, or the problem with it. */
const signatureOf = (doc: DecisionsDocument): { readonly signature: Signature | null; readonly problem: DecisionProblem | null } => {
  const s = doc.signature;
  if (s === null) return { signature: null, problem: null };
  const problem = (kind: DecisionProblem['kind'], message: string): { signature: null; problem: DecisionProblem } => ({
    signature: null,
    problem: { kind, file: doc.file, deviation: null, path: 'signature', message },
  });
  if (doc.decidedBy === null) return problem('no-decider', 'expected decidedBy with the physician who signs; a document that names no one decides nothing');
  if (doc.decidedBy.role !== 'physician') {
    return problem('signature-not-physician', `expected a signature by a physician, got one on decisions by a ${doc.decidedBy.role}: they are proposals, and the list stays decided, not signed`);
  }
  if (s.signedBy.hsaId !== doc.decidedBy.hsaId) {
    return problem('signature-not-decider', 'expected signedBy.hsaId to be the deciding physician\'s (decidedBy.hsaId): the list stays decided, not signed');
  }
  return { signature: s, problem: null };
};

interface Candidate {
  readonly doc: DecisionsDocument;
  readonly entry: MadeDecision;
  readonly decidedBy: Decider;
  readonly decidedAt: Timestamp;
  readonly signature: Signature | null;
}

const samePatientAs = (r: Reconciliation, id: string): boolean => {
  const check = checkPatientId(id);
  return check.kind !== 'invalid' && samePatient(r.patient, { id, idKind: check.kind });
};

/**
 * Applies decisions documents to a reconciliation. Pure. Documents are read in order, a later one
 * winning per deviation; an undecided entry (choice null) overrides nothing. Each decision is `done`
 * when its deviation is gone (the items it names are still there, or the document decided an earlier
 * reconciliation; otherwise its id is an unknown deviation), `pending` when the values are
 * those it was made on (it applies, and orders its corrections), or `stale` when they changed (never
 * applied). Errs only when a document is of another patient; every other problem is a value in
 * `problems`, and the rest of the document still counts.
 *
 * @example
 * decide(result, [yesterday, today]) // right({ validity: { kind: 'signed', … }, decisions: [...], corrections: [...], problems: [] })
 */
export const decide = (
  r: Reconciliation,
  documents: DecisionsDocument | ReadonlyArray<DecisionsDocument>,
  options: DecideOptions = {},
): E.Either<DecideError, Decided> => {
  const docs: ReadonlyArray<DecisionsDocument> = Array.isArray(documents) ? documents : [documents as DecisionsDocument];
  const threshold = options.pendingDays ?? PENDING_DAYS;
  const other = docs.find((d) => !samePatientAs(r, d.patient.id));
  // The ids are personal data: the message says that they differ, never what they are.
  if (other !== undefined) return E.left({ kind: 'patient-mismatch', file: other.file, message: 'patient.id: the decisions document is of another patient than the exports' });

  const problems: DecisionProblem[] = [];
  const byId = new Map<string, Deviation>(r.deviations.map((d) => [d.id, d]));
  const latest = new Map<string, Candidate>();
  for (const doc of docs) {
    for (const rej of doc.rejected) problems.push({ kind: 'rejected-entry', file: doc.file, deviation: rej.deviation, path: rej.path, message: rej.message });
    const { signature, problem } = signatureOf(doc);
    if (problem !== null) problems.push(problem);
    const made = doc.decisions.filter((e): e is MadeDecision => e.choice !== null);
    if (doc.decidedBy === null || doc.decidedAt === null) {
      if (made.length > 0) problems.push({ kind: 'no-decider', file: doc.file, deviation: null, path: doc.decidedBy === null ? 'decidedBy' : 'decidedAt', message: 'expected who decided and when; a document that names no one decides nothing' });
      continue;
    }
    for (const entry of made) {
      if (!byId.has(entry.deviation) && !(wellFormedId(entry.deviation) && (doc.asOf < r.asOf || namesKnownItems(r, entry.deviation)))) {
        problems.push({
          kind: 'unknown-deviation',
          file: doc.file,
          deviation: redactPersonnummer(entry.deviation),
          path: `decisions[${entry.index}].deviation`,
          message: `expected a deviation of the reconciliation of ${r.asOf} (${[...byId.keys()].join(', ') || 'none'}), got "${redactPersonnummer(entry.deviation)}"`,
        });
        continue;
      }
      latest.set(entry.deviation, { doc, entry, decidedBy: doc.decidedBy, decidedAt: doc.decidedAt, signature });
    }
  }

  const records: DecisionRecord[] = [];
  const corrections: OrderedCorrection[] = [];
  const applied = new Set<string>();
  const stale: string[] = [];
  const order = (id: string) => {
    const k = r.deviations.findIndex((d) => d.id === id);
    return k < 0 ? Number.MAX_SAFE_INTEGER : k;
  };
  for (const [id, c] of [...latest].sort(([a], [b]) => order(a) - order(b) || compareIds(a, b))) {
    const deviation = byId.get(id);
    const on = dayOf(c.decidedAt);
    const state: DecisionState = deviation === undefined ? 'done' : deviationFingerprint(deviation) === c.entry.fingerprint ? 'pending' : 'stale';
    let ordered: ReadonlyArray<Correction> = [];
    if (state === 'pending' && deviation !== undefined) {
      const result = correctionsFor(deviation, c.entry, r);
      if (!result.ok) {
        problems.push({ kind: 'not-applicable', file: c.doc.file, deviation: id, path: `decisions[${c.entry.index}].choice`, message: result.reason });
        continue;
      }
      ordered = result.corrections;
    }
    const pendingDays = state === 'pending' ? Math.max(0, daysBetween(on, r.asOf)) : null;
    const overdue = pendingDays !== null && pendingDays > threshold && ordered.length > 0;
    const value = c.entry.choice === 'neither' ? c.entry.value : null;
    const keep = c.entry.choice === 'keep' ? c.entry.keep : null;
    records.push({
      deviation: id,
      state,
      choice: c.entry.choice,
      value,
      keep,
      comment: c.entry.comment,
      fingerprint: c.entry.fingerprint,
      decidedBy: c.decidedBy,
      decidedAt: c.decidedAt,
      decidedOn: c.doc.asOf,
      signature: c.signature,
      file: c.doc.file,
      pendingDays,
      overdue,
      text: decisionText(c.entry.choice, value, keep, c.decidedBy, on),
    });
    if (state === 'pending') applied.add(id);
    if (state === 'stale') stale.push(id);
    for (const o of ordered) corrections.push({ ...o, since: on, overdue });
  }

  const undecided = r.deviations.filter((d) => !applied.has(d.id)).map((d) => d.id);
  const inEffect = records.filter((d) => d.state === 'pending');
  return E.right({
    asOf: r.asOf,
    decisions: records,
    corrections,
    undecided,
    stale,
    validity: validityOf(r, inEffect, undecided.length, stale.length, docs),
    problems,
  });
};

const validityOf = (
  r: Reconciliation,
  inEffect: ReadonlyArray<DecisionRecord>,
  undecided: number,
  stale: number,
  docs: ReadonlyArray<DecisionsDocument>,
): DecisionValidity => {
  // An item or field nobody could read keeps the list not valid, whatever was decided (the contract's "What counts as an error").
  if (undecided > 0 || r.invalid.length > 0 || r.problems.length > 0) return { kind: 'not-valid', undecided, stale, unreadable: r.invalid.length, partlyRead: r.problems.length };
  const signatures = inEffect.map((d) => d.signature);
  if (inEffect.length === 0) {
    // Nothing to decide: a physician's signature of a (possibly empty) decisions document signs the list.
    const signed = [...docs].reverse().map((d) => signatureOf(d).signature).find((s) => s !== null);
    return signed === undefined ? { kind: 'to-be-signed' } : { kind: 'signed', decided: 0, signedBy: signed.signedBy, signedAt: signed.signedAt };
  }
  if (signatures.every((s) => s !== null)) {
    const last = [...(signatures as ReadonlyArray<Signature>)].sort((a, b) => (a.signedAt < b.signedAt ? -1 : a.signedAt > b.signedAt ? 1 : 0)).at(-1)!;
    return { kind: 'signed', decided: inEffect.length, signedBy: last.signedBy, signedAt: last.signedAt };
  }
  const unsigned = inEffect.filter((d) => d.signature === null);
  const proposals = unsigned.filter((d) => d.decidedBy.role !== 'physician');
  const reason =
    proposals.length > 0
      ? `${proposals.length} av ${inEffect.length} beslut är förslag av ${[...new Set(proposals.map((d) => ROLE_LABEL[d.decidedBy.role]))].join(' och ')}: bara ansvarig läkare kan besluta och signera.`
      : `${unsigned.length} av ${inEffect.length} beslut är inte signerade av ansvarig läkare.`;
  return { kind: 'decided', decided: inEffect.length, reason };
};
