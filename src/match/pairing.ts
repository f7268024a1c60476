import { asNeededOnly, canonicalDosageOf, dosageSignature } from '../dosage';
import {
  activityOn,
  memoizeByObject,
  compareIds,
  formsDiffer,
  routesDiffer,
  substanceSet,
  substanceSetKey,
  type IsoDate,
  type MedicationItem,
  type Ordination,
  type Prescription,
} from '../model';
import { maxWeightAssignment, type WeightedEdge } from './assignment';
import { EVIDENCE_WEIGHT, pairEvidence, type PairEvidence } from './evidence';

/** One-to-one pairs found by `pairItems`, and what was left on each side. */
export interface Pairing {
  readonly pairs: ReadonlyArray<{ readonly cosmic: Ordination; readonly pascal: Prescription; readonly evidence: PairEvidence }>;
  readonly cosmic: ReadonlyArray<Ordination>;
  readonly pascal: ReadonlyArray<Prescription>;
}

/** An item's dosage signature on a date, worked out once per item however many candidates it meets. */
const signatureOn = memoizeByObject((item: MedicationItem, asOf: string) => dosageSignature(canonicalDosageOf(item, asOf as IsoDate), item.product.substances));

/**
 * Tie-breakers within one tier of evidence, each worth less than the step between tiers: among two
 * zopiklon ordinations, the active one pairs with the active prescription; among two warfarin
 * strengths, each with its own.
 */
const tieBreak = (a: MedicationItem, b: MedicationItem, asOf: IsoDate): number => {
  const activeA = activityOn(a, asOf).kind === 'active';
  const activeB = activityOn(b, asOf).kind === 'active';
  const sameDose =
    signatureOn(a, asOf) === signatureOn(b, asOf);
  return (
    (activeA === activeB ? 32 : 0) +
    (sameDose ? 16 : 0) +
    (asNeededOnly(a, asOf) === asNeededOnly(b, asOf) ? 8 : 0) +
    (routesDiffer(a.route, b.route) ? 0 : 4) +
    (formsDiffer(a.product.form, b.product.form) ? 0 : 2) +
    (a.dispensing === b.dispensing ? 1 : 0)
  );
};

/** Keys under which two items may be candidates: their substance set, NPL-id, and ATC code when they name no substances. */
const candidateKeys = (item: MedicationItem): ReadonlyArray<string> => {
  const keys: string[] = [];
  const substances = substanceSet(item.product.substances);
  if (substances.length > 0) keys.push(`s:${substanceSetKey(substances)}`);
  if (item.product.nplId !== undefined) keys.push(`n:${item.product.nplId}`);
  for (const c of item.product.codes ?? []) keys.push(`c:${c.system}|${c.code}`);
  if (item.product.atc !== undefined) keys.push(substances.length === 0 ? `a?:${item.product.atc}` : `a:${item.product.atc}`);
  return keys;
};

// An item with substances meets an item without them under the ATC code; two items that both name
// substances meet under their substance set only (their ATC codes are no evidence between them).
const meetingKeys = (key: string): ReadonlyArray<string> =>
  key.startsWith('a?:') ? [key, `a:${key.slice(3)}`] : key.startsWith('a:') ? [`a?:${key.slice(2)}`] : [key];

/**
 * Pairs journal ordinations with e-prescriptions one to one: every candidate pair is weighed by its
 * evidence and tie-breakers, and the maximum-weight assignment over each group of candidates is
 * taken. Items are sorted by id first, so the result does not depend on input order.
 *
 * @example
 * pairItems(journal.ordinations, list.prescriptions, '2026-11-20').pairs
 * // [{ cosmic: C-1, pascal: P-1, evidence: 'npl-id' }, { cosmic: C-2, pascal: P-2, evidence: 'same-product' }, ...]
 */
export const pairItems = (cosmicItems: ReadonlyArray<Ordination>, pascalItems: ReadonlyArray<Prescription>, asOf: IsoDate): Pairing => {
  const cosmic = [...cosmicItems].sort((a, b) => compareIds(a.id, b.id));
  const pascal = [...pascalItems].sort((a, b) => compareIds(a.id, b.id));

  const pascalByKey = new Map<string, number[]>();
  pascal.forEach((p, j) => {
    for (const key of candidateKeys(p)) {
      const bucket = pascalByKey.get(key);
      if (bucket === undefined) pascalByKey.set(key, [j]);
      else bucket.push(j);
    }
  });

  const edges: Array<WeightedEdge & { readonly evidence: PairEvidence }> = [];
  cosmic.forEach((c, i) => {
    const seen = new Set<number>();
    for (const key of candidateKeys(c).flatMap(meetingKeys)) {
      for (const j of pascalByKey.get(key) ?? []) {
        if (seen.has(j)) continue;
        seen.add(j);
        const p = pascal[j]!;
        const evidence = pairEvidence(c, p);
        if (evidence !== undefined) edges.push({ row: i, col: j, weight: EVIDENCE_WEIGHT[evidence] + tieBreak(c, p, asOf), evidence });
      }
    }
  });

  // Solve each connected group of candidates on its own: groups are small (one substance each), so the
  // cubic algorithm runs on a handful of items at a time.
  const pairs: Array<Pairing['pairs'][number]> = [];
  for (const component of components(edges)) {
    const rows = [...new Set(component.map((e) => e.row))].sort((a, b) => a - b);
    const cols = [...new Set(component.map((e) => e.col))].sort((a, b) => a - b);
    const rowIndex = new Map(rows.map((row, k) => [row, k]));
    const colIndex = new Map(cols.map((col, k) => [col, k]));
    const local = component.map((e) => ({ row: rowIndex.get(e.row)!, col: colIndex.get(e.col)!, weight: e.weight }));
    for (const [r, k] of maxWeightAssignment(rows.length, cols.length, local)) {
      const i = rows[r]!;
      const j = cols[k]!;
      const evidence = component.find((e) => e.row === i && e.col === j)!.evidence;
      pairs.push({ cosmic: cosmic[i]!, pascal: pascal[j]!, evidence });
    }
  }
  const pairedCosmic = new Set(pairs.map((p) => p.cosmic.id));
  const pairedPascal = new Set(pairs.map((p) => p.pascal.id));
  return {
    pairs: pairs.sort((a, b) => compareIds(a.cosmic.id, b.cosmic.id)),
    cosmic: cosmic.filter((c) => !pairedCosmic.has(c.id)),
    pascal: pascal.filter((p) => !pairedPascal.has(p.id)),
  };
};

/** Splits edges into connected components (union-find over rows and columns). */
const components = <E extends WeightedEdge>(edges: ReadonlyArray<E>): ReadonlyArray<ReadonlyArray<E>> => {
  const parent = new Map<string, string>();
  const find = (x: string): string => {
    let root = x;
    while (parent.get(root) !== undefined && parent.get(root) !== root) root = parent.get(root)!;
    parent.set(x, root);
    return root;
  };
  for (const e of edges) {
    const a = find(`r${e.row}`);
    const b = find(`c${e.col}`);
    if (!parent.has(a)) parent.set(a, a);
    if (!parent.has(b)) parent.set(b, b);
    if (a !== b) parent.set(a, b);
  }
  const groups = new Map<string, E[]>();
  for (const e of edges) {
    const root = find(`r${e.row}`);
    const group = groups.get(root);
    if (group === undefined) groups.set(root, [e]);
    else group.push(e);
  }
  return [...groups.values()];
};
