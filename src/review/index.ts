/**
 * The review page (granskningssida): a self-contained Swedish HTML page in which a pharmacist or a
 * physician decides every deviation of a reconciliation in the browser, signs, and saves the
 * decisions document that `medrec handover --decisions` applies. Nothing is loaded or sent over the
 * network. Stable hooks for tests and integrators: `data-deviation`, `data-choice`, `data-keep`,
 * `data-field`, `name="decidedBy.*"`, `data-action="sign|save"` (see the README, "Review page").
 */
export { renderReviewPage, type ReviewPageOptions } from './page';
export { decisionsOfPatient, earlierDecisions, type EarlierDecision, type EarlierDecisions } from './previous';
export { BASIS_LABEL, CHOICE_LABELS, choicesFor, neitherValueKind, ROLE_LABELS, type ChoiceLabel, type ReviewChoice } from './labels';
export { scriptJson } from './script-json';
export { wordDiff, type DiffPiece } from './word-diff';
