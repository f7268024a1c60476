import type { MedicationItem, Ordination, Prescription, Source } from '../model';
import type { PairEvidence } from './evidence';
import type { PreparedItem } from './prepared';

/**
 * How the items of one line were brought together:
 * - `pair`: one ordination and one prescription of the same drug;
 * - `combination`: a combination product on one side against the separate products of its
 *   substances on the other (Enalapril comp against enalapril + hydroklortiazid);
 * - `duplicate`: a pair plus further active copies of the drug on one side (`surplus`, and all of
 *   them in `surpluses`) that the other side holds once;
 * - `unpaired`: one item with no counterpart.
 * Every match lists its items by side; ids within a side are sorted.
 */
export type Match =
  | {
      readonly kind: 'pair';
      readonly evidence: PairEvidence;
      readonly cosmic: readonly [Ordination];
      readonly pascal: readonly [Prescription];
    }
  | {
      readonly kind: 'combination';
      readonly cosmic: ReadonlyArray<Ordination>;
      readonly pascal: ReadonlyArray<Prescription>;
    }
  | {
      readonly kind: 'duplicate';
      readonly evidence: PairEvidence;
      readonly side: Source;
      readonly original: MedicationItem;
      readonly surplus: MedicationItem;
      /** Every copy beyond the original (`surplus` first among them): a duplicate names every copy. */
      readonly surpluses: ReadonlyArray<MedicationItem>;
      readonly cosmic: ReadonlyArray<Ordination>;
      readonly pascal: ReadonlyArray<Prescription>;
    }
  | {
      readonly kind: 'unpaired';
      readonly item: MedicationItem;
      readonly cosmic: ReadonlyArray<Ordination>;
      readonly pascal: ReadonlyArray<Prescription>;
    };

/**
 * Wraps a single item as an unpaired match.
 *
 * @example
 * unpaired(omeprazolP5) // { kind: 'unpaired', item: P-5, cosmic: [], pascal: [P-5] }
 */
export const unpaired = (item: MedicationItem): Match =>
  item.source === 'cosmic' ? { kind: 'unpaired', item, cosmic: [item], pascal: [] } : { kind: 'unpaired', item, cosmic: [], pascal: [item] };

/**
 * A match with its items prepared (see `PreparedItem`): `cosmic` and `pascal` hold the prepared
 * items of `match.cosmic` and `match.pascal`, in the same order, so that the diff reads what was
 * worked out once.
 *
 * @example
 * const m: PreparedMatch = { match: { kind: 'pair', evidence: 'npl-id', cosmic: [c1], pascal: [p1] }, cosmic: [prepareItem(c1, asOf)], pascal: [prepareItem(p1, asOf)] };
 */
export interface PreparedMatch {
  readonly match: Match;
  readonly cosmic: ReadonlyArray<PreparedItem<Ordination>>;
  readonly pascal: ReadonlyArray<PreparedItem<Prescription>>;
}
