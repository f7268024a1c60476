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
  const weights = new Float64Array(rows * cols);
  for (const e of edges) weights[e.row * cols + e.col] = Math.max(weights[e.row * cols + e.col]!, e.weight);
  return assignDense(rows, cols, weights, Infinity)?.pairs ?? [];
};

/**
 * `maxWeightAssignment` on a dense matrix of weights (`weights[row * cols + col]`, 0 where no edge),
 * with the number of cells it looked at (`work`), or undefined once that would pass `budget`. The same steps in the same
 * order as the textbook O(n²m) algorithm on nested arrays, so ties resolve the same way; only the
 * storage is flat and typed and the work is counted.
 *
 * @example
 * assignDense(2, 2, Float64Array.of(5, 4, 4, 0), Infinity) // { pairs: [[0, 1], [1, 0]], work: 8 }
 */
export const assignDense = (
  rows: number,
  cols: number,
  weights: Float64Array,
  budget: number,
): { readonly pairs: ReadonlyArray<readonly [number, number]>; readonly work: number } | undefined => {
  if (rows === 0 || cols === 0) return { pairs: [], work: 0 };
  const transpose = rows > cols;
  const n = transpose ? cols : rows; // the algorithm wants n <= m
  const m = transpose ? rows : cols;
  // weight(i, j) for the algorithm's row i (0-based) and column j (0-based)
  const w = transpose ? transposed(weights, rows, cols) : weights;
  // Minimise cost = -weight; a pair with no edge costs 0 and is dropped afterwards.
  const u = new Float64Array(n + 1);
  const v = new Float64Array(m + 1);
  const p = new Int32Array(m + 1);
  const way = new Int32Array(m + 1);
  const minv = new Float64Array(m + 1);
  const used = new Uint8Array(m + 1);
  // With whole-number weights (as pairing's), every sum below is exact, and the unvisited columns'
  // minv can all be lowered at once by keeping their common offset (`off`): the same numbers, compared
  // in the same order, without a pass over every column per step. Other weights take the plain pass.
  const whole = w.every((x) => Number.isInteger(x) && Math.abs(x) < 2 ** 40);
  const visited = new Int32Array(m + 1);
  let work = 0;
  for (let i = 1; i <= n; i++) {
    p[0] = i;
    let j0 = 0;
    minv.fill(Infinity);
    used.fill(0);
    let visitedCount = 0;
    let off = 0; // minv[j] of an unvisited column is minv[j] - off
    do {
      work += m;
      if (work > budget) return undefined;
      used[j0] = 1;
      visited[visitedCount++] = j0;
      const i0 = p[j0]!;
      const row = (i0 - 1) * m - 1; // w[row + j] is weight(i0 - 1, j - 1)
      const ui0 = u[i0]!;
      let delta = Infinity;
      let j1 = 0;
      if (whole) {
        for (let j = 1; j <= m; j++) {
          if (used[j] === 1) continue;
          const cur = -w[row + j]! - ui0 - v[j]! + off;
          if (cur < minv[j]!) {
            minv[j] = cur;
            way[j] = j0;
          }
          if (minv[j]! < delta) {
            delta = minv[j]!;
            j1 = j;
          }
        }
        delta -= off;
        for (let k = 0; k < visitedCount; k++) {
          const j = visited[k]!;
          u[p[j]!] = u[p[j]!]! + delta;
          v[j] = v[j]! - delta;
        }
        off += delta;
      } else {
        for (let j = 1; j <= m; j++) {
          if (used[j] === 1) continue;
          const cur = -w[row + j]! - ui0 - v[j]!;
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
          if (used[j] === 1) {
            u[p[j]!] = u[p[j]!]! + delta;
            v[j] = v[j]! - delta;
          } else {
            minv[j] = minv[j]! - delta;
          }
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
    if (i === 0 || w[(i - 1) * m + (j - 1)]! <= 0) continue;
    pairs.push(transpose ? [j - 1, i - 1] : [i - 1, j - 1]);
  }
  return { pairs: pairs.sort((a, b) => a[0] - b[0]), work };
};

const transposed = (weights: Float64Array, rows: number, cols: number): Float64Array => {
  const t = new Float64Array(rows * cols);
  for (let r = 0; r < rows; r++) for (let c = 0; c < cols; c++) t[c * rows + r] = weights[r * cols + c]!;
  return t;
};
