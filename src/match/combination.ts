import { activityOn, compareIds, substanceSet, type IsoDate, type MedicationItem } from '../model';

/**
 * The most steps `coverCombination` takes to find a cover (a step is one substance of one part
 * checked, over the whole search): far above what any real list needs (a combination of four
 * substances against twenty separate products takes a few hundred; a combination of 6 000 substances
 * against one product of each, 6 000), far below what makes a patient slow (some milliseconds). Beyond it the combination counts as not
 * covered: it and the separate products stay unpaired, each with its own discrepancy for someone to
 * decide, and nothing is paired by guess.
 */
export const MAX_COVER_STEPS = 100_000;

/**
 * Finds the items of `candidates` whose substances together are exactly those of `combination`, each
 * substance covered once: parts in the same state of activity as the combination first, and failing
 * those, any parts, so that a combination stopped on one side still meets the separate products that
 * go on on the other (and the diff reports the status, not two products missing). Candidates are
 * tried in id order, so the first cover found is the same for every input order. Undefined when none
 * covers, or when none is found within `maxSteps` (MAX_COVER_STEPS unless told). Only items on
 * prescription take part.
 *
 * @example
 * coverCombination(enalaprilComp, [enalapril20, hydroklortiazid12_5, omeprazol], asOf) // [enalapril20, hydroklortiazid12_5]
 */
export const coverCombination = <A extends MedicationItem>(
  combination: MedicationItem,
  candidates: ReadonlyArray<A>,
  asOf: IsoDate,
  maxSteps: number = MAX_COVER_STEPS,
): ReadonlyArray<A> | undefined =>
  coverAmong(
    combination,
    activityOn(combination, asOf).kind === 'active',
    [...candidates].sort((a, b) => compareIds(a.id, b.id)).map((item) => candidatePart(item, asOf)),
    maxSteps,
  );

/** A candidate for a part of a combination, prepared once: its substance keys and whether it is in force. */
export interface CandidatePart<A> {
  readonly item: A;
  readonly keys: ReadonlyArray<string>;
  readonly active: boolean;
}

/**
 * An item prepared as a candidate part on `asOf`.
 *
 * @example
 * candidatePart(enalapril20, asOf) // { item: enalapril20, keys: ['enalapril'], active: true }
 */
export const candidatePart = <A extends MedicationItem>(item: A, asOf: IsoDate): CandidatePart<A> => ({
  item,
  keys: substanceSet(item.product.substances),
  active: activityOn(item, asOf).kind === 'active',
});

/**
 * `coverCombination` on candidates already prepared and sorted by id (candidates not of the
 * combination's substances may be among them: they are passed over).
 *
 * @example
 * coverAmong(enalaprilComp, true, [enalapril20, hydroklortiazid12_5].map((i) => candidatePart(i, asOf))) // [enalapril20, hydroklortiazid12_5]
 */
export const coverAmong = <A extends MedicationItem>(
  combination: MedicationItem,
  combinationActive: boolean,
  candidates: ReadonlyArray<CandidatePart<A>>,
  maxSteps: number = MAX_COVER_STEPS,
): ReadonlyArray<A> | undefined => {
  const target = substanceSet(combination.product.substances);
  // Separate products never stand for a combination when either side is not on prescription: an item
  // from ward stock or self-care pairs with a prescription only as the same product (see pairEvidence).
  if (target.length < 2 || combination.supply !== 'prescription') return undefined;
  const position = new Map(target.map((k, i) => [k, i]));
  const allParts: Array<Part<A> & { readonly active: boolean }> = [];
  for (const { item, keys, active } of candidates) {
    if (item.supply !== 'prescription') continue;
    if (keys.length === 0 || keys.length >= target.length || !keys.every((k) => position.has(k))) continue;
    allParts.push({ item, keys: keys.map((k) => position.get(k)!), active });
  }
  return coverFrom(target.length, allParts.filter((p) => p.active === combinationActive), maxSteps) ?? coverFrom(target.length, allParts, maxSteps);
};

/** A candidate part: an item and its substances, as positions in the combination's sorted substances. */
interface Part<A> {
  readonly item: A;
  readonly keys: ReadonlyArray<number>;
}

/**
 * The first exact cover of the substances 0 … size-1 by `parts`, each part used once, trying parts in
 * their order: of all covers, the one whose sorted part positions come first, as a plain depth-first
 * search finds it. Undefined when there is none or the search would take over `maxSteps`.
 *
 * Kept fast without changing which cover is found: of parts with the same substances only the first
 * is tried (swapping a later one for it gives a cover that comes earlier); a substance no part holds
 * ends the search at once; and the search keeps its own stack, so its depth is not the call stack's.
 */
const coverFrom = <A>(size: number, allParts: ReadonlyArray<Part<A>>, maxSteps: number): ReadonlyArray<A> | undefined => {
  const seen = new Set<string>();
  const parts = allParts.filter((p) => {
    const key = [...p.keys].sort((a, b) => a - b).join(',');
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  const held = new Uint8Array(size);
  for (const p of parts) for (const k of p.keys) held[k] = 1;
  if (held.includes(0)) return undefined;

  const remaining = new Uint8Array(size).fill(1);
  let left = size;
  // chosen[d] is the part taken at depth d; the next depth tries parts after it.
  const chosen: number[] = [];
  let next = 0;
  let steps = 0;
  for (;;) {
    if (left === 0) return chosen.map((i) => parts[i]!.item);
    let found = -1;
    for (let i = next; i < parts.length; i++) {
      const keys = parts[i]!.keys;
      steps += keys.length;
      if (steps > maxSteps) return undefined;
      if (keys.every((k) => remaining[k] === 1)) {
        found = i;
        break;
      }
    }
    if (found >= 0) {
      chosen.push(found);
      for (const k of parts[found]!.keys) remaining[k] = 0;
      left -= parts[found]!.keys.length;
      next = found + 1;
      continue;
    }
    // Nothing fits here: undo the last part taken and try the parts after it.
    const last = chosen.pop();
    if (last === undefined) return undefined;
    for (const k of parts[last]!.keys) remaining[k] = 1;
    left += parts[last]!.keys.length;
    next = last + 1;
  }
};
