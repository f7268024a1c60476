/**
 * Follow-up across patients (uppföljning): pure functions over the parsed lines of batch result
 * files, folded in one pass into counts of discrepancies, deviations and findings by kind, category,
 * risk band, care unit, municipality and month, and the indicators against their targets.
 */
export { patientFacts, type DeviationFacts, type FindingFacts, type PatientFacts, type ResultLineProblem } from './patient-facts';
export {
  readResultLine,
  type ResultChecks,
  type ResultDeviation,
  type ResultDiscrepancy,
  type ResultFinding,
  type ResultLine,
  type ResultLineFault,
} from './result-line';
export {
  addGroups,
  addPatientFacts,
  addUnreadable,
  aggregateOf,
  combineAggregates,
  EMPTY_AGGREGATE,
  groupOf,
  RISK_BAND_ORDER,
  UNREADABLE_EXAMPLES,
  type FollowupAggregate,
  type GroupCounts,
  type IndicatorCounts,
  type Tally as FollowupTally,
} from './aggregate';
export { INDICATORS, indicatorValues, type IndicatorDefinition, type IndicatorTarget, type IndicatorValue } from './indicators';
export { FOLLOWUP_VERSION, followupReport, type FollowupReport, type GroupRow, type NamedRow, type SummaryCheck } from './report';
export { summaryLawsOf } from './summary-check';
