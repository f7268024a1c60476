import { compareIds, type IsoDate, type MedicationItem, type Ordination, type Prescription } from '../model';
import { coverAmong, type CandidatePart } from './combination';
import { isPreparedDuplicate } from './duplicate';
import { unpaired, type Match, type PreparedMatch } from './match';
import { pairPrepared } from './pairing';
import { prepareItems, type PreparedItem } from './prepared';

/** The side and substances of an item: a duplicate and its original share both. */
const duplicateKey = (p: PreparedItem): string => `${p.item.source}\u0000${p.substanceSetKey}`;

const byId = <A extends PreparedItem>(items: ReadonlyArray<A>): ReadonlyArray<A> => [...items].sort((a, b) => compareIds(a.item.id, b.item.id));

const itemsOf = <A extends MedicationItem>(items: ReadonlyArray<PreparedItem<A>>): ReadonlyArray<A> => items.map((p) => p.item);

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
export const matchItems = (cosmicItems: ReadonlyArray<Ordination>, pascalItems: ReadonlyArray<Prescription>, asOf: IsoDate): ReadonlyArray<Match> =>
  matchPrepared(
    prepareItems([...cosmicItems].sort((a, b) => compareIds(a.id, b.id)), asOf),
    prepareItems([...pascalItems].sort((a, b) => compareIds(a.id, b.id)), asOf),
  ).map((m) => m.match);

/**
 * `matchItems` on items prepared on the reconciliation date and sorted by id: the same matches, each
 * with its prepared items.
 *
 * @example
 * matchPrepared(prepareItems(cosmicById, asOf), prepareItems(pascalById, asOf))[0].match // { kind: 'pair', cosmic: [C-1], pascal: [P-1], evidence: 'npl-id' }
 */
export const matchPrepared = (cosmicItems: ReadonlyArray<PreparedItem<Ordination>>, pascalItems: ReadonlyArray<PreparedItem<Prescription>>): ReadonlyArray<PreparedMatch> => {
  const pairing = pairPrepared(cosmicItems, pascalItems);
  const matches: PreparedMatch[] = pairing.pairs.map((p) => ({
    match: { kind: 'pair', evidence: p.evidence, cosmic: [p.cosmic.item], pascal: [p.pascal.item] },
    cosmic: [p.cosmic],
    pascal: [p.pascal],
  }));

  if (pairing.cosmic.length === 0 && pairing.pascal.length === 0) return matches;

  // Each left-over item is prepared once and filed under its first substance: a combination looks
  // only at the items filed under its own substances, not through every left-over on the other side.
  const still = new Set<PreparedItem>([...pairing.cosmic, ...pairing.pascal]);
  const leftBefore = byId<PreparedItem>([...pairing.cosmic, ...pairing.pascal]);
  const order = new Map(leftBefore.map((x, i) => [x.item, i]));
  const preparedOf = new Map(leftBefore.map((x) => [x.item, x]));
  const filed = new Map<string, Array<CandidatePart<MedicationItem>>>();
  for (const prepared of leftBefore) {
    const part: CandidatePart<MedicationItem> = { item: prepared.item, keys: prepared.substanceSet, active: prepared.active };
    const first = part.keys[0];
    if (first === undefined) continue;
    const key = `${prepared.item.source}\u0000${first}`;
    const bucket = filed.get(key);
    if (bucket === undefined) filed.set(key, [part]);
    else bucket.push(part);
  }
  const candidatesFor = (combo: PreparedItem): ReadonlyArray<CandidatePart<MedicationItem>> => {
    const other = combo.item.source === 'cosmic' ? 'pascal' : 'cosmic';
    const found = combo.substanceSet.flatMap((k) => filed.get(`${other}\u0000${k}`) ?? []);
    return found.filter((c) => still.has(preparedOf.get(c.item)!)).sort((a, b) => order.get(a.item)! - order.get(b.item)!);
  };
  for (const combo of leftBefore) {
    if (!still.has(combo) || combo.substanceSet.length < 2) continue;
    const found = coverAmong(combo.item, combo.active, candidatesFor(combo));
    if (found === undefined) continue;
    const parts = found.map((item) => preparedOf.get(item)!);
    if (combo.item.source === 'cosmic') {
      const cosmic = [combo as PreparedItem<Ordination>];
      const pascal = byId(parts as ReadonlyArray<PreparedItem<Prescription>>);
      matches.push({ match: { kind: 'combination', cosmic: itemsOf(cosmic), pascal: itemsOf(pascal) }, cosmic, pascal });
    } else {
      const cosmic = byId(parts as ReadonlyArray<PreparedItem<Ordination>>);
      const pascal = [combo as PreparedItem<Prescription>];
      matches.push({ match: { kind: 'combination', cosmic: itemsOf(cosmic), pascal: itemsOf(pascal) }, cosmic, pascal });
    }
    still.delete(combo);
    for (const part of parts) still.delete(part);
  }
  const cosmicLeft = pairing.cosmic.filter((c) => still.has(c));
  const pascalLeft = pairing.pascal.filter((p) => still.has(p));

  // A duplicate joins the pair whose item it copies; the pair is then no longer a plain pair.
  const result: PreparedMatch[] = [];
  const surplusTaken = new Set<PreparedItem>();
  const leftovers = byId<PreparedItem>([...cosmicLeft, ...pascalLeft]);
  // A duplicate has its original's substances: look only among left-overs of the same side and
  // substances (in id order), not through all of them for every pair, which grew with n².
  const bySubstances = new Map<string, PreparedItem[]>();
  for (const x of leftovers) {
    const key = duplicateKey(x);
    const bucket = bySubstances.get(key);
    if (bucket === undefined) bySubstances.set(key, [x]);
    else bucket.push(x);
  }
  const position = new Map(leftovers.map((x, i) => [x, i]));
  for (const prepared of matches) {
    const match = prepared.match;
    if (match.kind !== 'pair') {
      result.push(prepared);
      continue;
    }
    const c = prepared.cosmic[0]!;
    const p = prepared.pascal[0]!;
    const candidates = [...(bySubstances.get(duplicateKey(c)) ?? []), ...(bySubstances.get(duplicateKey(p)) ?? [])].sort((a, b) => position.get(a)! - position.get(b)!);
    const surplus = candidates.find((x) => !surplusTaken.has(x) && isPreparedDuplicate(x, x.item.source === 'cosmic' ? c : p));
    if (surplus === undefined) {
      result.push(prepared);
      continue;
    }
    // Every further copy on the same side joins too: a duplicate names every copy (rule 7).
    const original = surplus.item.source === 'cosmic' ? c : p;
    const surpluses = candidates.filter((x) => x === surplus || (x.item.source === surplus.item.source && !surplusTaken.has(x) && isPreparedDuplicate(x, original)));
    for (const x of surpluses) surplusTaken.add(x);
    const cosmic = surplus.item.source === 'cosmic' ? byId([c, ...(surpluses as ReadonlyArray<PreparedItem<Ordination>>)]) : [c];
    const pascal = surplus.item.source === 'pascal' ? byId([p, ...(surpluses as ReadonlyArray<PreparedItem<Prescription>>)]) : [p];
    result.push({
      match: {
        kind: 'duplicate',
        evidence: match.evidence,
        side: surplus.item.source,
        original: original.item,
        surplus: surplus.item,
        surpluses: itemsOf(surpluses),
        cosmic: itemsOf(cosmic),
        pascal: itemsOf(pascal),
      },
      cosmic,
      pascal,
    });
  }
  for (const x of leftovers) {
    if (surplusTaken.has(x)) continue;
    const match = unpaired(x.item);
    result.push(x.item.source === 'cosmic' ? { match, cosmic: [x as PreparedItem<Ordination>], pascal: [] } : { match, cosmic: [], pascal: [x as PreparedItem<Prescription>] });
  }
  return result;
};
