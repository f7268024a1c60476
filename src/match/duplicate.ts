import { sharesSlot } from '../dosage';
import type { PreparedItem } from './prepared';

/**
 * Whether `surplus` is a second copy of `original` on the same list, both prepared on the
 * reconciliation date: both active, the same substances, both scheduled or both as needed only, and
 * either the same strength and form or doses that overlap in time of day. Two strengths used together
 * on different slots (warfarin 2,5 mg morning, 5 mg evening) are not copies.
 *
 * @example
 * isPreparedDuplicate(prepareItem(zopiklon5Copy, asOf), prepareItem(zopiklon5, asOf)) // true
 */
export const isPreparedDuplicate = (surplus: PreparedItem, original: PreparedItem): boolean => {
  if (surplus.item.source !== original.item.source) return false;
  if (!surplus.active || !original.active) return false;
  // A scheduled and an as-needed order of one drug are two orders, never copies (rule 6 of the contract).
  if (surplus.asNeededOnly !== original.asNeededOnly) return false;
  if (surplus.substanceSet.length === 0 || surplus.substanceSetKey !== original.substanceSetKey) return false;
  // Forms differ only where both are known (formsDiffer).
  const formsDiffer = surplus.formClass !== undefined && original.formClass !== undefined && surplus.formClass !== original.formClass;
  const sameProduct = surplus.strengthsKey === original.strengthsKey && !formsDiffer;
  return sameProduct || sharesSlot(surplus.dosage, original.dosage);
};
