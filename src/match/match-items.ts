import { activityOn, compareIds, substanceSet, substanceSetKey, type IsoDate, type MedicationItem, type Ordination, type Prescription } from '../model';
import { candidatePart, coverAmong, type CandidatePart } from './combination';
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

  // Each left-over item is prepared once and filed under its first substance: a combination looks
  // only at the items filed under its own substances, not through every left-over on the other side.
  const still = new Set<MedicationItem>([...pairing.cosmic, ...pairing.pascal]);
  const leftBefore = byId<MedicationItem>([...pairing.cosmic, ...pairing.pascal]);
  const order = new Map(leftBefore.map((x, i) => [x, i]));
  const filed = new Map<string, Array<CandidatePart<MedicationItem>>>();
  for (const item of leftBefore) {
    const part = candidatePart(item, asOf);
    const first = part.keys[0];
    if (first === undefined) continue;
    const key = `${item.source}\u0000${first}`;
    const bucket = filed.get(key);
    if (bucket === undefined) filed.set(key, [part]);
    else bucket.push(part);
  }
  const candidatesFor = (combo: MedicationItem): ReadonlyArray<CandidatePart<MedicationItem>> => {
    const other = combo.source === 'cosmic' ? 'pascal' : 'cosmic';
    const found = substanceSet(combo.product.substances).flatMap((k) => filed.get(`${other}\u0000${k}`) ?? []);
    return found.filter((c) => still.has(c.item)).sort((a, b) => order.get(a.item)! - order.get(b.item)!);
  };
  for (const combo of leftBefore) {
    if (!still.has(combo) || substanceSet(combo.product.substances).length < 2) continue;
    const parts = coverAmong(combo, activityOn(combo, asOf).kind === 'active', candidatesFor(combo));
    if (parts === undefined) continue;
    matches.push(
      combo.source === 'cosmic'
        ? { kind: 'combination', cosmic: [combo as Ordination], pascal: byId(parts as ReadonlyArray<Prescription>) }
        : { kind: 'combination', cosmic: byId(parts as ReadonlyArray<Ordination>), pascal: [combo as Prescription] },
    );
    still.delete(combo);
    for (const part of parts) still.delete(part);
  }
  const cosmicLeft = pairing.cosmic.filter((c) => still.has(c));
  const pascalLeft = pairing.pascal.filter((p) => still.has(p));

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
