import { isUnknown, known, type IsoDate, type MedicationItem } from '../model';
import { canonicalDosage, type CanonicalDosage } from './canonical';
import { formUnit } from './form-unit';

/**
 * The canonical dosage of an item on `asOf`: its structured dosage, or its parsed text, where the
 * dose steps of the text begin on the item's start date and a quantity without a unit counts the
 * product's own units (tablets of a tablet, `st` where the form says nothing). An unreadable dosage is
 * `{ kind: 'unknown' }`. Worked out anew on every call: a reconciliation works it out once per item
 * (see `PreparedItem` in the match stage) and reads it from there.
 *
 * @example
 * canonicalDosageOf(apixabanTextOnly, '2026-11-20') // '1 tablett 2 gånger dagligen': 2 doses of 1 tablett, slots unknown
 */
export const canonicalDosageOf = (item: MedicationItem, asOf: IsoDate): CanonicalDosage => {
  if (isUnknown(item.dosage)) return { kind: 'unknown' };
  const unit = formUnit(known(item.product.form));
  return canonicalDosage(item.dosage, asOf, { start: item.period.start, ...(unit === undefined ? {} : { unit }) });
};

/**
 * Whether an item is an as-needed order only (vid behov, no scheduled dose) on `asOf`, from its
 * structured dosage or its text: scheduled and as-needed orders of one drug are two orders (rule 6 of
 * the contract), each pairing with its like.
 *
 * @example
 * asNeededOnly(oxynormVidBehov, '2026-11-20')  // true
 * asNeededOnly(oxycontinMorgonKvall, '2026-11-20') // false
 */
export const asNeededOnly = (item: MedicationItem, asOf: IsoDate): boolean => canonicalDosageOf(item, asOf).kind === 'as-needed';
