import { compareIds, known, type IsoDate, type Ordination, type Prescription } from '../model';
import { assignDense } from './assignment';
import { maxWeightTransport } from './transport';
import { EVIDENCE_WEIGHT, type PairEvidence } from './evidence';
import { prepareItems, type PreparedItem } from './prepared';

/** One-to-one pairs found by `pairItems`, and what was left on each side. */
export interface Pairing {
  readonly pairs: ReadonlyArray<{ readonly cosmic: Ordination; readonly pascal: Prescription; readonly evidence: PairEvidence }>;
  readonly cosmic: ReadonlyArray<Ordination>;
  readonly pascal: ReadonlyArray<Prescription>;
}

/**
 * The most items (rows × columns) a group of candidates may have to be solved item by item, when it
 * has too many kinds of items to be solved on its kinds: 2 048 items a side. Beyond, or once the
 * assignments of one call have looked at MAX_ASSIGNMENT_WORK cells, the group is not paired at all:
 * its items stay unpaired, each with its own discrepancy for someone to decide, never paired by
 * guess. Only lists no care unit writes come near either limit.
 */
export const MAX_ASSIGNMENT_CELLS = 2048 * 2048;

/** The most matrix cells the item-by-item assignments of one call of `pairItems` look at (a few seconds of one core). */
export const MAX_ASSIGNMENT_WORK = 1_000_000_000;

/**
 * What pairing reads of an item, worked out once per item however many candidates it meets. Each
 * text is a small number (the same text, the same number, within one call of `pairItems`; -1 when
 * absent), so weighing a candidate pair compares numbers only.
 */
interface Prepared {
  readonly substances: number; // the substance set, exactly
  readonly strengths: number;
  readonly form: number; // form class
  readonly route: number; // route key
  readonly nplId: number;
  readonly atc: number;
  /** The product's codes (system and code), each as its number, ascending. */
  readonly codes: ReadonlyArray<number>;
  readonly onPrescription: boolean;
  readonly active: boolean;
  readonly asNeeded: boolean;
  readonly dispensing: number;
  readonly keys: ReadonlyArray<string>;
  /** The dosage signature on the reconciliation date. */
  readonly signature: number;
  /** What makes items alike for pairing (see `kindOf`). */
  readonly kind: string;
}

/** Numbers for texts: the same text gets the same number. */
const interner = (): ((text: string | undefined) => number) => {
  const codes = new Map<string, number>();
  return (text) => {
    if (text === undefined) return -1;
    let code = codes.get(text);
    if (code === undefined) codes.set(text, (code = codes.size));
    return code;
  };
};

const prepare = (p: PreparedItem, code: (text: string | undefined) => number): Prepared => {
  const item = p.item;
  const set = p.substanceSet;
  const substances = set.length === 0 ? -1 : code(JSON.stringify(set));
  const strengths = code(p.strengthsKey);
  const form = code(p.formClass);
  const route = code(p.routeKey);
  const nplId = code(item.product.nplId);
  const atc = code(item.product.atc);
  const codes = (item.product.codes ?? []).map((c) => code(`${c.system}|${c.code}`)).sort((x, y) => x - y);
  const onPrescription = item.supply === 'prescription';
  const dispensing = code(known(item.dispensing));
  const signature = code(p.signature);
  return {
    substances,
    strengths,
    form,
    route,
    nplId,
    atc,
    codes,
    onPrescription,
    active: p.active,
    asNeeded: p.asNeededOnly,
    dispensing,
    keys: candidateKeys(p),
    signature,
    // What makes items alike for pairing: two items of one kind weigh the same against every candidate.
    kind: `${substances},${strengths},${form},${route},${nplId},${atc},${codes.join(' ')},${onPrescription},${p.active},${p.asNeededOnly},${dispensing},${signature}`,
  };
};

/** Whether two known classes differ; an unknown one (-1) is no difference (as formsDiffer and routesDiffer). */
const differ = (a: number, b: number): boolean => a !== -1 && b !== -1 && a !== b;

/** `pairEvidence` on prepared items: the same answer, without working out keys per pair. */
const evidenceOf = (a: Prepared, b: Prepared): PairEvidence | undefined => {
  const bothNamed = a.substances !== -1 && b.substances !== -1;
  let evidence: PairEvidence | undefined;
  if (bothNamed && a.substances !== b.substances) evidence = undefined;
  else if (a.nplId !== -1 && a.nplId === b.nplId) evidence = 'npl-id';
  else if (a.codes.some((c) => b.codes.includes(c))) evidence = 'code';
  else if (bothNamed) evidence = a.strengths === b.strengths && !differ(a.form, b.form) ? 'same-product' : 'same-substance';
  else if (a.atc !== -1 && a.atc === b.atc) evidence = 'atc';
  const offPrescription = !a.onPrescription || !b.onPrescription;
  return offPrescription && evidence !== 'npl-id' && evidence !== 'code' && evidence !== 'same-product' ? undefined : evidence;
};

/**
 * Tie-breakers within one tier of evidence, each worth less than the step between tiers: among two
 * zopiklon ordinations, the active one pairs with the active prescription; among two warfarin
 * strengths, each with its own.
 */
const tieBreak = (a: Prepared, b: Prepared): number =>
  (a.active === b.active ? 32 : 0) +
  (a.signature === b.signature ? 16 : 0) +
  (a.asNeeded === b.asNeeded ? 8 : 0) +
  (differ(a.route, b.route) ? 0 : 4) +
  (differ(a.form, b.form) ? 0 : 2) +
  (a.dispensing === b.dispensing ? 1 : 0);

/** The evidence a weight stands for: each tier's weight is its base plus tie-breakers below the next tier. */
const EVIDENCE_BY_TIER: ReadonlyMap<number, PairEvidence> = new Map(
  (Object.entries(EVIDENCE_WEIGHT) as Array<[PairEvidence, number]>).map(([evidence, weight]) => [weight / 100, evidence]),
);
const evidenceOfWeight = (weight: number): PairEvidence => EVIDENCE_BY_TIER.get(Math.floor(weight / 100))!;

/** Keys under which two items may be candidates: their substance set, NPL-id, and ATC code when they name no substances. */
const candidateKeys = (p: PreparedItem): ReadonlyArray<string> => {
  const item = p.item;
  const keys: string[] = [];
  const substances = p.substanceSet;
  if (substances.length > 0) keys.push(`s:${p.substanceSetKey}`);
  if (item.product.nplId !== undefined) keys.push(`n:${item.product.nplId}`);
  for (const c of item.product.codes ?? []) keys.push(`c:${c.system}|${c.code}`);
  if (item.product.atc !== undefined) keys.push(substances.length === 0 ? `a?:${item.product.atc}` : `a:${item.product.atc}`);
  return keys;
};


/**
 * The largest group solved item by item in every case (the smaller side squared times the larger:
 * 256 items a side), by the textbook algorithm that has always broken ties here; its worst case is a
 * few tens of milliseconds. Every list a care unit writes falls far below.
 */
const DENSE_LIMIT = 256 * 256 * 256;

/** The most kind pairs a large group may have to be solved on its kinds (beyond, item by item, within MAX_ASSIGNMENT_WORK). */
const MAX_KIND_PAIRS = 250 * 250;

/** Items grouped by kind, in the order each kind first appears. */
interface Kinds {
  /** The kind of each item. */
  readonly kind: Int32Array;
  /** The items of each kind, ascending. */
  readonly members: ReadonlyArray<ReadonlyArray<number>>;
  /** One item of each kind. */
  readonly first: ReadonlyArray<Prepared>;
}

const kindsOf = (items: ReadonlyArray<Prepared>): Kinds => {
  const index = new Map<string, number>();
  const kind = new Int32Array(items.length);
  const members: number[][] = [];
  const first: Prepared[] = [];
  items.forEach((item, k) => {
    const key = item.kind;
    let found = index.get(key);
    if (found === undefined) {
      index.set(key, (found = members.length));
      members.push([]);
      first.push(item);
    }
    kind[k] = found;
    members[found]!.push(k);
  });
  return { kind, members, first };
};

/**
 * A list of edges in three arrays of small integers: many candidate pairs without an object each
 * (plain arrays: a typed array costs more to make than the few dozen edges of a patient).
 */
class EdgeList {
  readonly rows: number[] = [];
  readonly cols: number[] = [];
  readonly weights: number[] = [];
  length = 0;
  push(row: number, col: number, weight: number): void {
    this.rows.push(row);
    this.cols.push(col);
    this.weights.push(weight);
    this.length += 1;
  }
}

/**
 * Pairs journal ordinations with e-prescriptions one to one: every candidate pair is weighed by its
 * evidence and tie-breakers, and the maximum-weight assignment over each group of candidates is
 * taken. Items are sorted by id first, so the result does not depend on input order.
 *
 * Items alike in everything pairing weighs are one kind, and candidates are found and weighed
 * between kinds, so that many copies of one drug cost no more to weigh than one. A group of up to
 * 256 items a side is then solved item by item (the textbook algorithm, whose tie-breaks have always
 * decided here); a larger one on its kinds (`maxWeightTransport`: the same maximum total; among
 * equal totals, possibly other pairs); one with too many kinds item by item within
 * MAX_ASSIGNMENT_CELLS and MAX_ASSIGNMENT_WORK, and beyond those left unpaired.
 *
 * @example
 * pairItems(journal.ordinations, list.prescriptions, '2026-11-20').pairs
 * // [{ cosmic: C-1, pascal: P-1, evidence: 'npl-id' }, { cosmic: C-2, pascal: P-2, evidence: 'same-product' }, ...]
 */
export const pairItems = (cosmicItems: ReadonlyArray<Ordination>, pascalItems: ReadonlyArray<Prescription>, asOf: IsoDate): Pairing => {
  const cosmic = prepareItems([...cosmicItems].sort((a, b) => compareIds(a.id, b.id)), asOf);
  const pascal = prepareItems([...pascalItems].sort((a, b) => compareIds(a.id, b.id)), asOf);
  const pairing = pairPrepared(cosmic, pascal);
  return {
    pairs: pairing.pairs.map((p) => ({ cosmic: p.cosmic.item, pascal: p.pascal.item, evidence: p.evidence })),
    cosmic: pairing.cosmic.map((c) => c.item),
    pascal: pairing.pascal.map((p) => p.item),
  };
};

/** `Pairing` of prepared items. */
export interface PreparedPairing {
  readonly pairs: ReadonlyArray<{ readonly cosmic: PreparedItem<Ordination>; readonly pascal: PreparedItem<Prescription>; readonly evidence: PairEvidence }>;
  readonly cosmic: ReadonlyArray<PreparedItem<Ordination>>;
  readonly pascal: ReadonlyArray<PreparedItem<Prescription>>;
}

/**
 * `pairItems` on items prepared on the reconciliation date and already sorted by id: the same pairs.
 *
 * @example
 * pairPrepared(prepareItems(cosmicById, asOf), prepareItems(pascalById, asOf)).pairs[0].evidence // 'npl-id'
 */
export const pairPrepared = (cosmic: ReadonlyArray<PreparedItem<Ordination>>, pascal: ReadonlyArray<PreparedItem<Prescription>>): PreparedPairing => {
  const code = interner();
  const rowKinds = kindsOf(cosmic.map((c) => prepare(c, code)));
  const colKinds = kindsOf(pascal.map((p) => prepare(p, code)));

  const pascalByKey = new Map<string, number[]>();
  colKinds.first.forEach((p, k) => {
    for (const key of p.keys) {
      const bucket = pascalByKey.get(key);
      if (bucket === undefined) pascalByKey.set(key, [k]);
      else bucket.push(k);
    }
  });

  // Candidate pairs between kinds, with their weights.
  const edges = new EdgeList();
  const seen = new Int32Array(colKinds.first.length).fill(-1); // seen[k] === r: pascal kind k already met cosmic kind r
  rowKinds.first.forEach((c, r) => {
    const meet = (key: string): void => {
      const bucket = pascalByKey.get(key);
      if (bucket === undefined) return;
      for (const k of bucket) {
        if (seen[k] === r) continue;
        seen[k] = r;
        const p = colKinds.first[k]!;
        const evidence = evidenceOf(c, p);
        if (evidence !== undefined) edges.push(r, k, EVIDENCE_WEIGHT[evidence] + tieBreak(c, p));
      }
    };
    // An item with substances meets an item without them under the ATC code; two items that both name
    // substances meet under their substance set only (their ATC codes are no evidence between them).
    // Each key is looked up as it is made: no array of meeting keys for each key.
    for (const key of c.keys) {
      if (key.startsWith('a?:')) {
        meet(key);
        meet(`a:${key.slice(3)}`);
      } else if (key.startsWith('a:')) meet(`a?:${key.slice(2)}`);
      else meet(key);
    }
  });

  // Solve each connected group of candidates on its own: groups are small (one substance each).
  const pairs: Array<PreparedPairing['pairs'][number]> = [];
  let budget = MAX_ASSIGNMENT_WORK;
  const rowMark = new Int32Array(rowKinds.first.length).fill(-1);
  const colMark = new Int32Array(colKinds.first.length).fill(-1);
  for (const component of components(edges, rowKinds.first.length, colKinds.first.length)) {
    if (component.length === 1) {
      // One candidate pair between two items, each alone of its kind (most groups): the assignment
      // pairs them, at the work of one step, as assignDense does.
      const e = component[0]!;
      const rowMembers = rowKinds.members[edges.rows[e]!]!;
      const colMembers = colKinds.members[edges.cols[e]!]!;
      if (rowMembers.length === 1 && colMembers.length === 1) {
        if (budget < 1) {
          budget = 0;
          continue;
        }
        budget -= 1;
        pairs.push({ cosmic: cosmic[rowMembers[0]!]!, pascal: pascal[colMembers[0]!]!, evidence: evidenceOfWeight(edges.weights[e]!) });
        continue;
      }
    }
    const rk = distinct(component, edges.rows, rowMark);
    const ck = distinct(component, edges.cols, colMark);
    // The weight between kinds, on the group's own numbering of its kinds.
    rk.forEach((r, x) => (rowMark[r] = x));
    ck.forEach((k, y) => (colMark[k] = y));
    const kindWeights = new Float64Array(rk.length * ck.length);
    for (const e of component) kindWeights[rowMark[edges.rows[e]!]! * ck.length + colMark[edges.cols[e]!]!] = edges.weights[e]!;
    for (const r of rk) rowMark[r] = -1;
    for (const k of ck) colMark[k] = -1;
    const rowKindsHere = rk.map((r) => rowKinds.members[r]!);
    const colKindsHere = ck.map((k) => colKinds.members[k]!);
    const rowCount = rowKindsHere.reduce((n, m) => n + m.length, 0);
    const colCount = colKindsHere.reduce((n, m) => n + m.length, 0);
    const small = Math.min(rowCount, colCount);
    const large = Math.max(rowCount, colCount);

    if (small * small * large > DENSE_LIMIT && rk.length * ck.length <= MAX_KIND_PAIRS) {
      const solved = pairByKind(rowKindsHere, colKindsHere, kindWeights, budget);
      if (solved !== undefined) {
        budget -= solved.work;
        for (const [i, j, weight] of solved.pairs) pairs.push({ cosmic: cosmic[i]!, pascal: pascal[j]!, evidence: evidenceOfWeight(weight) });
        continue;
      }
    }
    // Item by item, as the textbook algorithm breaks ties.
    if (rowCount * colCount > MAX_ASSIGNMENT_CELLS) continue;
    const rows = ascending(rowKindsHere);
    const cols = ascending(colKindsHere);
    const rowKindHere = new Map(rowKindsHere.flatMap((m, x) => m.map((i) => [i, x] as const)));
    const colKindHere = new Map(colKindsHere.flatMap((m, y) => m.map((j) => [j, y] as const)));
    const weights = new Float64Array(rows.length * cols.length);
    rows.forEach((i, a) => {
      const x = rowKindHere.get(i)! * ck.length;
      cols.forEach((j, b) => (weights[a * cols.length + b] = kindWeights[x + colKindHere.get(j)!]!));
    });
    const assigned = assignDense(rows.length, cols.length, weights, budget);
    if (assigned === undefined) {
      budget = 0;
      continue;
    }
    budget -= assigned.work;
    for (const [a, b] of assigned.pairs) {
      pairs.push({ cosmic: cosmic[rows[a]!]!, pascal: pascal[cols[b]!]!, evidence: evidenceOfWeight(weights[a * cols.length + b]!) });
    }
  }
  const pairedCosmic = new Set(pairs.map((p) => p.cosmic.item.id));
  const pairedPascal = new Set(pairs.map((p) => p.pascal.item.id));
  return {
    pairs: pairs.sort((a, b) => compareIds(a.cosmic.item.id, b.cosmic.item.id)),
    cosmic: cosmic.filter((c) => !pairedCosmic.has(c.item.id)),
    pascal: pascal.filter((p) => !pairedPascal.has(p.item.id)),
  };
};

/** The items of some kinds, ascending. */
const ascending = (kinds: ReadonlyArray<ReadonlyArray<number>>): ReadonlyArray<number> => kinds.flat().sort((a, b) => a - b);

/**
 * A large group solved on its kinds of items: the maximum-weight transport between kinds, then, row
 * by row in id order, each row to the first column left (in id order) among the kinds it is to
 * meet. Pairs are [cosmic item, pascal item, weight]. Undefined when the work would pass `budget`.
 */
const pairByKind = (
  rowKinds: ReadonlyArray<ReadonlyArray<number>>,
  colKinds: ReadonlyArray<ReadonlyArray<number>>,
  weights: Float64Array,
  budget: number,
): { readonly pairs: ReadonlyArray<readonly [number, number, number]>; readonly work: number } | undefined => {
  const C = colKinds.length;
  const solved = maxWeightTransport(
    rowKinds.map((m) => m.length),
    colKinds.map((m) => m.length),
    weights,
    budget,
  );
  if (solved === undefined) return undefined;
  const flow = solved.flow;
  const kindOfRow = new Map(rowKinds.flatMap((m, r) => m.map((i) => [i, r] as const)));
  const next = new Int32Array(C); // the next column left of each kind
  const pairs: Array<readonly [number, number, number]> = [];
  for (const i of ascending(rowKinds)) {
    const r = kindOfRow.get(i)!;
    let best = -1;
    for (let c = 0; c < C; c++) {
      if (flow[r * C + c]! === 0) continue;
      if (best === -1 || colKinds[c]![next[c]!]! < colKinds[best]![next[best]!]!) best = c;
    }
    if (best === -1) continue;
    flow[r * C + best] = flow[r * C + best]! - 1;
    pairs.push([i, colKinds[best]![next[best]!]!, weights[r * C + best]!]);
    next[best] = next[best]! + 1;
  }
  return { pairs, work: solved.work + rowKinds.length * C };
};

/** The distinct values of `values` at the given edges, ascending (`scratch` is marked along the way, and left at -1). */
const distinct = (component: Int32Array, values: ReadonlyArray<number>, scratch: Int32Array): ReadonlyArray<number> => {
  const found: number[] = [];
  for (const e of component) {
    const x = values[e]!;
    if (scratch[x] !== -1) continue;
    scratch[x] = 0;
    found.push(x);
  }
  for (const x of found) scratch[x] = -1;
  return found.sort((a, b) => a - b);
};

/** Splits edges (by index) into connected components, in the order of their first edge (union-find over rows and columns). */
const components = (edges: EdgeList, rows: number, cols: number): ReadonlyArray<Int32Array> => {
  // Rows are nodes 0 … rows-1, columns rows … rows+cols-1.
  const parent = new Int32Array(rows + cols);
  for (let k = 0; k < parent.length; k++) parent[k] = k;
  const find = (x: number): number => {
    let root = x;
    while (parent[root] !== root) root = parent[root]!;
    while (parent[x] !== root) {
      const next = parent[x]!;
      parent[x] = root;
      x = next;
    }
    return root;
  };
  for (let e = 0; e < edges.length; e++) {
    const a = find(edges.rows[e]!);
    const b = find(rows + edges.cols[e]!);
    if (a !== b) parent[a] = b;
  }
  // Number the groups in the order of their first edge, count their edges, then file each edge.
  const group = new Int32Array(rows + cols).fill(-1);
  const sizes: number[] = [];
  const groupOf = new Int32Array(edges.length);
  for (let e = 0; e < edges.length; e++) {
    const root = find(edges.rows[e]!);
    if (group[root] === -1) {
      group[root] = sizes.length;
      sizes.push(0);
    }
    const g = group[root]!;
    groupOf[e] = g;
    sizes[g] = sizes[g]! + 1;
  }
  const result = sizes.map((size) => new Int32Array(size));
  const filled = new Int32Array(sizes.length);
  for (let e = 0; e < edges.length; e++) {
    const g = groupOf[e]!;
    result[g]![filled[g]!] = e;
    filled[g] = filled[g]! + 1;
  }
  return result;
};
