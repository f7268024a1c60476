import { strengthKey } from '../dosage';
import { formsDiffer, isUnknown, substanceKey, substanceSet, type MedicationItem, type Substance } from '../model';

/**
 * What pairs two items, strongest first:
 * - `npl-id`: the same product (NPL-id);
 * - `code`: a product code both share (system and code: SNOMED CT, RxNorm, any code system);
 * - `same-product`: the same substances, strengths and form class: generic equivalents such as Furix
 *   and Furosemid Accord;
 * - `same-substance`: the same substances with another strength or form;
 * - `atc`: the same ATC code, used only when one side names no substances.
 * Items whose substances differ are never paired, whatever else they share; a journal item that is not
 * on prescription pairs only as the same product.
 */
export type PairEvidence = 'npl-id' | 'code' | 'same-product' | 'same-substance' | 'atc';

const sameKeys = (a: ReadonlyArray<string>, b: ReadonlyArray<string>): boolean => a.length === b.length && a.every((k, i) => k === b[i]);

/**
 * The strengths of a product by substance key, as one comparable string.
 *
 * @example
 * strengthsKey([{ name: 'enalapril', strength: { value: 20, unit: 'mg' } }]) // 'enalapril 20000 mikrog'
 */
export const strengthsKey = (substances: ReadonlyArray<Substance>): string =>
  substances
    .map((s) => `${substanceKey(s.name)} ${s.strength === undefined ? '-' : isUnknown(s.strength) ? '?' : strengthKey(s.strength)}`)
    .sort()
    .join('; ');

/**
 * The evidence that two items (one from each side) are the same drug, or undefined if they must not
 * be paired.
 *
 * @example
 * pairEvidence(furosemidAccord40, furix40) // 'same-product'
 * pairEvidence(levaxin100, levaxin50)      // 'same-substance'
 * pairEvidence(enalapril, enalaprilComp)   // undefined: the substances differ
 */
export const pairEvidence = (a: MedicationItem, b: MedicationItem): PairEvidence | undefined => {
  const evidence = substanceEvidence(a, b);
  // A journal item given from ward stock, as self-care or under a general directive is expected to be
  // absent from the e-prescription list: it stands for a prescription only when it is the same product
  // (a ward-stock morphine injection is not the patient's prescribed depot tablets).
  const offPrescription = a.supply !== 'prescription' || b.supply !== 'prescription';
  return offPrescription && evidence !== 'npl-id' && evidence !== 'code' && evidence !== 'same-product' ? undefined : evidence;
};

/** Whether two items' products share a code (the same system and code). */
const sharesCode = (a: MedicationItem, b: MedicationItem): boolean =>
  (a.product.codes ?? []).some((x) => (b.product.codes ?? []).some((y) => x.system === y.system && x.code === y.code));

const substanceEvidence = (a: MedicationItem, b: MedicationItem): PairEvidence | undefined => {
  const sa = substanceSet(a.product.substances);
  const sb = substanceSet(b.product.substances);
  if (sa.length > 0 && sb.length > 0 && !sameKeys(sa, sb)) return undefined;
  if (a.product.nplId !== undefined && a.product.nplId === b.product.nplId) return 'npl-id';
  if (sharesCode(a, b)) return 'code';
  if (sa.length > 0 && sb.length > 0) {
    const sameStrength = strengthsKey(a.product.substances) === strengthsKey(b.product.substances);
    return sameStrength && !formsDiffer(a.product.form, b.product.form) ? 'same-product' : 'same-substance';
  }
  if (a.product.atc !== undefined && a.product.atc === b.product.atc) return 'atc';
  return undefined;
};

/** How much each kind of evidence weighs: a tier always outweighs every tie-breaker below it. */
export const EVIDENCE_WEIGHT: Readonly<Record<PairEvidence, number>> = {
  'npl-id': 400,
  code: 350,
  'same-product': 300,
  'same-substance': 200,
  atc: 100,
};
