import type { DiscrepancyKind } from '../diff';

/**
 * How often each kind of discrepancy is injected: the probability that an active drug on
 * prescription (one product on each side) gets one of this kind. A drug gets at most one; a kind that
 * does not fit the drug (a schedule change of an as-needed drug) is then not injected, so the ground
 * truth, not these rates, says what was injected. About one drug in five gets a discrepancy.
 */
export const DEFAULT_RATES: Readonly<Record<DiscrepancyKind, number>> = {
  'missing-in-pascal': 0.03,
  'missing-in-cosmic': 0.025,
  dose: 0.03,
  schedule: 0.015,
  strength: 0.012,
  form: 0.008,
  route: 0.005,
  'as-needed': 0.01,
  status: 0.02,
  period: 0.01,
  'prescription-expired': 0.01,
  dispensing: 0.01,
  duplicate: 0.008,
  'not-comparable': 0.007,
  purpose: 0.005,
  'text-mismatch': 0.005,
};

/**
 * The probability that a drug given a dosage or product discrepancy (dose, schedule, strength,
 * as-needed, not-comparable, form) also gets one in another field (route, dispensing, an expired
 * prescription, another planned end), so that the engine is tested on two discrepancies on one line.
 */
export const SECOND_DISCREPANCY_RATE = 0.15;
