import type { Deviation } from '../../src/classify';
import type { Discrepancy } from '../../src/diff';
import type { Line } from '../../src/reconcile';

// Lines, discrepancies and deviations carry their decoded items, and an item knows its position in its
// input (`index`): a law about the result whatever the order or the kind of input (JSON or FHIR)
// compares them with their items named by id, as the JSON contract does.

/** A discrepancy with its items named by id only (its `cosmic` and `pascal`). */
export const bareDiscrepancy = ({ items: _items, ...d }: Discrepancy) => d;

/** A deviation whose discrepancy names its items by id only. */
export const bareDeviation = (v: Deviation) => ({ ...v, discrepancy: bareDiscrepancy(v.discrepancy) });

/** A line with its items as their ids, its discrepancies and deviations bare. */
export const bareLine = (l: Line) => ({
  status: l.status,
  drug: l.drug,
  basis: l.basis,
  cosmic: l.items.cosmic.map((i) => i.id),
  pascal: l.items.pascal.map((i) => i.id),
  active: l.active,
  discrepancies: l.discrepancies.map(bareDiscrepancy),
  deviations: l.deviations.map(bareDeviation),
});
