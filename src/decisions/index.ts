/**
 * Decisions (beslut): the decisions document (`medrec-decisions`), which records for each deviation
 * what a physician (or, as a proposal, a pharmacist or nurse) decided, on which values (a
 * fingerprint), and the signature; its template for a reconciliation; `decide`, which applies
 * decisions to a reconciliation (validity, the state of each decision on the next run) and orders
 * corrections in the system that is wrong; and `applyCorrections`, the exports as they will be.
 */
export {
  DECISIONS_FORMAT,
  DECISIONS_VERSION,
  type Choice,
  type DecidedDosage,
  type DecidedDose,
  type DecidedValue,
  type Decider,
  type DecisionChoice,
  type DecisionEntry,
  type DecisionsDocument,
  type Fingerprint,
  type MadeDecision,
  type RejectedEntry,
  type Role,
  type Signature,
} from './document';
export { canonicalJson, deviationFingerprint, discrepancyFingerprint, fnv1a64, isFingerprint } from './fingerprint';
export { decodeDecisionEntry, decodeDecisions, parseDecisions, type DecisionsDecodeOptions } from './codec';
export { decisionsTemplate, type DecisionEntryJson, type DecisionsJson, type TemplateOptions } from './template';
export {
  correction,
  correctionsFor,
  recordedDosage,
  type Correction,
  type CorrectionAction,
  type CorrectionValues,
} from './correction';
export {
  decide,
  decisionText,
  PENDING_DAYS,
  type Decided,
  type DecideError,
  type DecideOptions,
  type DecisionProblem,
  type DecisionRecord,
  type DecisionState,
  type DecisionValidity,
  type OrderedCorrection,
} from './decide';
export { applyCorrections, type Exports } from './apply';
