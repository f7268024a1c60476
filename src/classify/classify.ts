import { DISCREPANCY_KINDS, type Discrepancy } from '../diff';
import { activityOn, compareIds, type IsoDate, type MedicationItem, type Ordination, type Prescription } from '../model';
import { actionFor } from './action';
import { DEVIATION_CATEGORY, type Consequence, type Deviation, type Probability, type RiskBand } from './deviation';
import { highAlertOf } from './high-alert';
import { intentOf } from './intent';
import { KIND_RULES, PROBABILITY_RAISES, RISK_BANDS, SERIOUS_FROM } from './rules';

/** The items a discrepancy's ids are looked up in (a reconciliation's decoded items), and the reconciliation date. */
export interface ClassifyContext {
  readonly asOf: IsoDate;
  readonly cosmic: ReadonlyArray<Ordination>;
  readonly pascal: ReadonlyArray<Prescription>;
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
 * action. Items the discrepancy names but the context lacks are left out of the judgement.
 *
 * @example
 * classifyDiscrepancy(zopiklonStatus, { asOf: '2026-11-20', cosmic, pascal })
 * // { subcategory: 'kommunikation', consequence: 3, probability: 4, riskScore: 12, serious: true, intent: { kind: 'documented-change', … }, … }
 */
export const classifyDiscrepancy = (d: Discrepancy, context: ClassifyContext): Deviation => classifyIndexed(d, context, indexContext(context));

/** The context's items by id, each with its position, found once for every discrepancy of a reconciliation. */
interface ContextIndex {
  readonly cosmic: ReadonlyMap<string, ReadonlyArray<Indexed<Ordination>>>;
  readonly pascal: ReadonlyMap<string, ReadonlyArray<Indexed<Prescription>>>;
}

interface Indexed<A> {
  readonly item: A;
  readonly at: number;
}

const byId = <A extends MedicationItem>(items: ReadonlyArray<A>): ReadonlyMap<string, ReadonlyArray<Indexed<A>>> => {
  const index = new Map<string, Array<Indexed<A>>>();
  items.forEach((item, at) => {
    const same = index.get(item.id);
    if (same === undefined) index.set(item.id, [{ item, at }]);
    else same.push({ item, at });
  });
  return index;
};

const indexContext = (context: ClassifyContext): ContextIndex => ({ cosmic: byId(context.cosmic), pascal: byId(context.pascal) });

/** The items of the context that `ids` name, in the context's order (as filtering the context gives them). */
const named = <A>(ids: ReadonlyArray<string>, index: ReadonlyMap<string, ReadonlyArray<Indexed<A>>>): ReadonlyArray<A> =>
  [...new Set(ids)]
    .flatMap((id) => index.get(id) ?? [])
    .sort((a, b) => a.at - b.at)
    .map((f) => f.item);

const classifyIndexed = (d: Discrepancy, context: ClassifyContext, index: ContextIndex): Deviation => {
  const cosmic = named(d.cosmic, index.cosmic);
  const pascal = named(d.pascal, index.pascal);
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

/**
 * Classifies every discrepancy, one deviation each, sorted by `compareDeviations`.
 *
 * @example
 * classifyAll(result.discrepancies, { asOf: result.asOf, ...result.items }).map((d) => d.riskScore) // [12, 12, 9, 6, 3]
 */
export const classifyAll = (discrepancies: ReadonlyArray<Discrepancy>, context: ClassifyContext): ReadonlyArray<Deviation> => {
  const index = indexContext(context);
  return discrepancies.map((d) => classifyIndexed(d, context, index)).sort(compareDeviations);
};
