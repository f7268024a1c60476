import * as E from 'fp-ts/lib/Either.js';
import type { DiscrepancyKind } from '../diff';
import { readResultLine, type ResultChecks, type ResultDeviation, type ResultFinding, type ResultLine, type ResultLineFault } from './result-line';

/** One deviation of a result line, as much of it as follow-up counts. */
export type DeviationFacts = Pick<ResultDeviation, 'kind' | 'category' | 'subcategory' | 'riskBand' | 'serious'>;

/** One finding of a result line, as much of it as follow-up counts (all the reader reads of it). */
export type FindingFacts = ResultFinding;

/**
 * What follow-up needs of one patient's batch result (one line of `medrec batch --out`): when (the
 * reconciliation date and its month), where (care unit, municipality), whether dose-dispensed, whether
 * 75 and over and palliative (with the as-needed injections in force), the counts of unreadable items,
 * and the kinds of its discrepancies, deviations and findings. No patient id: follow-up never needs one.
 */
export interface PatientFacts extends Pick<ResultLine, 'asOf' | 'unit' | 'municipality' | 'doseDispensing' | 'invalidItems' | 'partlyReadItems'>, ResultChecks {
  readonly line: number;
  readonly month: string;
  readonly discrepancies: ReadonlyArray<DiscrepancyKind>;
  readonly deviations: ReadonlyArray<DeviationFacts>;
  readonly findings: ReadonlyArray<FindingFacts>;
}

/** Why a result line could not be read: its number, the JSON path and what was expected. */
export interface ResultLineProblem extends ResultLineFault {
  readonly line: number;
}

const facts = (r: ResultLine, line: number): E.Either<ResultLineProblem, PatientFacts> =>
  r.checks === null
    ? E.left({ line, path: 'checks', message: 'expected the clinical checks, got missing: the file was written by a medrec without them; run medrec batch again' })
    : E.right({
        line,
        asOf: r.asOf,
        month: r.asOf.slice(0, 7),
        unit: r.unit,
        municipality: r.municipality,
        doseDispensing: r.doseDispensing,
        older: r.checks.older,
        palliative: r.checks.palliative,
        palliativeInjections: r.checks.palliativeInjections,
        invalidItems: r.invalidItems,
        partlyReadItems: r.partlyReadItems,
        discrepancies: r.discrepancies.map((d) => d.kind),
        deviations: r.deviations.map(({ kind, category, subcategory, riskBand, serious }): DeviationFacts => ({ kind, category, subcategory, riskBand, serious })),
        findings: r.findings,
      });

/**
 * Reads what follow-up needs from one parsed line of a batch result file. A line that is not such a
 * result (another file, a hand-edited line, a file written before the clinical checks) is a problem
 * with its line number, JSON path and what was expected; the patient id is never read, so never shown.
 *
 * @example
 * patientFacts(JSON.parse(line), 17)
 * // right({ line: 17, asOf: '2026-11-20', month: '2026-11', unit: 'Hemsjukvården', municipality: 'Karlstad', … })
 */
export const patientFacts = (value: unknown, line: number): E.Either<ResultLineProblem, PatientFacts> => {
  const read = readResultLine(value);
  return E.isLeft(read) ? E.left({ line, ...read.left }) : facts(read.right, line);
};
