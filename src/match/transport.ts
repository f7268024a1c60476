/**
 * The maximum-weight transport between kinds of rows and kinds of columns: `supply[r]` rows of kind
 * r, `demand[c]` columns of kind c, each row to at most one column, a row of kind r and a column of
 * kind c worth `weights[r * kinds of columns + c]` (0: they may not meet). Returns how many of each
 * kind pair to assign (`flow[r * C + c]`) and the work done, or undefined once the work would pass
 * `budget`. Successive shortest paths (Bellman–Ford on the residual graph), which never leave a
 * negative cycle behind, stopped when no augmenting path gains: exact, and deterministic (lowest
 * kinds first on ties). Its cost grows with the number of kinds, not of items: two thousand copies
 * of one drug are one kind.
 *
 * @example
 * maxWeightTransport([2], [1, 1], Float64Array.of(5, 4), Infinity)?.flow // Int32Array [1, 1]
 */
export const maxWeightTransport = (
  supply: ReadonlyArray<number>,
  demand: ReadonlyArray<number>,
  weights: Float64Array,
  budget: number,
): { readonly flow: Int32Array; readonly work: number } | undefined => {
  const R = supply.length;
  const C = demand.length;
  const flow = new Int32Array(R * C);
  const supplyLeft = Int32Array.from(supply);
  const demandLeft = Int32Array.from(demand);
  const distRow = new Float64Array(R);
  const distCol = new Float64Array(C);
  const fromCol = new Int32Array(R); // the column a row was reached from, -1 from the source
  const fromRow = new Int32Array(C); // the row a column was reached from
  let work = 0;
  for (;;) {
    // Shortest paths from the source (every row with supply left) in the residual graph: row → column
    // at cost -weight, column → row back along an assigned pair at cost +weight.
    for (let r = 0; r < R; r++) {
      distRow[r] = supplyLeft[r]! > 0 ? 0 : Infinity;
      fromCol[r] = -1;
    }
    distCol.fill(Infinity);
    fromRow.fill(-1);
    for (let changed = true; changed; ) {
      changed = false;
      work += 2 * R * C;
      if (work > budget) return undefined;
      for (let r = 0; r < R; r++) {
        const d = distRow[r]!;
        if (d === Infinity) continue;
        for (let c = 0; c < C; c++) {
          const w = weights[r * C + c]!;
          if (w > 0 && d - w < distCol[c]!) {
            distCol[c] = d - w;
            fromRow[c] = r;
            changed = true;
          }
        }
      }
      for (let c = 0; c < C; c++) {
        const d = distCol[c]!;
        if (d === Infinity) continue;
        for (let r = 0; r < R; r++) {
          if (flow[r * C + c]! > 0 && d + weights[r * C + c]! < distRow[r]!) {
            distRow[r] = d + weights[r * C + c]!;
            fromCol[r] = c;
            changed = true;
          }
        }
      }
    }
    let end = -1;
    for (let c = 0; c < C; c++) if (demandLeft[c]! > 0 && distCol[c]! < 0 && (end === -1 || distCol[c]! < distCol[end]!)) end = c;
    if (end === -1) return { flow, work };
    // The bottleneck along the path, then push it.
    let amount = demandLeft[end]!;
    let c = end;
    let r = fromRow[c]!;
    for (;;) {
      const back = fromCol[r]!;
      if (back === -1) break;
      amount = Math.min(amount, flow[r * C + back]!);
      c = back;
      r = fromRow[c]!;
    }
    amount = Math.min(amount, supplyLeft[r]!);
    demandLeft[end] = demandLeft[end]! - amount;
    c = end;
    r = fromRow[c]!;
    for (;;) {
      flow[r * C + c] = flow[r * C + c]! + amount;
      const back = fromCol[r]!;
      if (back === -1) break;
      flow[r * C + back] = flow[r * C + back]! - amount;
      c = back;
      r = fromRow[c]!;
    }
    supplyLeft[r] = supplyLeft[r]! - amount;
  }
};
