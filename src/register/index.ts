/**
 * The deviation register (avvikelseregistret): remembers every deviation over runs — first seen,
 * last seen, decided, resolved (gone from a run that reconciled the patient), reopened — in SQLite or
 * PostgreSQL behind one store interface; the indicators over time, and feedback to each municipality.
 * Everything but the store (`openRegister`) is pure.
 */
export { deviationKey } from './identity';
export { observationOf, type ObservedDeviation, type ObservationProblem, type PatientObservation } from './observation';
export { applyObservation, type Applied, type ApplyCounts, type PendingDecision } from './apply';
export type { DecisionFacts, DeviationRow, PatientRow, PatientState } from './row';
export type { RegisterStore, RegisterTransaction, ScanFilter } from './store';
export { openRegister, shownDatabase, type OpenOptions, type RegisterOpenError } from './kysely-store';
export { LATEST_MIGRATION } from './schema';
export { ingest, type IngestFailure, type IngestOptions, type IngestProblem, type IngestReport, type IngestSource } from './ingest';
export { AGE_BANDS, daysBetween, percentileOf, statusFold, STATUS_RISK_BANDS, STATUS_VERSION, type GroupStatus, type NamedStatus, type RegisterStatus } from './status';
export { readStatus } from './read-status';
export { pendingDecisions } from './decisions';
export { statusText } from './status-text';
export { overTimeSection } from './over-time-html';
export { feedbackCsv, feedbackOf, readFeedbackRows, type Feedback, type FeedbackRow } from './feedback';
export { renderFeedbackHtml } from './feedback-html';
export { daysSv, kindSv, riskBandSv } from './labels';
