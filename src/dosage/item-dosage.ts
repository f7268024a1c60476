import type { IsoDate, MedicationItem } from '../model';
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
export const canonicalDosageOf = (item: MedicationItem, asOf: IsoDate): CanonicalDosage => {
  const unit = formUnit(item.product.form);
  return canonicalDosage(item.dosage, asOf, { start: item.period.start, ...(unit === undefined ? {} : { unit }) });
};
