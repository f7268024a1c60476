import { FINDING_KINDS, RULE_INDEX, type FindingKind } from '../checks';
import type { RiskBand, Subcategory } from '../classify';
import { DISCREPANCY_KINDS, type DiscrepancyKind } from '../diff';
import { RISK_BAND_ORDER, type FollowupAggregate, type GroupCounts, type Tally } from './aggregate';
import { indicatorValues, type IndicatorValue } from './indicators';
import type { ResultLineProblem } from './patient-facts';

/** The version of the follow-up JSON contract; raised when a field changes meaning or goes away. */
export const FOLLOWUP_VERSION = 1;

/** The counts of a group, with deviations per patient and its indicators. */
export interface GroupRow {
  readonly patients: number;
  readonly patientsWithDiscrepancies: number;
  readonly discrepancies: number;
  readonly deviations: number;
  readonly serious: number;
  readonly deviationsByRiskBand: Readonly<Record<RiskBand, number>>;
  readonly deviationsPerPatient: number | null;
  readonly findings: number;
  readonly findingsNotAssessable: number;
  readonly patientsWithFindings: number;
  readonly ageUnknown: number;
  readonly indicators: ReadonlyArray<IndicatorValue>;
}

/** A named group's row: a care unit, a municipality or a month (null when the results do not name one). */
export type NamedRow = GroupRow & { readonly key: string | null };

/** How a batch summary's counts compare with the report's: each law and whether it holds. */
export interface SummaryCheck {
  readonly file: string;
  readonly laws: ReadonlyArray<{ readonly law: string; readonly holds: boolean }>;
}

/**
 * The follow-up report (uppföljningsrapport) of one or more batch result files, as the JSON contract
 * of `medrec report --json`: totals; discrepancies by kind; deviations by kind, category, subcategory
 * and risk band; findings by kind and rule; months, care units and municipalities (ranked by
 * deviations per patient); the indicators against their targets; the lines that could not be read.
 */
export interface FollowupReport {
  readonly format: 'medrec-followup';
  readonly version: typeof FOLLOWUP_VERSION;
  readonly inputs: ReadonlyArray<string>;
  readonly period: { readonly first: string | null; readonly last: string | null };
  readonly totals: GroupRow;
  readonly discrepanciesByKind: ReadonlyArray<{ readonly kind: DiscrepancyKind; readonly count: number }>;
  readonly deviations: {
    readonly byKind: ReadonlyArray<{ readonly kind: DiscrepancyKind; readonly count: number }>;
    readonly byCategory: ReadonlyArray<{ readonly category: string; readonly count: number }>;
    readonly bySubcategory: ReadonlyArray<{ readonly subcategory: Subcategory; readonly count: number }>;
    readonly byRiskBand: ReadonlyArray<{ readonly band: RiskBand; readonly count: number }>;
  };
  readonly findings: {
    readonly byKind: ReadonlyArray<{ readonly kind: FindingKind; readonly count: number }>;
    readonly byRule: ReadonlyArray<{ readonly rule: string; readonly kind: FindingKind | null; readonly sv: string | null; readonly count: number; readonly notAssessable: number }>;
  };
  readonly months: ReadonlyArray<NamedRow>;
  readonly units: ReadonlyArray<NamedRow>;
  readonly municipalities: ReadonlyArray<NamedRow>;
  readonly indicators: ReadonlyArray<IndicatorValue>;
  readonly unreadable: { readonly lines: number; readonly first: ReadonlyArray<ResultLineProblem> };
  readonly summaryChecks: ReadonlyArray<SummaryCheck>;
}

const get = (t: Tally, k: string): number => (Object.hasOwn(t, k) ? t[k]! : 0);

const rowOf = (g: GroupCounts): GroupRow => ({
  patients: g.patients,
  patientsWithDiscrepancies: g.patientsWithDiscrepancies,
  discrepancies: g.discrepancies,
  deviations: g.deviations,
  serious: g.serious,
  deviationsByRiskBand: { low: get(g.deviationsByRiskBand, 'low'), moderate: get(g.deviationsByRiskBand, 'moderate'), high: get(g.deviationsByRiskBand, 'high'), 'very-high': get(g.deviationsByRiskBand, 'very-high') },
  deviationsPerPatient: g.patients === 0 ? null : g.deviations / g.patients,
  findings: g.findings,
  findingsNotAssessable: g.findingsNotAssessable,
  patientsWithFindings: g.patientsWithFindings,
  ageUnknown: g.indicators.ageUnknown,
  indicators: indicatorValues(g.indicators),
});

const byName = (a: string | null, b: string | null): number => (a === b ? 0 : a === null ? 1 : b === null ? -1 : a.localeCompare(b, 'sv'));

/** Groups ranked: most deviations per patient first, then more patients, then by name (unnamed last). */
const ranked = (map: ReadonlyMap<string | null, GroupCounts>): ReadonlyArray<NamedRow> =>
  [...map]
    .map(([key, g]) => ({ key, ...rowOf(g) }))
    .sort((a, b) => (b.deviationsPerPatient ?? -1) - (a.deviationsPerPatient ?? -1) || b.patients - a.patients || byName(a.key, b.key));

/** Counts in a fixed key order, then the keys met beyond it, largest first. */
const counted = <K extends string>(t: Tally, order: ReadonlyArray<K>): ReadonlyArray<{ readonly key: K; readonly count: number }> => {
  const known = order.map((key) => ({ key, count: get(t, key) }));
  const extra = Object.keys(t)
    .filter((k) => !(order as ReadonlyArray<string>).includes(k))
    .map((key) => ({ key: key as K, count: get(t, key) }));
  return [...known, ...extra];
};

const largestFirst = <T extends { readonly count: number }>(xs: ReadonlyArray<T>, order: (a: T, b: T) => number): ReadonlyArray<T> => [...xs].sort((a, b) => b.count - a.count || order(a, b));

const ruleOrder = [...RULE_INDEX.keys()];

/**
 * The report of an aggregate: every count in the order a reader wants it, the indicators of the
 * whole and of every group, and the checks against batch summaries where given. Pure.
 *
 * @example
 * followupReport(aggregate, { inputs: ['results.ndjson'] }).indicators[0].share // 0.18
 */
export const followupReport = (a: FollowupAggregate, options: { readonly inputs: ReadonlyArray<string>; readonly summaryChecks?: ReadonlyArray<SummaryCheck> }): FollowupReport => {
  const months = [...a.byMonth.keys()].sort();
  return {
    format: 'medrec-followup',
    version: FOLLOWUP_VERSION,
    inputs: options.inputs,
    period: { first: months[0] ?? null, last: months[months.length - 1] ?? null },
    totals: rowOf(a.total),
    discrepanciesByKind: largestFirst(
      counted(a.discrepanciesByKind, DISCREPANCY_KINDS).map(({ key, count }) => ({ kind: key, count })),
      (x, y) => DISCREPANCY_KINDS.indexOf(x.kind) - DISCREPANCY_KINDS.indexOf(y.kind),
    ),
    deviations: {
      byKind: largestFirst(
        counted(a.deviationsByKind, DISCREPANCY_KINDS).map(({ key, count }) => ({ kind: key, count })),
        (x, y) => DISCREPANCY_KINDS.indexOf(x.kind) - DISCREPANCY_KINDS.indexOf(y.kind),
      ),
      byCategory: largestFirst(
        Object.entries(a.deviationsByCategory).map(([category, count]) => ({ category, count })),
        (x, y) => x.category.localeCompare(y.category, 'sv'),
      ),
      bySubcategory: counted(a.deviationsBySubcategory, ['ordination', 'dokumentation', 'kommunikation', 'administrering'] as const).map(({ key, count }) => ({ subcategory: key, count })),
      byRiskBand: [...RISK_BAND_ORDER].reverse().map((band) => ({ band, count: get(a.total.deviationsByRiskBand, band) })),
    },
    findings: {
      byKind: counted(a.findingsByKind, FINDING_KINDS).map(({ key, count }) => ({ kind: key, count })),
      byRule: largestFirst(
        Object.entries(a.findingsByRule).map(([rule, count]) => ({
          rule,
          kind: RULE_INDEX.get(rule)?.kind ?? null,
          sv: RULE_INDEX.get(rule)?.sv ?? null,
          count,
          notAssessable: get(a.findingsNotAssessableByRule, rule),
        })),
        (x, y) => (ruleOrder.indexOf(x.rule) === -1 ? 1 : ruleOrder.indexOf(x.rule)) - (ruleOrder.indexOf(y.rule) === -1 ? 1 : ruleOrder.indexOf(y.rule)) || x.rule.localeCompare(y.rule),
      ),
    },
    months: months.map((key) => ({ key, ...rowOf(a.byMonth.get(key)!) })),
    units: ranked(a.byUnit),
    municipalities: ranked(a.byMunicipality),
    indicators: indicatorValues(a.total.indicators),
    unreadable: a.unreadable,
    summaryChecks: options.summaryChecks ?? [],
  };
};
