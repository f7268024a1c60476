import * as E from 'fp-ts/lib/Either.js';
import type { FollowupAggregate, Tally } from './aggregate';

const own = (o: unknown, key: string): unknown =>
  typeof o === 'object' && o !== null && !Array.isArray(o) && Object.hasOwn(o, key) ? (o as Record<string, unknown>)[key] : undefined;

const tallyOf = (v: unknown): Tally | undefined => {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return undefined;
  const entries = Object.entries(v as Record<string, unknown>);
  return entries.every(([, n]) => typeof n === 'number') ? (Object.fromEntries(entries) as Tally) : undefined;
};

const sameNonZero = (a: Tally, b: Tally): boolean => {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  return [...keys].every((k) => (Object.hasOwn(a, k) ? a[k]! : 0) === (Object.hasOwn(b, k) ? b[k]! : 0));
};

/**
 * The laws that tie a report to the summary of the batch run that wrote its results (`medrec batch
 * --summary`): every result read, the same patients with discrepancies, the same discrepancies by
 * kind and deviations by risk band. Left with the JSON path when the summary is not one.
 *
 * @example
 * summaryLawsOf(aggregate, JSON.parse(summaryText))
 * // right([{ law: 'patients + unreadable lines = resultsWritten', holds: true }, …])
 */
export const summaryLawsOf = (
  a: FollowupAggregate,
  summary: unknown,
): E.Either<{ readonly path: string; readonly message: string }, ReadonlyArray<{ readonly law: string; readonly holds: boolean }>> => {
  const written = own(summary, 'resultsWritten');
  if (typeof written !== 'number') return E.left({ path: 'resultsWritten', message: 'expected a batch summary (medrec batch --summary), got no resultsWritten count' });
  const withDiscrepancies = own(own(summary, 'patients'), 'withDiscrepancies');
  if (typeof withDiscrepancies !== 'number') return E.left({ path: 'patients.withDiscrepancies', message: 'expected a count' });
  const kinds = tallyOf(own(own(summary, 'tallies'), 'discrepancies'));
  if (kinds === undefined) return E.left({ path: 'tallies.discrepancies', message: 'expected counts by kind' });
  const bands = tallyOf(own(own(summary, 'tallies'), 'deviationsByRiskBand'));
  if (bands === undefined) return E.left({ path: 'tallies.deviationsByRiskBand', message: 'expected counts by risk band' });
  return E.right([
    { law: 'patients + unreadable lines = resultsWritten', holds: a.total.patients + a.unreadable.lines === written },
    { law: 'patients with discrepancies = patients.withDiscrepancies', holds: a.total.patientsWithDiscrepancies === withDiscrepancies },
    { law: 'discrepancies by kind = tallies.discrepancies', holds: sameNonZero(a.discrepanciesByKind, kinds) },
    { law: 'deviations by risk band = tallies.deviationsByRiskBand', holds: sameNonZero(a.total.deviationsByRiskBand, bands) },
  ]);
};
