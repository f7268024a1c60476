import { compareIds, substanceSet, substanceSetKey, type IsoDate, type MedicationItem, type Ordination, type Prescription } from '../model';
import { coverCombination } from './combination';
import { isDuplicateOf } from './duplicate';
import { unpaired, type Match } from './match';
import { pairItems } from './pairing';

/** The side and substances of an item: a duplicate and its original share both. */
const duplicateKey = (item: MedicationItem): string => `${item.source}\u0000${substanceSetKey(substanceSet(item.product.substances))}`;

const byId = <A extends MedicationItem>(items: ReadonlyArray<A>): ReadonlyArray<A> => [...items].sort((a, b) => compareIds(a.id, b.id));

/**
 * Brings the items of both lists together, strongest evidence first:
 * 1. one-to-one pairs by the best overall assignment (NPL-id, same product, same substance, ATC);
 * 2. a combination product left over, against left-over separate products of its substances;
 * 3. a left-over active item that copies a paired one on its own list, as a duplicate of that pair;
 * 4. whatever is left, unpaired.
 * Every input item is in exactly one match.
 *
 * @example
 * matchItems(journal.ordinations, list.prescriptions, '2026-11-20')
 * // [{ kind: 'pair', cosmic: [C-1], pascal: [P-1], evidence: 'npl-id' }, { kind: 'combination', cosmic: [C-7, C-8], pascal: [P-6] }, ...]
 */
export const matchItems = (cosmicItems: ReadonlyArray<Ordination>, pascalItems: ReadonlyArray<Prescription>, asOf: IsoDate): ReadonlyArray<Match> => {
  const pairing = pairItems(cosmicItems, pascalItems, asOf);
  const matches: Match[] = pairing.pairs.map((p) => ({ kind: 'pair', evidence: p.evidence, cosmic: [p.cosmic], pascal: [p.pascal] }));

  let cosmicLeft: ReadonlyArray<Ordination> = pairing.cosmic;
  let pascalLeft: ReadonlyArray<Prescription> = pairing.pascal;
  for (const combo of byId([...cosmicLeft, ...pascalLeft])) {
    const stillLeft = combo.source === 'cosmic' ? cosmicLeft.some((c) => c.id === combo.id) : pascalLeft.some((p) => p.id === combo.id);
    if (!stillLeft) continue;
    if (combo.source === 'cosmic') {
      const parts = coverCombination(combo, pascalLeft, asOf);
      if (parts === undefined) continue;
      matches.push({ kind: 'combination', cosmic: [combo], pascal: byId(parts) });
      cosmicLeft = cosmicLeft.filter((c) => c.id !== combo.id);
      pascalLeft = pascalLeft.filter((p) => !parts.includes(p));
    } else {
      const parts = coverCombination(combo, cosmicLeft, asOf);
      if (parts === undefined) continue;
      matches.push({ kind: 'combination', cosmic: byId(parts), pascal: [combo] });
      pascalLeft = pascalLeft.filter((p) => p.id !== combo.id);
      cosmicLeft = cosmicLeft.filter((c) => !parts.includes(c));
    }
  }

  // A duplicate joins the pair whose item it copies; the pair is then no longer a plain pair.
  const result: Match[] = [];
  const surplusTaken = new Set<MedicationItem>();
  const leftovers = byId<MedicationItem>([...cosmicLeft, ...pascalLeft]);
  // A duplicate has its original's substances: look only among left-overs of the same side and
  // substances (in id order), not through all of them for every pair, which grew with n².
  const bySubstances = new Map<string, MedicationItem[]>();
  for (const x of leftovers) {
    const key = duplicateKey(x);
    const bucket = bySubstances.get(key);
    if (bucket === undefined) bySubstances.set(key, [x]);
    else bucket.push(x);
  }
  const position = new Map(leftovers.map((x, i) => [x, i]));
  for (const match of matches) {
    if (match.kind !== 'pair') {
      result.push(match);
      continue;
    }
    const [c] = match.cosmic;
    const [p] = match.pascal;
    const candidates = [...(bySubstances.get(duplicateKey(c)) ?? []), ...(bySubstances.get(duplicateKey(p)) ?? [])].sort((a, b) => position.get(a)! - position.get(b)!);
    const surplus = candidates.find((x) => !surplusTaken.has(x) && isDuplicateOf(x, x.source === 'cosmic' ? c : p, asOf));
    if (surplus === undefined) {
      result.push(match);
      continue;
    }
    // Every further copy on the same side joins too: a duplicate names every copy (rule 7).
    const original = surplus.source === 'cosmic' ? c : p;
    const surpluses = candidates.filter((x) => x === surplus || (x.source === surplus.source && !surplusTaken.has(x) && isDuplicateOf(x, original, asOf)));
    for (const x of surpluses) surplusTaken.add(x);
    result.push({
      kind: 'duplicate',
      evidence: match.evidence,
      side: surplus.source,
      original,
      surplus,
      surpluses,
      cosmic: surplus.source === 'cosmic' ? byId([c, ...(surpluses as Ordination[])]) : [c],
      pascal: surplus.source === 'pascal' ? byId([p, ...(surpluses as Prescription[])]) : [p],
    });
  }
  for (const item of leftovers) if (!surplusTaken.has(item)) result.push(unpaired(item));
  return result;
};
