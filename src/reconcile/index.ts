/**
 * Reconciliation (läkemedelsavstämning): the pure function that takes both decoded lists and a date
 * and returns the reconciled lines, the discrepancies and the invalid items.
 */
export { reconcile, STATUS_ORDER, type ReconcileError, type ReconcileOptions, type Reconciliation, type ReconciliationSources } from './reconcile';
export { lineBasis, type Line, type LineBasis, type LineStatus } from './line';
