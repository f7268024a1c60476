import type { DiscrepancyKind } from '../diff';
import type { LineBasis } from '../reconcile';

/**
 * The choices a person can make on a deviation (beslut), as the decisions document names them:
 * `cosmic` (journalen gäller), `pascal` (Pascal gäller), `neither` (ingen av dem: the right value is
 * written in), `stop` (sätt ut på båda), `keep` (för en dubbelförskrivning: de valda posterna står kvar).
 */
export type ReviewChoice = 'cosmic' | 'pascal' | 'neither' | 'stop' | 'keep';

/** A choice as the page offers it: its Swedish label and its shortcut key. */
export interface ChoiceLabel {
  readonly choice: ReviewChoice;
  readonly sv: string;
  readonly key: string;
}

/**
 * Every choice with its Swedish label and shortcut key, in the order the page shows them.
 *
 * @example
 * CHOICE_LABELS.find((c) => c.choice === 'cosmic') // { choice: 'cosmic', sv: 'Journalen gäller', key: 'j' }
 */
export const CHOICE_LABELS: ReadonlyArray<ChoiceLabel> = [
  { choice: 'cosmic', sv: 'Journalen gäller', key: 'j' },
  { choice: 'pascal', sv: 'Pascal gäller', key: 'p' },
  { choice: 'neither', sv: 'Ingen av dem', key: 'n' },
  { choice: 'stop', sv: 'Sätt ut på båda', key: 's' },
  { choice: 'keep', sv: 'Behåll de valda', key: 'k' },
];

/**
 * The choices offered for a deviation of `kind`: for a duplicate also which copies stay (`keep`).
 *
 * @example
 * choicesFor('dose')      // ['cosmic', 'pascal', 'neither', 'stop']
 * choicesFor('duplicate') // ['cosmic', 'pascal', 'neither', 'stop', 'keep']
 */
export const choicesFor = (kind: DiscrepancyKind): ReadonlyArray<ReviewChoice> =>
  kind === 'duplicate' ? ['cosmic', 'pascal', 'neither', 'stop', 'keep'] : ['cosmic', 'pascal', 'neither', 'stop'];

/**
 * What the right value is when neither list is right: a status for a status deviation (aktiv or
 * utsatt), otherwise a dosage written as text.
 *
 * @example
 * neitherValueKind('status') // 'status'
 * neitherValueKind('dose')   // 'dosage'
 */
export const neitherValueKind = (kind: DiscrepancyKind): 'status' | 'dosage' => (kind === 'status' ? 'status' : 'dosage');

/**
 * Why the items of a line were paired (parningsgrund), in Swedish.
 *
 * @example
 * BASIS_LABEL['npl-id'] // 'samma NPL-id (samma produkt i båda listorna)'
 */
export const BASIS_LABEL: Readonly<Record<LineBasis, string>> = {
  'npl-id': 'samma NPL-id (samma produkt i båda listorna)',
  'same-product': 'samma substans, styrka och läkemedelsform (t.ex. generiskt utbytbara produkter)',
  'same-substance': 'samma substans, men annan styrka eller form',
  atc: 'samma ATC-kod (substans saknas i någon lista)',
  combination: 'kombinationsprodukt mot dess enskilda substanser',
  unpaired: 'ingen motsvarighet i den andra listan',
};

/**
 * The roles of who decides, in Swedish: a physician (läkare) decides and signs; a pharmacist
 * (farmaceut) or a nurse (sjuksköterska) proposes.
 *
 * @example
 * ROLE_LABELS[0] // { role: 'physician', sv: 'Läkare' }
 */
export const ROLE_LABELS: ReadonlyArray<{ readonly role: 'physician' | 'pharmacist' | 'nurse'; readonly sv: string }> = [
  { role: 'physician', sv: 'Läkare' },
  { role: 'pharmacist', sv: 'Farmaceut' },
  { role: 'nurse', sv: 'Sjuksköterska' },
];
