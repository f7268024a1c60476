import type { DecisionFacts, DeviationRow, PatientRow, PatientState } from './row';
import type { PatientObservation } from './observation';

/**
 * A decision read from a decisions document, for one patient: the deviation id of the run it was
 * made on, the fingerprint of the values, and what was decided.
 */
export interface PendingDecision {
  readonly runId: string;
  readonly fingerprint: string;
  readonly facts: DecisionFacts;
}

/** What one observation did to the register: counts of deviations opened, resolved, reopened and otherwise changed. */
export interface ApplyCounts {
  readonly opened: number;
  readonly resolved: number;
  readonly reopened: number;
  readonly decided: number;
}

/**
 * The outcome of applying one observation: `stale` when the register already holds a later run of
 * the patient (nothing changes); otherwise the patient's new state, whether the patient row changed,
 * the deviation rows that changed (to be written) and the counts.
 */
export type Applied =
  | { readonly kind: 'stale' }
  | { readonly kind: 'applied'; readonly state: PatientState; readonly patientChanged: boolean; readonly changed: ReadonlyArray<DeviationRow>; readonly counts: ApplyCounts };

const sameDecision = (a: DecisionFacts | null, b: DecisionFacts | null): boolean => JSON.stringify(a) === JSON.stringify(b);

const sameRow = (a: DeviationRow, b: DeviationRow): boolean =>
  a.firstSeen === b.firstSeen &&
  a.lastSeen === b.lastSeen &&
  a.openedOn === b.openedOn &&
  a.resolvedOn === b.resolvedOn &&
  a.reopened === b.reopened &&
  a.riskBand === b.riskBand &&
  a.serious === b.serious &&
  a.category === b.category &&
  a.unit === b.unit &&
  a.municipality === b.municipality &&
  a.runId === b.runId &&
  a.text === b.text &&
  a.action === b.action &&
  a.drug === b.drug &&
  sameDecision(a.decision, b.decision);

/**
 * Applies one run's observation of a patient to the patient's part of the register. Pure. The laws:
 * - a deviation seen for the first time opens (first seen, last seen and opened on the run's date);
 * - an open deviation seen again is last seen on the run's date (its risk, unit and texts follow the run);
 * - an open deviation not seen is resolved on the run's date (the patient was reconciled and it was gone);
 * - a resolved deviation seen again is reopened: open again from the run's date, counted in `reopened`;
 * - a run older than the patient's last run changes nothing (`stale`); applying the same run twice
 *   changes nothing the second time (idempotent); a patient absent from a run is never touched;
 * - a decision applies to the deviation with its run id only when the fingerprint of the values matches.
 *
 * @example
 * applyObservation(undefined, observation, []) // { kind: 'applied', counts: { opened: 2, resolved: 0, reopened: 0, decided: 0 }, … }
 */
export const applyObservation = (state: PatientState | undefined, obs: PatientObservation, decisions: ReadonlyArray<PendingDecision>): Applied => {
  if (state !== undefined && obs.asOf < state.patient.lastRun) return { kind: 'stale' };
  const d = obs.asOf;
  const next = new Map(state?.deviations ?? []);
  const changed: DeviationRow[] = [];
  let opened = 0;
  let resolved = 0;
  let reopened = 0;
  let decided = 0;
  const seen = new Set<string>();
  for (const o of obs.deviations) {
    seen.add(o.key);
    const before = next.get(o.key);
    const decision = decisions.find((x) => x.runId === o.runId && x.fingerprint === o.fingerprint())?.facts;
    const observed = { riskBand: o.riskBand, serious: o.serious, category: o.category, unit: obs.unit, municipality: obs.municipality, runId: o.runId, text: o.text, action: o.action, drug: o.drug };
    let row: DeviationRow;
    if (before === undefined) {
      row = { patientId: obs.patientId, key: o.key, kind: o.kind, firstSeen: d, lastSeen: d, openedOn: d, resolvedOn: null, reopened: 0, ...observed, decision: decision ?? null };
      opened++;
    } else if (before.resolvedOn === null) {
      row = { ...before, ...observed, lastSeen: before.lastSeen > d ? before.lastSeen : d, decision: decision ?? before.decision };
    } else {
      row = { ...before, ...observed, lastSeen: d, openedOn: d, resolvedOn: null, reopened: before.reopened + 1, decision: decision ?? before.decision };
      reopened++;
    }
    if (decision !== undefined && !sameDecision(decision, before?.decision ?? null)) decided++;
    if (before === undefined || !sameRow(before, row)) changed.push(row);
    next.set(o.key, row);
  }
  for (const [key, row] of next) {
    if (seen.has(key) || row.resolvedOn !== null) continue;
    const gone: DeviationRow = { ...row, resolvedOn: d };
    next.set(key, gone);
    changed.push(gone);
    resolved++;
  }
  const patient: PatientRow = { patientId: obs.patientId, lastRun: d, unit: obs.unit, municipality: obs.municipality };
  const before = state?.patient;
  const patientChanged = before === undefined || before.lastRun !== patient.lastRun || before.unit !== patient.unit || before.municipality !== patient.municipality;
  return { kind: 'applied', state: { patient, deviations: next }, patientChanged, changed, counts: { opened, resolved, reopened, decided } };
};
