/**
 * Rendering: a reconciliation as a short Swedish text for a pharmacist, and as the stable JSON
 * contract for integrators (clinical checks and findings included); the handover list as versioned
 * JSON and as a printable Swedish HTML document; incident reports per serious deviation, as JSON and
 * plain text; the follow-up report across patients as a self-contained Swedish HTML page with SVG
 * charts, and as CSV tables.
 */
export { renderText } from './text';
export {
  toJson,
  JSON_FORMAT_VERSION,
  type ChecksJson,
  type DeviationJson,
  type DiscrepancyJson,
  type DiscrepancyKindJson,
  type FindingJson,
  type FindingValueJson,
  type InvalidItemJson,
  type LineJson,
  type LineStatusJson,
  type PartlyReadItemJson,
  type ProblemJson,
  type ReconciliationJson,
  type SideDoseJson,
} from './json';
export { discrepancyLabel, discrepancyText, perPeriod, sideText } from './discrepancy-text';
export { ACTIVITY_LABEL, displayAmount, everyNthDay, KIND_LABEL, STATUS_LABEL, SUPPLY_LABEL, swedishNumber } from './swedish';
export { escapeHtml, html, trustedHtml, verbatimText, type Html, type HtmlValue } from './html';
export { checksScopeText, renderHandoverHtml, validityText, type HandoverHtmlOptions } from './handover-html';
export { toHandoverJson, type HandoverDeviationJson, type HandoverDiscrepancyJson, type HandoverJson, type HandoverLineJson } from './handover-json';
export { deviationText, incidentReports, INCIDENT_FORMAT, INCIDENT_VERSION, renderIncidentText, type IncidentOptions, type IncidentReport } from './incident-report';
export { asNeededText, doseText, evidenceText, intentText, quantityText, stateText, knownText, strengthText } from './handover-values';
export { barChart, columnChart, niceTicks, BAR_COLOR, type Bar, type BarChart, type ColumnChart, type Segment } from './svg-chart';
export { countText, FINDING_KIND_LABEL, percentText, RANKED_IN_CHART, renderFollowupHtml, RISK_BAND_COLOR } from './report-html';
export { csvField, csvFieldAsWritten, followupCsv, type CsvFile } from './report-csv';
export { correctionsSectionHtml, decidedValidityText, decisionsSectionHtml, DECISION_STATE_LABEL } from './handover-decisions';
