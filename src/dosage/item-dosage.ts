import { memoizeByObject, type IsoDate, type MedicationItem } from '../model';
import { canonicalDosage, type CanonicalDosage } from './canonical';
import { formUnit } from './form-unit';

/**
 * The canonical dosage of an item on `asOf`: its structured dosage, or its parsed text, where the
 * dose steps of the text begin on the item's start date and a quantity without a unit counts the
 * product's own units (tablets of a tablet, `st` where the form says nothing).
 *
 * @example
 * canonicalDosageOf(apixabanTextOnly, '2026-11-20') // '1 tablett 2 gånger dagligen': 2 doses of 1 tablett, slots unknown
 */
export const canonicalDosageOf: (item: MedicationItem, asOf: IsoDate) => CanonicalDosage = memoizeByObject((item: MedicationItem, asOf: string) => {
  // Worked out once per item and date: matching, diffing and classifying all ask for it.
  const unit = formUnit(item.product.form);
  return canonicalDosage(item.dosage, asOf as IsoDate, { start: item.period.start, ...(unit === undefined ? {} : { unit }) });
});
