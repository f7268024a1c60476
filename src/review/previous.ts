import type { Deviation } from '../classify';
import type { ReviewChoice } from './labels';

/** A right value written in for `neither`: a dosage as text (and structure), or a status. */
export type PreviousValue =
  | { readonly kind: 'dosage'; readonly dosage: { readonly text: string } }
  | { readonly kind: 'status'; readonly status: 'active' | 'discontinued' };

/**
 * One decision read from an earlier decisions document (tidigare beslut), as the review page needs
 * it: the deviation, the fingerprint of the values it was made on, the choice (null: undecided), the
 * value or the copies kept, and the comment.
 */
export interface PreviousDecision {
  readonly deviation: string;
  readonly fingerprint: string;
  readonly choice: ReviewChoice | null;
  readonly comment: string | null;
  readonly value?: PreviousValue;
  readonly keep?: ReadonlyArray<string>;
}

/**
 * An earlier decisions document (`medrec review --decisions`), as the review page needs it: who
 * decided and when, the decisions, and the signature where one was given. A decoded
 * `medrec-decisions` document has this shape.
 */
export interface PreviousDecisions {
  readonly decidedBy: { readonly name: string; readonly hsaId: string; readonly role: 'physician' | 'pharmacist' | 'nurse' } | null;
  readonly decidedAt: string | null;
  readonly decisions: ReadonlyArray<PreviousDecision>;
  readonly signature: { readonly signedBy: { readonly name: string; readonly hsaId: string }; readonly signedAt: string } | null;
}

/**
 * An earlier decision on one deviation of this reconciliation: `current` when it was made on the
 * values shown now (the page starts from it), `stale` when the values have changed since (it is shown,
 * marked, and not applied: a decision made on other values is never applied).
 */
export type EarlierDecision =
  | { readonly kind: 'current'; readonly decision: PreviousDecision }
  | { readonly kind: 'stale'; readonly decision: PreviousDecision };

/**
 * The earlier decisions by deviation id, each current or stale against the fingerprints of this
 * reconciliation, and the decisions on deviations that no longer exist (`gone`: the difference is no
 * longer there). Undecided entries (choice null) are left out.
 *
 * @example
 * earlierDecisions(previous, result.deviations, fingerprints)
 * // { byDeviation: Map { 'dose:C-2:P-2' => { kind: 'current', decision } }, gone: [] }
 */
export const earlierDecisions = (
  previous: PreviousDecisions | undefined,
  deviations: ReadonlyArray<Deviation>,
  fingerprints: ReadonlyMap<string, string>,
): { readonly byDeviation: ReadonlyMap<string, EarlierDecision>; readonly gone: ReadonlyArray<PreviousDecision> } => {
  const byDeviation = new Map<string, EarlierDecision>();
  const gone: PreviousDecision[] = [];
  const ids = new Set(deviations.map((d) => d.id));
  for (const decision of previous?.decisions ?? []) {
    if (decision.choice === null) continue;
    if (!ids.has(decision.deviation)) {
      gone.push(decision);
      continue;
    }
    byDeviation.set(decision.deviation, { kind: fingerprints.get(decision.deviation) === decision.fingerprint ? 'current' : 'stale', decision });
  }
  return { byDeviation, gone };
};
