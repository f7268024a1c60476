import type { Deviation } from '../classify';
import type { Discrepancy } from '../diff';
import type { Match, PairEvidence } from '../match';
import type { Ordination, Prescription } from '../model';

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
 * One drug on the reconciled list (en rad i den avstämda läkemedelslistan): its items from each side
 * (the decoded objects themselves, sorted by id), how they were matched, the discrepancies found on it
 * (most consequential kind first) and their deviations (highest risk first). The discrepancies and
 * deviations are the same objects as in `Reconciliation.discrepancies` and `.deviations`, which list
 * every line's in one order; a later stage reads a line's items and findings here, never by id.
 *
 * @example
 * const furosemid = result.lines.find((l) => l.drug === 'furosemid')!;
 * furosemid.items.cosmic[0] === journal.ordinations.find((o) => o.id === 'C-2') // true: the same object
 * furosemid.discrepancies.map((d) => d.kind) // ['dose']
 * furosemid.deviations[0].riskScore // 12
 */
export interface Line {
  readonly status: LineStatus;
  readonly drug: string;
  readonly basis: LineBasis;
  readonly items: { readonly cosmic: ReadonlyArray<Ordination>; readonly pascal: ReadonlyArray<Prescription> };
  readonly active: boolean;
  readonly discrepancies: ReadonlyArray<Discrepancy>;
  readonly deviations: ReadonlyArray<Deviation>;
}

/**
 * The basis of a match.
 *
 * @example
 * lineBasis({ kind: 'combination', cosmic: [C-7, C-8], pascal: [P-6] }) // 'combination'
 */
export const lineBasis = (match: Match): LineBasis =>
  match.kind === 'pair' || match.kind === 'duplicate' ? match.evidence : match.kind;
