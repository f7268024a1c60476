import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { maxWeightAssignment, type WeightedEdge } from '../../src/match';

/** The best total over every assignment, by trying them all (small inputs only). */
const bruteForceBest = (rows: number, cols: number, edges: ReadonlyArray<WeightedEdge>): number => {
  const weight = (r: number, c: number) => Math.max(0, ...edges.filter((e) => e.row === r && e.col === c).map((e) => e.weight));
  const best = (r: number, used: ReadonlySet<number>): number => {
    if (r === rows) return 0;
    let total = best(r + 1, used);
    for (let c = 0; c < cols; c++) if (!used.has(c) && weight(r, c) > 0) total = Math.max(total, weight(r, c) + best(r + 1, new Set([...used, c])));
    return total;
  };
  return best(0, new Set());
};

describe('the maximum-weight assignment', () => {
  it('prefers the best total over the greedy first choice', () => {
    const edges = [
      { row: 0, col: 0, weight: 5 },
      { row: 0, col: 1, weight: 4 },
      { row: 1, col: 0, weight: 4 },
    ];
    expect(maxWeightAssignment(2, 2, edges)).toEqual([
      [0, 1],
      [1, 0],
    ]);
  });

  it('never assigns a row to a column it has no edge to', () => {
    expect(maxWeightAssignment(2, 3, [{ row: 1, col: 2, weight: 1 }])).toEqual([[1, 2]]);
    expect(maxWeightAssignment(0, 3, [])).toEqual([]);
  });

  it('law: its total equals the best total found by trying every assignment, and each row and column is used at most once', () => {
    const arbProblem = fc.record({ rows: fc.integer({ min: 0, max: 5 }), cols: fc.integer({ min: 0, max: 5 }) }).chain(({ rows, cols }) =>
      fc.record({
        rows: fc.constant(rows),
        cols: fc.constant(cols),
        edges: rows === 0 || cols === 0 ? fc.constant<WeightedEdge[]>([]) : fc.array<WeightedEdge>(fc.record({ row: fc.nat(rows - 1), col: fc.nat(cols - 1), weight: fc.integer({ min: 1, max: 20 }) }), { maxLength: 12 }),
      }),
    );
    fc.assert(
      fc.property(arbProblem, ({ rows, cols, edges }) => {
        const assignment = maxWeightAssignment(rows, cols, edges);
        const weight = (r: number, c: number) => Math.max(0, ...edges.filter((e) => e.row === r && e.col === c).map((e) => e.weight));
        expect(new Set(assignment.map(([r]) => r)).size).toBe(assignment.length);
        expect(new Set(assignment.map(([, c]) => c)).size).toBe(assignment.length);
        expect(assignment.every(([r, c]) => weight(r, c) > 0)).toBe(true);
        expect(assignment.reduce((sum, [r, c]) => sum + weight(r, c), 0)).toBe(bruteForceBest(rows, cols, edges));
      }),
    );
  });
});
