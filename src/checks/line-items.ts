import { isActiveOn, type IsoDate, type Ordination, type Prescription } from '../model';
import type { Line, Reconciliation } from '../reconcile';

/** One line of the reconciled list with its items in force on the reconciliation date, by list. */
export interface LineItems {
  readonly line: Line;
  readonly cosmic: ReadonlyArray<Ordination>;
  readonly pascal: ReadonlyArray<Prescription>;
}

/**
 * The lines of a reconciliation that are in force (on either list) on its date, each with only its
 * items in force: what the patient is being given, whichever list says so.
 *
 * @example
 * linesInForce(result).map((l) => l.line.drug) // ['apixaban', 'enalapril + hydroklortiazid', …] (zopiklon too: in force in Pascal)
 */
export const linesInForce = (r: Reconciliation): ReadonlyArray<LineItems> => {
  const asOf: IsoDate = r.asOf;
  return r.lines.flatMap((line) => {
    const c = line.items.cosmic.filter((i) => isActiveOn(i, asOf));
    const p = line.items.pascal.filter((i) => isActiveOn(i, asOf));
    return c.length + p.length === 0 ? [] : [{ line, cosmic: c, pascal: p }];
  });
};
