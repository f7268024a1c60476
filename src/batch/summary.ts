import { RISK_BANDS } from '../classify';
import { DISCREPANCY_KINDS } from '../diff';
import { STATUS_ORDER, type Reconciliation } from '../reconcile';
import { LINE_ERROR_REASONS, type LineError } from './line-error';

/** Counts by key, keys in a fixed order (every known key present, zero or not). */
export type Tally = Readonly<Record<string, number>>;

/** Where a tally of the summary comes from: its known keys (in order) and the keys one patient adds. */
export interface TallySource {
  readonly keys: ReadonlyArray<string>;
  readonly of: (r: Reconciliation) => ReadonlyArray<string>;
}

/**
 * The per-kind counts that the batch summary carries, each computed from one patient's
 * reconciliation and added up over the batch. A new count is one entry here, and every fold, sum,
 * law and output below picks it up.
 */
export const TALLIES = {
  discrepancies: { keys: DISCREPANCY_KINDS, of: (r) => r.discrepancies.map((d) => d.kind) },
  deviationsByRiskBand: { keys: [...RISK_BANDS].reverse().map((b) => b.band), of: (r) => r.deviations.map((d) => d.riskBand) },
  lineStatus: { keys: STATUS_ORDER, of: (r) => r.lines.map((l) => l.status) },
} as const satisfies Readonly<Record<string, TallySource>>;

/** The names of the tallies: `discrepancies` (by kind), `lineStatus` (reconciled lines by state), … */
export type TallyName = keyof typeof TALLIES;

const TALLY_NAMES = Object.keys(TALLIES) as ReadonlyArray<TallyName>;

/** Numbers of items read on each side and set apart as invalid. */
export interface ItemCounts {
  readonly cosmic: number;
  readonly pascal: number;
  readonly invalid: number;
}

/** What one reconciled patient adds to the batch summary. */
export interface PatientSummary {
  readonly items: ItemCounts;
  readonly discrepancies: number;
  readonly tallies: Readonly<Record<TallyName, Tally>>;
}

/** How many error records a summary keeps to show; all of them go to the errors file. */
export const SUMMARY_ERROR_EXAMPLES = 100;

/**
 * The summary of a batch (sammanställning): a fold over its lines, so every count is checkable:
 * `linesRead = resultsWritten + invalidLines`, and `patients.reconciled = resultsWritten`. Blank
 * lines carry no patient and are counted apart, outside `linesRead`.
 */
export interface BatchSummary {
  readonly linesRead: number;
  readonly blankLines: number;
  readonly resultsWritten: number;
  readonly invalidLines: number;
  readonly patients: { readonly reconciled: number; readonly withDiscrepancies: number };
  readonly items: ItemCounts;
  readonly tallies: Readonly<Record<TallyName, Tally>>;
  readonly invalid: { readonly byReason: Tally; readonly first: ReadonlyArray<LineError> };
}

const zeros = (keys: ReadonlyArray<string>): Tally => Object.fromEntries(keys.map((k) => [k, 0]));

const addTally = (a: Tally, b: Tally): Tally => {
  const keys = [...Object.keys(a), ...Object.keys(b).filter((k) => !Object.hasOwn(a, k))];
  return Object.fromEntries(keys.map((k) => [k, (Object.hasOwn(a, k) ? a[k]! : 0) + (Object.hasOwn(b, k) ? b[k]! : 0)]));
};

const countKeys = (known: ReadonlyArray<string>, found: ReadonlyArray<string>): Tally => {
  const counts = new Map<string, number>(known.map((k) => [k, 0]));
  for (const k of found) counts.set(k, (counts.get(k) ?? 0) + 1);
  return Object.fromEntries(counts);
};

const emptyTallies = (): Readonly<Record<TallyName, Tally>> =>
  Object.fromEntries(TALLY_NAMES.map((name) => [name, zeros(TALLIES[name].keys)])) as Record<TallyName, Tally>;

const addTallies = (a: Readonly<Record<TallyName, Tally>>, b: Readonly<Record<TallyName, Tally>>): Readonly<Record<TallyName, Tally>> =>
  Object.fromEntries(TALLY_NAMES.map((name) => [name, addTally(a[name], b[name])])) as Record<TallyName, Tally>;

/** The summary of no lines at all: the start of the fold. */
export const EMPTY_SUMMARY: BatchSummary = {
  linesRead: 0,
  blankLines: 0,
  resultsWritten: 0,
  invalidLines: 0,
  patients: { reconciled: 0, withDiscrepancies: 0 },
  items: { cosmic: 0, pascal: 0, invalid: 0 },
  tallies: emptyTallies(),
  invalid: { byReason: zeros(LINE_ERROR_REASONS), first: [] },
};

/**
 * What one patient's reconciliation adds to the summary.
 *
 * @example
 * summarisePatient(result).tallies.discrepancies.dose // 1 for the example pair
 */
export const summarisePatient = (r: Reconciliation): PatientSummary => ({
  items: { cosmic: r.items.cosmic.length, pascal: r.items.pascal.length, invalid: r.invalid.length },
  discrepancies: r.discrepancies.length,
  tallies: Object.fromEntries(TALLY_NAMES.map((name) => [name, countKeys(TALLIES[name].keys, TALLIES[name].of(r))])) as Record<TallyName, Tally>,
});

const addItems = (a: ItemCounts, b: ItemCounts): ItemCounts => ({ cosmic: a.cosmic + b.cosmic, pascal: a.pascal + b.pascal, invalid: a.invalid + b.invalid });

/**
 * The summary with one more reconciled patient: one line read, one result written.
 *
 * @example
 * addPatient(EMPTY_SUMMARY, summarisePatient(result)).resultsWritten // 1
 */
export const addPatient = (s: BatchSummary, p: PatientSummary): BatchSummary => ({
  ...s,
  linesRead: s.linesRead + 1,
  resultsWritten: s.resultsWritten + 1,
  patients: { reconciled: s.patients.reconciled + 1, withDiscrepancies: s.patients.withDiscrepancies + (p.discrepancies > 0 ? 1 : 0) },
  items: addItems(s.items, p.items),
  tallies: addTallies(s.tallies, p.tallies),
});

/**
 * The summary with one more invalid line, kept among the first examples while there is room.
 *
 * @example
 * addInvalid(EMPTY_SUMMARY, err).invalidLines // 1
 */
export const addInvalid = (s: BatchSummary, e: LineError): BatchSummary => ({
  ...s,
  linesRead: s.linesRead + 1,
  invalidLines: s.invalidLines + 1,
  invalid: {
    byReason: addTally(s.invalid.byReason, { [e.reason]: 1 }),
    first: s.invalid.first.length < SUMMARY_ERROR_EXAMPLES ? [...s.invalid.first, e] : s.invalid.first,
  },
});

/**
 * The summary with one more blank line.
 *
 * @example
 * addBlank(EMPTY_SUMMARY).blankLines // 1
 */
export const addBlank = (s: BatchSummary): BatchSummary => ({ ...s, blankLines: s.blankLines + 1 });

/**
 * The summary of two consecutive parts of a batch (the earlier first): counts add, the error
 * examples keep their order. With `EMPTY_SUMMARY` this is a monoid, so chunks summarised on several
 * workers combine into the summary of the whole.
 *
 * @example
 * combineSummaries(summaryOfLines1To64, summaryOfLines65To128)
 */
export const combineSummaries = (a: BatchSummary, b: BatchSummary): BatchSummary => ({
  linesRead: a.linesRead + b.linesRead,
  blankLines: a.blankLines + b.blankLines,
  resultsWritten: a.resultsWritten + b.resultsWritten,
  invalidLines: a.invalidLines + b.invalidLines,
  patients: { reconciled: a.patients.reconciled + b.patients.reconciled, withDiscrepancies: a.patients.withDiscrepancies + b.patients.withDiscrepancies },
  items: addItems(a.items, b.items),
  tallies: addTallies(a.tallies, b.tallies),
  invalid: {
    byReason: addTally(a.invalid.byReason, b.invalid.byReason),
    first: [...a.invalid.first, ...b.invalid.first].slice(0, SUMMARY_ERROR_EXAMPLES),
  },
});

const sum = (t: Tally): number => Object.values(t).reduce((x, y) => x + y, 0);

/**
 * The laws a summary must keep, each with whether it holds. A summary that breaks one is a bug.
 *
 * @example
 * summaryLaws(summary).every((l) => l.holds) // true
 */
export const summaryLaws = (s: BatchSummary): ReadonlyArray<{ readonly law: string; readonly holds: boolean }> => [
  { law: 'linesRead = resultsWritten + invalidLines', holds: s.linesRead === s.resultsWritten + s.invalidLines },
  { law: 'patients.reconciled = resultsWritten', holds: s.patients.reconciled === s.resultsWritten },
  { law: 'patients.withDiscrepancies <= patients.reconciled', holds: s.patients.withDiscrepancies <= s.patients.reconciled },
  { law: 'sum of invalid.byReason = invalidLines', holds: sum(s.invalid.byReason) === s.invalidLines },
  { law: 'invalid.first holds the first invalid lines, at most 100', holds: s.invalid.first.length === Math.min(s.invalidLines, SUMMARY_ERROR_EXAMPLES) },
];

/**
 * Whether every law of the summary holds.
 *
 * @example
 * summaryAddsUp(EMPTY_SUMMARY) // true
 */
export const summaryAddsUp = (s: BatchSummary): boolean => summaryLaws(s).every((l) => l.holds);
