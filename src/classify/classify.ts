import { DISCREPANCY_KINDS, type Discrepancy } from '../diff';
import { activityOn, compareIds, type IsoDate, type MedicationItem } from '../model';
import { actionFor } from './action';
import { DEVIATION_CATEGORY, type Consequence, type Deviation, type Probability, type RiskBand } from './deviation';
import { highAlertOf } from './high-alert';
import { intentOf } from './intent';
import { KIND_RULES, PROBABILITY_RAISES, RISK_BANDS, SERIOUS_FROM } from './rules';

/**
 * What a discrepancy is classified against besides its own items: the reconciliation date.
 *
 * @example
 * const context: ClassifyContext = { asOf: result.asOf };
 */
export interface ClassifyContext {
  readonly asOf: IsoDate;
}

const clamp = (n: number): 1 | 2 | 3 | 4 => (n <= 1 ? 1 : n >= 4 ? 4 : (n as 2 | 3));

/**
 * The band of a risk score (1–16).
 *
 * @example
 * riskBandOf(12) // 'very-high'
 * riskBandOf(6)  // 'moderate'
 */
export const riskBandOf = (score: number): RiskBand => (RISK_BANDS.find((b) => score >= b.from) ?? RISK_BANDS[RISK_BANDS.length - 1]!).band;

/**
 * The stable id of a deviation: its discrepancy's kind and item ids.
 *
 * @example
 * deviationId(zopiklonStatus) // 'status:C-4:P-4'
 */
export const deviationId = (d: Discrepancy): string => `${d.kind}:${d.cosmic.join(',')}:${d.pascal.join(',')}`;

/**
 * Classifies one discrepancy as a deviation by the rules of KIND_RULES, HIGH_ALERT_GROUPS and
 * PROBABILITY_RAISES: category and sub-category, consequence, probability, risk score, intent and
 * action, judged on the discrepancy's own items (a discrepancy without items is judged on its kind alone).
 *
 * @example
 * classifyDiscrepancy(zopiklonStatus, { asOf: '2026-11-20' })
 * // { subcategory: 'kommunikation', consequence: 3, probability: 4, riskScore: 12, serious: true, intent: { kind: 'documented-change', … }, … }
 */
export const classifyDiscrepancy = (d: Discrepancy, context: ClassifyContext): Deviation => {
  // The discrepancy carries its items (the line's own objects): nothing is looked up by id.
  const { cosmic, pascal } = d.items;
  const items: ReadonlyArray<MedicationItem> = [...cosmic, ...pascal];
  const rule = KIND_RULES[d.kind];
  const highAlert = highAlertOf(items);
  const highAlertRaise = highAlert.kind === 'group' ? rule.highAlertRaise : 0;
  const doseDispensed = items.some((i) => i.dispensing === 'dose-dispensed');
  const activeNow = items.some((i) => activityOn(i, context.asOf).kind === 'active');
  const consequence: Consequence = clamp(rule.consequence + highAlertRaise);
  const probability: Probability = clamp(
    rule.probability + (doseDispensed ? PROBABILITY_RAISES.doseDispensed : 0) + (activeNow ? PROBABILITY_RAISES.activeNow : 0),
  );
  const riskScore = consequence * probability;
  const intent = intentOf(cosmic, pascal, context.asOf);
  return {
    id: deviationId(d),
    discrepancy: d,
    category: DEVIATION_CATEGORY,
    subcategory: rule.subcategory,
    consequence,
    probability,
    riskScore,
    riskBand: riskBandOf(riskScore),
    serious: riskScore >= SERIOUS_FROM,
    basis: { kindConsequence: rule.consequence, highAlert, highAlertRaise, kindProbability: rule.probability, doseDispensed, activeNow },
    intent,
    action: actionFor(d.kind, d.drug, intent.changedMostRecently, doseDispensed),
  };
};

/**
 * The order deviations are acted on: highest risk score first, then the higher consequence, then by
 * kind (DISCREPANCY_KINDS), drug and id, so the order never depends on the input's.
 *
 * @example
 * [...deviations].sort(compareDeviations)[0].riskScore // the highest
 */
export const compareDeviations = (a: Deviation, b: Deviation): number =>
  b.riskScore - a.riskScore ||
  b.consequence - a.consequence ||
  DISCREPANCY_KINDS.indexOf(a.discrepancy.kind) - DISCREPANCY_KINDS.indexOf(b.discrepancy.kind) ||
  compareIds(a.discrepancy.drug, b.discrepancy.drug) ||
  compareIds(a.id, b.id);
