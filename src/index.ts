/**
 * medrec: reconcile a patient's medication lists across the journal's ordination list (Cosmic-like)
 * and the e-prescription / dose-dispensing list (Pascal-like), and report every discrepancy.
 *
 * The main entry is the core: reading the two exports, reconciling them, the clinical checks, the
 * handover list and its renderings. It uses no Node built-in, so it bundles for a browser. Each name
 * is exported on purpose (no `export *`): `api/medrec.api.md` lists them with their types and a test
 * keeps it current, so a change of the public surface is a visible diff. The stages an integrator
 * uses alone have their own entries: `medrec/dosage` (browser), `medrec/handover` (browser),
 * `medrec/fhir`, `medrec/batch`, `medrec/followup`, `medrec/synthetic`.
 *
 * Every result is an fp-ts `Either`; `isLeft` and `isRight` are exported here, so no fp-ts import is
 * needed. Dates are `YYYY-MM-DD` strings or `Date`s everywhere (`DateInput`); nothing reads the clock.
 *
 * @example
 * import { isRight, parseJournal, parsePrescriptionList, reconcile, renderText } from 'medrec';
 *
 * const journal = parseJournal(cosmicText, { file: 'cosmic.json' });
 * const list = parsePrescriptionList(pascalText, { file: 'pascal.json' });
 * if (isRight(journal) && isRight(list)) {
 *   const result = reconcile(journal.right, list.right, { asOf: '2026-11-20' });
 *   if (isRight(result)) console.log(renderText(result.right));
 * }
 *
 * @packageDocumentation
 * @module medrec
 */

// ---- Results: every entry point returns an Either --------------------------------------------
export { isLeft, isRight, type Either, type Left, type Right } from './model';

// ---- Reading the exports (decode) -------------------------------------------------------------
export { decodeJournal, decodePrescriptionList, formatDocumentError, parseJournal, parsePrescriptionList } from './decode';
export type { DecodeOptions, DocumentError, JournalList, PrescriptionList } from './decode';

// ---- The model: items, ids, dates and the patient --------------------------------------------
export { checkPatientId, isIsoDate, isoDateOf, maskPatientId, redactPersonnummer } from './model';
export type {
  Activity,
  AsNeededDose,
  AtcCode,
  ClockTime,
  DateInput,
  Dispensing,
  Dose,
  DoseRate,
  DoseStep,
  InvalidItem,
  IsoDate,
  ItemId,
  ItemKind,
  MedicationItem,
  NplId,
  Ordination,
  Patient,
  PatientIdCheck,
  Period,
  Prescriber,
  Prescription,
  Problem,
  Product,
  RateTime,
  RecordedDosage,
  RecordedStatus,
  Source,
  Strength,
  Substance,
  Supply,
  Timestamp,
  Weekday,
} from './model';

// ---- Dosage: the Swedish dosage-text parser and canonical dosages (also `medrec/dosage`) ------
export { canonicalDosageOn as canonicalDosage, describeDosage, parseDosageText, renderDosage } from './dosage';
export type { CanonicalDosage, DosageContext, DosageDescription, InvalidDate, Slot, TextParse } from './dosage';

// ---- Reconciliation: lines, discrepancies and deviations ------------------------------------
export { reconcile } from './reconcile';
export type { Line, LineBasis, LineStatus, ReconcileError, ReconcileOptions, Reconciliation, ReconciliationSources } from './reconcile';
export { DISCREPANCY_KINDS } from './diff';
export type { Discrepancy, DiscrepancyKind, DiscrepancyValues } from './diff';
export type { Action, ActionStep, Actor, Consequence, Deviation, DeviationCategory, Intent, Probability, RiskBand, Subcategory } from './classify';

// ---- Clinical checks (läkemedelsgenomgång — att överväga) -------------------------------------
export { checkList, FINDING_KINDS } from './checks';
export type { Assessment, Finding, FindingKind, FindingSource, ListChecks } from './checks';

// ---- The handover list (läkemedelslista) and the changes since the last one (also `medrec/handover`)
export { decodePreviousList, handoverList, HANDOVER_FORMAT, HANDOVER_VERSION, parsePreviousList } from './handover';
export type { Change, Changes, HandoverError, HandoverLine, HandoverList, HandoverOptions, HandoverSources, PreviousList, Validity } from './handover';

// ---- Rendering: Swedish text, the JSON contracts, printable HTML, incident reports -----------
export { JSON_FORMAT_VERSION, renderText, toJson } from './render';
export type { ReconciliationJson } from './render';
export { renderHandoverHtml, toHandoverJson, validityText } from './render';
export type { HandoverDeviationJson, HandoverDiscrepancyJson, HandoverHtmlOptions, HandoverJson, HandoverLineJson } from './render';
export { INCIDENT_FORMAT, INCIDENT_VERSION, incidentReports, renderIncidentText } from './render';
export type { IncidentOptions, IncidentReport } from './render';

// ---- Decisions (beslut): record, apply and sign; corrections ordered in the system that is wrong --
export { applyCorrections, decide, decisionsTemplate, decodeDecisions, deviationFingerprint, DECISIONS_FORMAT, DECISIONS_VERSION, parseDecisions, PENDING_DAYS } from './decisions';
export type {
  Choice,
  Correction,
  CorrectionAction,
  Decided,
  DecideError,
  DecideOptions,
  DecisionEntry,
  DecisionProblem,
  DecisionRecord,
  DecisionsDocument,
  DecisionState,
  DecisionValidity,
  Decider,
  Exports,
  Fingerprint,
  OrderedCorrection,
  Role,
  Signature,
} from './decisions';

// ---- The review page: decide in the browser, side by side -----------------------------------------
export { choicesFor, renderReviewPage } from './review';
export type { ReviewChoice, ReviewPageOptions } from './review';
