import { activityOn, compareIds, substanceSet, type IsoDate, type MedicationItem } from '../model';

/**
 * Finds the items of `candidates` whose substances together are exactly those of `combination`, each
 * substance covered once: parts in the same state of activity as the combination first, and failing
 * those, any parts, so that a combination stopped on one side still meets the separate products that
 * go on on the other (and the diff reports the status, not two products missing). Candidates are
 * tried in id order, so the first cover found is the same for every input order. Undefined when none
 * covers. Only items on prescription take part.
 *
 * @example
 * coverCombination(enalaprilComp, [enalapril20, hydroklortiazid12_5, omeprazol], asOf) // [enalapril20, hydroklortiazid12_5]
 */
export const coverCombination = <A extends MedicationItem>(
  combination: MedicationItem,
  candidates: ReadonlyArray<A>,
  asOf: IsoDate,
): ReadonlyArray<A> | undefined => {
  const target = substanceSet(combination.product.substances);
  // Separate products never stand for a combination when either side is not on prescription: an item
  // from ward stock or self-care pairs with a prescription only as the same product (see pairEvidence).
  if (target.length < 2 || combination.supply !== 'prescription') return undefined;
  const active = activityOn(combination, asOf).kind === 'active';
  const allParts = candidates
    .filter((item) => item.supply === 'prescription')
    .map((item) => ({ item, keys: substanceSet(item.product.substances), active: activityOn(item, asOf).kind === 'active' }))
    .filter(({ keys }) => keys.length > 0 && keys.length < target.length && keys.every((k) => target.includes(k)))
    .sort((a, b) => compareIds(a.item.id, b.item.id));
  return coverFrom(target, allParts.filter((p) => p.active === active)) ?? coverFrom(target, allParts);
};

/** The first exact cover of `target` by `parts`, each part used once, trying parts in their order. */
const coverFrom = <A extends MedicationItem>(
  target: ReadonlyArray<string>,
  parts: ReadonlyArray<{ readonly item: A; readonly keys: ReadonlyArray<string> }>,
): ReadonlyArray<A> | undefined => {
  const search = (remaining: ReadonlyArray<string>, from: number): ReadonlyArray<A> | undefined => {
    if (remaining.length === 0) return [];
    for (let i = from; i < parts.length; i++) {
      const part = parts[i]!;
      if (!part.keys.every((k) => remaining.includes(k))) continue;
      const rest = search(remaining.filter((k) => !part.keys.includes(k)), i + 1);
      if (rest !== undefined) return [part.item, ...rest];
    }
    return undefined;
  };
  return search(target, 0);
};
