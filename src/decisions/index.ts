/**
 * Decisions (beslut): the decisions document (`medrec-decisions`), which records for each deviation
 * what a physician (or, as a proposal, a pharmacist or nurse) decided, on which values (a
 * fingerprint), and the signature; its template for a reconciliation.
 */
export {
  DECISIONS_FORMAT,
  DECISIONS_VERSION,
  type Choice,
  type DecidedDosage,
  type DecidedDose,
  type DecidedValue,
  type Decider,
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
