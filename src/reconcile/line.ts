import type { DiscrepancyKind } from '../diff';
import type { Match, PairEvidence } from '../match';
import type { ItemId } from '../model';

/**
 * The state of one line of the reconciled list:
 * - `agreed`: both lists hold the drug alike;
 * - `needs-decision`: the lists differ; both values are shown and someone must decide;
 * - `not-on-prescription`: a journal item that is expected to be absent from the e-prescription
 *   list (self-care, ward stock, general directive);
 * - `inactive`: nothing on the line is in force on the reconciliation date, and nothing differs.
 */
export type LineStatus = 'agreed' | 'needs-decision' | 'not-on-prescription' | 'inactive';

/** What brought the items of a line together: the pairing evidence, a combination, or nothing. */
export type LineBasis = PairEvidence | 'combination' | 'unpaired';

/**
 * One drug on the reconciled list: the items from each side, how they were matched, and the kinds of
 * the discrepancies found on it.
 */
export interface Line {
  readonly status: LineStatus;
  readonly drug: string;
  readonly basis: LineBasis;
  readonly cosmic: ReadonlyArray<ItemId>;
  readonly pascal: ReadonlyArray<ItemId>;
  readonly active: boolean;
  readonly discrepancies: ReadonlyArray<DiscrepancyKind>;
}

/**
 * The basis of a match.
 *
 * @example
 * lineBasis({ kind: 'combination', cosmic: [C-7, C-8], pascal: [P-6] }) // 'combination'
 */
export const lineBasis = (match: Match): LineBasis =>
  match.kind === 'pair' || match.kind === 'duplicate' ? match.evidence : match.kind;
