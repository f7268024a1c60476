import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareDeviations, SERIOUS_FROM } from '../../src/classify';
import { arbPair, reconcilePair } from './arbitrary';
import { bareDeviation } from '../reconcile/without-items';

describe('deviations, for any pair made from the example', () => {
  it('every discrepancy has exactly one deviation, and every deviation is of a discrepancy', () => {
    fc.assert(
      fc.property(arbPair, (pair) => {
        const r = reconcilePair(pair);
        expect(r.deviations).toHaveLength(r.discrepancies.length);
        for (const d of r.discrepancies) expect(r.deviations.filter((v) => v.discrepancy === d)).toHaveLength(1);
        expect(new Set(r.deviations.map((v) => v.id)).size).toBe(r.deviations.length);
      }),
      { numRuns: 150 },
    );
  });

  it('the risk score is consequence times probability, from 1 to 16, and serious from 8', () => {
    fc.assert(
      fc.property(arbPair, (pair) => {
        for (const v of reconcilePair(pair).deviations) {
          expect(v.riskScore).toBe(v.consequence * v.probability);
          expect(v.riskScore).toBeGreaterThanOrEqual(1);
          expect(v.riskScore).toBeLessThanOrEqual(16);
          expect(v.serious).toBe(v.riskScore >= SERIOUS_FROM);
          expect(v.action.steps.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 150 },
    );
  });

  it('deviations come highest risk first, in the same order whatever the order of the items', () => {
    fc.assert(
      fc.property(arbPair, fc.context(), (pair, ctx) => {
        const r = reconcilePair(pair);
        const reversed = reconcilePair({
          cosmic: { ...pair.cosmic, ordinations: [...pair.cosmic.ordinations].reverse() },
          pascal: { ...pair.pascal, prescriptions: [...pair.pascal.prescriptions].reverse() },
        });
        ctx.log(r.deviations.map((v) => `${v.id} ${v.riskScore}`).join(', '));
        expect([...r.deviations].sort(compareDeviations)).toEqual(r.deviations);
        expect(reversed.deviations.map(bareDeviation)).toEqual(r.deviations.map(bareDeviation));
      }),
      { numRuns: 100 },
    );
  });
});
