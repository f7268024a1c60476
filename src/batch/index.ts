/**
 * Batch (massavstämning): reconciles whole regions from NDJSON, one patient per line, in constant
 * memory and in input order, on worker threads; reports invalid lines and sums everything up in a
 * summary whose counts are checkable.
 */
export { readLines, DEFAULT_MAX_LINE_BYTES, type RawLine } from './line-reader';
export { LINE_ERROR_REASONS, lineError, shownPatientId, type LineError, type LineErrorReason } from './line-error';
export { findForbiddenKey } from './forbidden-key';
export { cutLongText, MAX_RESULT_TEXT, processLine, resultLine, type BatchResult, type LineOutcome } from './process-line';
export { reconcileBulk, type BulkSide } from './bulk';
export { processChunk, type Chunk, type ChunkResult } from './chunk';
export {
  addBlank,
  addInvalid,
  addPatient,
  combineSummaries,
  EMPTY_SUMMARY,
  summarisePatient,
  summaryAddsUp,
  summaryLaws,
  SUMMARY_ERROR_EXAMPLES,
  TALLIES,
  type BatchSummary,
  type ItemCounts,
  type PatientSummary,
  type Tally,
  type TallyName,
  type TallySource,
} from './summary';
export { inProcessProcessor, workerPoolProcessor, type ChunkProcessor } from './processor';
export { runBatch, type BatchFailure, type BatchOptions, type BatchProgress, type BatchSinks } from './run-batch';
