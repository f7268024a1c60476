import type { Deviation } from '../classify';
import { deviationFingerprint, type DecisionEntry, type DecisionsDocument } from '../decisions';
import { checkPatientId, samePatient, type Patient } from '../model';

/**
 * An earlier decision on one deviation of this reconciliation: `current` when it was made on the
 * values shown now (the page starts from it), `stale` when the values have changed since (it is shown,
 * marked, and not applied: a decision made on other values is never applied).
 */
export type EarlierDecision =
  | { readonly kind: 'current'; readonly decision: DecisionEntry }
  | { readonly kind: 'stale'; readonly decision: DecisionEntry };

/** The earlier decisions of a document, sorted against this reconciliation's deviations. */
export interface EarlierDecisions {
  /** By deviation id: each decided entry, current or stale. */
  readonly byDeviation: ReadonlyMap<string, EarlierDecision>;
  /** Decisions on deviations that no longer exist (the difference is gone). */
  readonly gone: ReadonlyArray<DecisionEntry>;
}

/**
 * Whether a decisions document is of this patient (personnummer compared by their twelve-digit form;
 * an id shaped like a personnummer but invalid names no one).
 *
 * @example
 * decisionsOfPatient(previous, result.patient) // true
 */
export const decisionsOfPatient = (previous: DecisionsDocument, patient: Patient): boolean => {
  const check = checkPatientId(previous.patient.id);
  return check.kind !== 'invalid' && samePatient(patient, { id: previous.patient.id, idKind: check.kind });
};

/**
 * The earlier decisions by deviation id, each current or stale against the fingerprints of this
 * reconciliation's deviations, and the decisions on deviations that no longer exist. Undecided entries
 * (choice null) and the entries of a document that decides nothing (no `decidedBy`) are left out.
 *
 * @example
 * earlierDecisions(previous, result.deviations)
 * // { byDeviation: Map { 'dose:C-2:P-2' => { kind: 'current', decision } }, gone: [] }
 */
export const earlierDecisions = (previous: DecisionsDocument | undefined, deviations: ReadonlyArray<Deviation>): EarlierDecisions => {
  const byDeviation = new Map<string, EarlierDecision>();
  const gone: DecisionEntry[] = [];
  if (previous === undefined || previous.decidedBy === null) return { byDeviation, gone };
  const current = new Map(deviations.map((d) => [d.id, deviationFingerprint(d)]));
  for (const decision of previous.decisions) {
    if (decision.choice === null) continue;
    const fingerprint = current.get(decision.deviation);
    if (fingerprint === undefined) gone.push(decision);
    else byDeviation.set(decision.deviation, { kind: fingerprint === decision.fingerprint ? 'current' : 'stale', decision });
  }
  return { byDeviation, gone };
};
