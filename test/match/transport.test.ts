import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { maxWeightAssignment, maxWeightTransport, type WeightedEdge } from '../../src/match';

describe('the transport between kinds of items', () => {
  // A large group of candidates is solved on its kinds of items; it must reach the same best total
  // as the item-by-item assignment, never assign more rows or columns of a kind than there are, and
  // never pair kinds that may not meet.
  it('law: its total equals the item-by-item assignment’s, within every kind’s count, only where kinds may meet', () => {
    const arbProblem = fc.record({ R: fc.integer({ min: 1, max: 4 }), C: fc.integer({ min: 1, max: 4 }) }).chain(({ R, C }) =>
      fc.record({
        supply: fc.array(fc.integer({ min: 1, max: 5 }), { minLength: R, maxLength: R }),
        demand: fc.array(fc.integer({ min: 1, max: 5 }), { minLength: C, maxLength: C }),
        weights: fc.array(fc.constantFrom(0, 0, 200, 216, 232, 300, 348, 400, 463), { minLength: R * C, maxLength: R * C }),
      }),
    );
    fc.assert(
      fc.property(arbProblem, ({ supply, demand, weights }) => {
        const R = supply.length;
        const C = demand.length;
        const w = Float64Array.from(weights);
        const solved = maxWeightTransport(supply, demand, w, Infinity);
        if (solved === undefined) throw new Error('no budget was set');
        const { flow } = solved;
        let total = 0;
        for (let r = 0; r < R; r++) for (let c = 0; c < C; c++) {
          expect(flow[r * C + c]).toBeGreaterThanOrEqual(0);
          if (flow[r * C + c]! > 0) expect(w[r * C + c]).toBeGreaterThan(0);
          total += flow[r * C + c]! * w[r * C + c]!;
        }
        for (let r = 0; r < R; r++) expect(Array.from({ length: C }, (_, c) => flow[r * C + c]!).reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(supply[r]!);
        for (let c = 0; c < C; c++) expect(Array.from({ length: R }, (_, r) => flow[r * C + c]!).reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(demand[c]!);
        // The same problem item by item.
        const rowKind = supply.flatMap((n, r) => Array.from({ length: n }, () => r));
        const colKind = demand.flatMap((n, c) => Array.from({ length: n }, () => c));
        const edges: WeightedEdge[] = [];
        rowKind.forEach((r, row) => colKind.forEach((c, col) => w[r * C + c]! > 0 && edges.push({ row, col, weight: w[r * C + c]! })));
        const best = maxWeightAssignment(rowKind.length, colKind.length, edges).reduce((sum, [row, col]) => sum + w[rowKind[row]! * C + colKind[col]!]!, 0);
        expect(total).toBe(best);
      }),
      { numRuns: 200 },
    );
  });

  it('gives up, rather than running on, once its work would pass the budget', () => {
    expect(maxWeightTransport([3, 3], [3, 3], Float64Array.of(400, 300, 300, 400), 1)).toBeUndefined();
  });
});
