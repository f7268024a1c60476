/** An edge of the bipartite graph: row `row` may pair with column `col`, worth `weight` (> 0). */
export interface WeightedEdge {
  readonly row: number;
  readonly col: number;
  readonly weight: number;
}

/**
 * The maximum-weight assignment of rows to columns over the given edges (Hungarian algorithm, O(n³)
 * on the larger side): the best pairing overall, not the greedy one in input order. Rows or columns
 * left without an edge stay unassigned. Ties resolve by row and column order, so callers that sort
 * their items first get the same answer for every input order.
 *
 * @example
 * maxWeightAssignment(2, 2, [{ row: 0, col: 0, weight: 5 }, { row: 0, col: 1, weight: 4 }, { row: 1, col: 0, weight: 4 }])
 * // [[0, 1], [1, 0]]: total 8 beats the greedy 5
 */
export const maxWeightAssignment = (rows: number, cols: number, edges: ReadonlyArray<WeightedEdge>): ReadonlyArray<readonly [number, number]> => {
  if (rows === 0 || cols === 0 || edges.length === 0) return [];
  const transpose = rows > cols;
  const n = transpose ? cols : rows; // the algorithm wants n <= m
  const m = transpose ? rows : cols;
  const weight: number[][] = Array.from({ length: n }, () => new Array<number>(m).fill(0));
  for (const e of edges) {
    const [i, j] = transpose ? [e.col, e.row] : [e.row, e.col];
    weight[i]![j] = Math.max(weight[i]![j]!, e.weight);
  }
  // Minimise cost = -weight; a pair with no edge costs 0 and is dropped afterwards.
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
