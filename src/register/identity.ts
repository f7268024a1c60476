import { substanceKey, substanceSetKey } from '../model';

/**
 * A deviation's identity in the register (avvikelsens identitet), stable across runs: the patient
 * (stored apart), the kind of discrepancy and the drug by its substances (salt names folded, sorted,
 * e.g. `dose|enalapril + hydroklortiazid`) — never item ids, which change when a system is corrected
 * and the item re-issued. When one patient's result holds two deviations of the same kind and
 * substances (rare: two copies of a drug), the second and later get `#2`, `#3`… in the order of their
 * item ids. Version 1 of this rule; a new rule would be a new migration.
 *
 * @example
 * deviationKey('dose', 'Enalapril + hydroklortiazid', 1) // 'dose|enalapril + hydroklortiazid'
 * deviationKey('dose', 'metoprololsuccinat', 2)         // 'dose|metoprolol#2'
 */
export const deviationKey = (kind: string, drug: string, occurrence: number): string => {
  const substances = [...new Set(drug.split(' + ').map((s) => substanceKey(s.trim())).filter((s) => s !== ''))].sort();
  const base = `${kind}|${substanceSetKey(substances)}`;
  return occurrence <= 1 ? base : `${base}#${occurrence}`;
};
