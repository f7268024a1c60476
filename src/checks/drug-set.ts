import { substanceKey, type MedicationItem } from '../model';
import type { DrugSet } from './rules';

interface Compiled {
  readonly prefixes: ReadonlyArray<string>;
  readonly except: ReadonlyArray<string>;
  readonly names: ReadonlySet<string>;
  readonly bySubstance: DrugSet['bySubstance'];
  /**
   * What an ATC code alone decides, worked out once per code and set: in the set (true), not in it
   * (false: an exception, or a set that reads names only without a code), or left to the names.
   */
  readonly byCode: Map<string, boolean | 'by-name'>;
}

/** The most ATC codes remembered per set (a list holds a few dozen; a hostile one may hold more). */
const MAX_CODES = 10_000;

const compiled = new WeakMap<DrugSet, Compiled>();

const compile = (set: DrugSet): Compiled => {
  const known = compiled.get(set);
  if (known !== undefined) return known;
  const made: Compiled = {
    prefixes: [...set.drugs.flatMap((d) => d.atc), ...(set.atcGroups ?? [])].map((c) => c.toUpperCase()),
    except: (set.exceptAtc ?? []).map((c) => c.toUpperCase()),
    names: new Set(set.drugs.flatMap((d) => [d.substance, ...(d.aliases ?? [])]).map(substanceKey)),
    bySubstance: set.bySubstance,
    byCode: new Map(),
  };
  compiled.set(set, made);
  return made;
};

/**
 * Whether an item is one of a set of drugs: by its ATC code (a full code or a group prefix of the
 * set, not one of its exceptions), or by a substance name, always or only when the item has no ATC
 * code, as the set says.
 *
 * @example
 * inDrugSet(diazepamRectal, AVOID_RULES[0].set) // true
 * inDrugSet(atropineEyeDrops, { drugs: ANTICHOLINERGIC_DRUGS, bySubstance: 'without-atc' }) // false: S01FA01 is not on the list
 */
export const inDrugSet = (item: MedicationItem, set: DrugSet): boolean => {
  const c = compile(set);
  const atc = item.product.atc?.toUpperCase();
  const decided = atc === undefined ? 'by-name' : codeDecision(c, atc);
  if (decided !== 'by-name') return decided;
  return item.product.substances.some((s) => c.names.has(substanceKey(s.name)));
};

const codeDecision = (c: Compiled, atc: string): boolean | 'by-name' => {
  const known = c.byCode.get(atc);
  if (known !== undefined) return known;
  const decided = c.except.some((e) => atc.startsWith(e))
    ? false
    : c.prefixes.some((p) => atc.startsWith(p))
      ? true
      : c.bySubstance === 'without-atc'
        ? false
        : 'by-name';
  if (c.byCode.size >= MAX_CODES) c.byCode.clear();
  c.byCode.set(atc, decided);
  return decided;
};
