/**
 * `medrec/followup`: follow-up (uppföljning) across patients from batch result lines: a fold of
 * their facts (`patientFacts`, `aggregateOf`, `combineAggregates`), the indicators against their
 * targets, and the report as data, self-contained HTML and CSV. No Node built-in.
 *
 * @example
 * import { aggregateOf, followupReport, patientFacts, renderFollowupHtml } from 'medrec/followup';
 * const report = followupReport(aggregateOf(lines.map((l, n) => patientFacts(JSON.parse(l), n + 1))), { inputs: ['r.ndjson'] });
 *
 * @packageDocumentation
 * @module medrec/followup
 */
export { addPatientFacts, aggregateOf, combineAggregates, EMPTY_AGGREGATE, FOLLOWUP_VERSION, followupReport, INDICATORS, indicatorValues, patientFacts, summaryLawsOf } from '../followup';
export type { FollowupAggregate, FollowupReport, IndicatorDefinition, IndicatorTarget, IndicatorValue, PatientFacts, ResultLineProblem, SummaryCheck } from '../followup';
export { followupCsv, renderFollowupHtml } from '../render';
export type { CsvFile } from '../render';
export { isLeft, isRight } from '../model';
