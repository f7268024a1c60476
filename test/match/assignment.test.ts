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

/** The assignment as first written (nested arrays, a pass over every column per step): the reference for ties. */
const referenceAssignment = (rows: number, cols: number, edges: ReadonlyArray<WeightedEdge>): ReadonlyArray<readonly [number, number]> => {
  if (rows === 0 || cols === 0 || edges.length === 0) return [];
  const transpose = rows > cols;
  const n = transpose ? cols : rows;
  const m = transpose ? rows : cols;
  const weight: number[][] = Array.from({ length: n }, () => new Array<number>(m).fill(0));
  for (const e of edges) {
    const [i, j] = transpose ? [e.col, e.row] : [e.row, e.col];
    weight[i]![j] = Math.max(weight[i]![j]!, e.weight);
  }
  const u = new Array<number>(n + 1).fill(0);
  const v = new Array<number>(m + 1).fill(0);
  const p = new Array<number>(m + 1).fill(0);
  const way = new Array<number>(m + 1).fill(0);
  for (let i = 1; i <= n; i++) {
    p[0] = i;
    let j0 = 0;
    const minv = new Array<number>(m + 1).fill(Infinity);
    const used = new Array<boolean>(m + 1).fill(false);
    do {
      used[j0] = true;
      const i0 = p[j0]!;
      let delta = Infinity;
      let j1 = 0;
      for (let j = 1; j <= m; j++) {
        if (used[j]) continue;
        const cur = -weight[i0 - 1]![j - 1]! - u[i0]! - v[j]!;
        if (cur < minv[j]!) {
          minv[j] = cur;
          way[j] = j0;
        }
        if (minv[j]! < delta) {
          delta = minv[j]!;
          j1 = j;
        }
      }
      for (let j = 0; j <= m; j++) {
        if (used[j]) {
          u[p[j]!] = u[p[j]!]! + delta;
          v[j] = v[j]! - delta;
        } else {
          minv[j] = minv[j]! - delta;
        }
      }
      j0 = j1;
    } while (p[j0] !== 0);
    do {
      const j1 = way[j0]!;
      p[j0] = p[j1]!;
      j0 = j1;
    } while (j0 !== 0);
  }
  const pairs: Array<readonly [number, number]> = [];
  for (let j = 1; j <= m; j++) {
    const i = p[j]!;
    if (i === 0 || weight[i - 1]![j - 1]! <= 0) continue;
    pairs.push(transpose ? [j - 1, i - 1] : [i - 1, j - 1]);
  }
  return pairs.sort((a, b) => a[0] - b[0]);
};

describe('the assignment resolves ties as it always has', () => {
  // The flat, typed assignment must pick the same pairs as the nested-array version it replaced,
  // ties included (many equal weights, as many copies of one drug give), so that no output changes.
  it('law: it picks the same pairs as the reference, for whole-number and fractional weights, ties included', () => {
    const arbProblem = fc.record({ rows: fc.integer({ min: 1, max: 12 }), cols: fc.integer({ min: 1, max: 12 }), fractional: fc.boolean() }).chain(({ rows, cols, fractional }) =>
      fc.record({
        rows: fc.constant(rows),
        cols: fc.constant(cols),
        edges: fc.array<WeightedEdge>(
          fc.record({
            row: fc.nat(rows - 1),
            col: fc.nat(cols - 1),
            weight: fractional ? fc.constantFrom(0.1, 0.2, 0.3, 1.7, 2.25) : fc.constantFrom(200, 216, 232, 300, 316, 348, 400, 463),
          }),
          { maxLength: 60 },
        ),
      }),
    );
    fc.assert(
      fc.property(arbProblem, ({ rows, cols, edges }) => {
        expect(maxWeightAssignment(rows, cols, edges)).toEqual(referenceAssignment(rows, cols, edges));
      }),
      { numRuns: 300 },
    );
  });
});
