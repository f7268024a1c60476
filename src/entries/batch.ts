/**
 * `medrec/batch`: whole regions. Reconciles NDJSON streams of patients on worker threads
 * (`runBatch`), with a summary whose counts add up (`summaryLaws`). Node only.
 *
 * @example
 * import { runBatch } from 'medrec/batch';
 * await runBatch(fs.createReadStream('patients.ndjson'), { output: process.stdout }, { asOf: '2026-11-20', workers: 2 });
 *
 * @packageDocumentation
 * @module medrec/batch
 */
export { readLines, runBatch } from '../batch';
export { addBlank, addInvalid, addPatient, combineSummaries, EMPTY_SUMMARY, LINE_ERROR_REASONS, summaryAddsUp, summaryLaws } from '../batch';
export type { BatchFailure, BatchOptions, BatchProgress, BatchSinks, BatchSummary, LineError, LineErrorReason, PatientSummary, RawLine } from '../batch';
export { isLeft, isRight } from '../model';
