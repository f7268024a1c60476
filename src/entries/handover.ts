/**
 * `medrec/handover`: the handover list (läkemedelslista för överlämning) of a reconciliation, the
 * changes since the list handed over before (läkemedelsberättelse), its renderings (printable HTML,
 * the versioned JSON) and the incident reports (avvikelserapporter). No Node built-in.
 *
 * @example
 * import { handoverList, renderHandoverHtml } from 'medrec/handover';
 * const handover = handoverList(result, {}); // result from reconcile
 *
 * @packageDocumentation
 * @module medrec/handover
 */
export { decodePreviousList, handoverList, HANDOVER_FORMAT, HANDOVER_VERSION, parsePreviousList } from '../handover';
export type { Change, ChangedFields, Changes, Columns, HandoverError, HandoverLine, HandoverList, HandoverOptions, HandoverSources, PreviousList, Validity } from '../handover';
export { INCIDENT_FORMAT, INCIDENT_VERSION, incidentReports, renderHandoverHtml, renderIncidentText, toHandoverJson, validityText } from '../render';
export type { HandoverDeviationJson, HandoverDiscrepancyJson, HandoverHtmlOptions, HandoverJson, HandoverLineJson, IncidentOptions, IncidentReport } from '../render';
export { isLeft, isRight } from '../model';
