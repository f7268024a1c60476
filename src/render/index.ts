/**
 * Rendering: a reconciliation as a short Swedish text for a pharmacist, and as the stable JSON
 * contract for integrators.
 */
export { renderText } from './text';
export { toJson, JSON_FORMAT_VERSION, type ReconciliationJson } from './json';
export { sideText } from './discrepancy-text';
export { ACTIVITY_LABEL, displayAmount, everyNthDay, KIND_LABEL, STATUS_LABEL, SUPPLY_LABEL, swedishNumber } from './swedish';
