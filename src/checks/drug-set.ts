import { substanceKey, type MedicationItem } from '../model';
import type { DrugSet } from './rules';

interface Compiled {
  readonly prefixes: ReadonlyArray<string>;
  readonly except: ReadonlyArray<string>;
  readonly names: ReadonlySet<string>;
  readonly bySubstance: DrugSet['bySubstance'];
}

const compiled = new WeakMap<DrugSet, Compiled>();

const compile = (set: DrugSet): Compiled => {
  const known = compiled.get(set);
  if (known !== undefined) return known;
  const made: Compiled = {
    prefixes: [...set.drugs.flatMap((d) => d.atc), ...(set.atcGroups ?? [])].map((c) => c.toUpperCase()),
    except: (set.exceptAtc ?? []).map((c) => c.toUpperCase()),
    names: new Set(set.drugs.flatMap((d) => [d.substance, ...(d.aliases ?? [])]).map(substanceKey)),
    bySubstance: set.bySubstance,
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
  if (atc !== undefined && c.except.some((e) => atc.startsWith(e))) return false;
  const byAtc = atc !== undefined && c.prefixes.some((p) => atc.startsWith(p));
  if (byAtc) return true;
  if (c.bySubstance === 'without-atc' && atc !== undefined) return false;
  return item.product.substances.some((s) => c.names.has(substanceKey(s.name)));
};
