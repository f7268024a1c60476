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

/** The kinds whose right value, when neither list is right, is a dosage. */
const DOSAGE_KINDS: ReadonlySet<DiscrepancyKind> = new Set<DiscrepancyKind>(['dose', 'schedule', 'as-needed', 'not-comparable', 'text-mismatch', 'missing-in-pascal', 'missing-in-cosmic']);

/**
 * What the right value is when neither list is right: a status for a status deviation (aktiv or
 * utsatt), a dosage written as text for a dose, schedule, as-needed, text or not-comparable deviation
 * and for a drug missing on one side; null where there is no such value (a strength, form, route,
 * period, dispensing or purpose is set right by choosing a side, or by stopping the drug).
 *
 * @example
 * neitherValueKind('status')   // 'status'
 * neitherValueKind('dose')     // 'dosage'
 * neitherValueKind('strength') // null
 */
export const neitherValueKind = (kind: DiscrepancyKind): 'status' | 'dosage' | null => (kind === 'status' ? 'status' : DOSAGE_KINDS.has(kind) ? 'dosage' : null);

/**
 * The choices offered for a discrepancy, those that `decide` can carry out: for a duplicate, which
 * copies stay (`keep`) or stop; for a text that disagrees with its own item's structured dose, that
 * item's side, a dosage written in, or stop; otherwise either side, stop, and `neither` where there is
 * a right value to write in (see `neitherValueKind`).
 *
 * @example
 * choicesFor({ kind: 'dose', cosmic: ['C-2'], pascal: ['P-2'] })           // ['cosmic', 'pascal', 'neither', 'stop']
 * choicesFor({ kind: 'duplicate', cosmic: ['C-1', 'C-12'], pascal: ['P-1'] }) // ['keep', 'stop']
 * choicesFor({ kind: 'strength', cosmic: ['C-9'], pascal: ['P-7'] })       // ['cosmic', 'pascal', 'stop']
 */
export const choicesFor = (d: { readonly kind: DiscrepancyKind; readonly cosmic: ReadonlyArray<string>; readonly pascal: ReadonlyArray<string> }): ReadonlyArray<ReviewChoice> => {
  if (d.kind === 'duplicate') return ['keep', 'stop'];
  if (d.kind === 'text-mismatch') return [d.cosmic.length > 0 ? 'cosmic' : 'pascal', 'neither', 'stop'];
  return neitherValueKind(d.kind) === null ? ['cosmic', 'pascal', 'stop'] : ['cosmic', 'pascal', 'neither', 'stop'];
};

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
  code: 'samma kod för produkten i båda listorna (t.ex. SNOMED CT eller en nationell produktkod)',
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
