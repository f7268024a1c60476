/**
 * Classification: every discrepancy as a deviation (avvikelse) with its incident category, risk
 * (consequence × probability), intent (WHO High 5s) and action, by the rules of one table (`rules.ts`).
 */
export {
  DEVIATION_CATEGORY,
  type Action,
  type ActionStep,
  type Actor,
  type Consequence,
  type Deviation,
  type DeviationCategory,
  type HighAlertFinding,
  type Intent,
  type IntentEvidence,
  type Probability,
  type RiskBand,
  type RiskBasis,
  type Subcategory,
} from './deviation';
export {
  ACTOR_LABEL,
  CONSEQUENCE_LABEL,
  DOSE_BAG_STEP,
  HIGH_ALERT_GROUPS,
  KIND_RULES,
  PROBABILITY_LABEL,
  PROBABILITY_RAISES,
  RISK_BANDS,
  SERIOUS_FROM,
  SUBCATEGORY_LABEL,
  SYSTEM_NAME,
  UPDATE_STEP,
  type HighAlertGroup,
  type KindRule,
  type StepTemplate,
} from './rules';
export { highAlertOf } from './high-alert';
export { intentOf } from './intent';
export { actionFor } from './action';
export { classifyDiscrepancy, compareDeviations, deviationId, riskBandOf, type ClassifyContext } from './classify';
