import { asNeededOnly, canonicalDosageOf, sharesSlot } from '../dosage';
import { activityOn, formsDiffer, substanceSet, substanceSetKey, type IsoDate, type MedicationItem } from '../model';
import { strengthsKey } from './evidence';

/**
 * Whether `surplus` is a second copy of `original` on the same list: both active, the same substances,
 * both scheduled or both as needed only, and either the same strength and form or doses that overlap
 * in time of day. Two strengths used
 * together on different slots (warfarin 2,5 mg morning, 5 mg evening) are not copies.
 *
 * @example
 * isDuplicateOf(zopiklon5Copy, zopiklon5, asOf) // true
 */
export const isDuplicateOf = (surplus: MedicationItem, original: MedicationItem, asOf: IsoDate): boolean => {
  if (surplus.source !== original.source) return false;
  if (activityOn(surplus, asOf).kind !== 'active' || activityOn(original, asOf).kind !== 'active') return false;
  // A scheduled and an as-needed order of one drug are two orders, never copies (rule 6 of the contract).
  if (asNeededOnly(surplus, asOf) !== asNeededOnly(original, asOf)) return false;
  const keys = substanceSet(surplus.product.substances);
  if (keys.length === 0 || substanceSetKey(keys) !== substanceSetKey(substanceSet(original.product.substances))) return false;
  const sameProduct = strengthsKey(surplus.product.substances) === strengthsKey(original.product.substances) && !formsDiffer(surplus.product.form, original.product.form);
  return sameProduct || sharesSlot(canonicalDosageOf(surplus, asOf), canonicalDosageOf(original, asOf));
};
