import { FINDING_KINDS } from '../checks';
import { RISK_BANDS, type RiskBand } from '../classify';
import { DISCREPANCY_KINDS } from '../diff';
import type { PatientFacts, ResultLineProblem } from './patient-facts';

/** Counts by key; every known key present (zero or not), others added as they are met. */
export type Tally = Readonly<Record<string, number>>;

/**
 * The counts behind the indicators, for any group of patients: 75 and over (and of those, with a drug
 * to avoid), age unknown, palliative (and with as-needed opioid, anxiolytic and both injections),
 * dose-dispensed (and with lists that agree completely: no discrepancy, no unreadable item).
 */
export interface IndicatorCounts {
  readonly older: number;
  readonly olderWithDrugToAvoid: number;
  readonly ageUnknown: number;
  readonly palliative: number;
  readonly palliativeOpioid: number;
  readonly palliativeAnxiolytic: number;
  readonly palliativeBoth: number;
  readonly doseDispensed: number;
  readonly doseDispensedAgreeing: number;
}

/** What a group of patients (all, a care unit, a municipality, a month) adds up to. */
export interface GroupCounts {
  readonly patients: number;
  readonly patientsWithDiscrepancies: number;
  readonly discrepancies: number;
  readonly deviations: number;
  readonly serious: number;
  readonly deviationsByRiskBand: Tally;
  readonly findings: number;
  readonly findingsNotAssessable: number;
  readonly patientsWithFindings: number;
  readonly indicators: IndicatorCounts;
}

/**
 * The follow-up of a batch run (uppföljning): every count by kind, category, risk band, care unit,
 * municipality and month, the indicator counts, and the lines that could not be read. A monoid under
 * `combineAggregates` with `EMPTY_AGGREGATE`, so parts of a file (or several files) add up.
 */
export interface FollowupAggregate {
  readonly total: GroupCounts;
  readonly discrepanciesByKind: Tally;
  readonly deviationsByKind: Tally;
  readonly deviationsByCategory: Tally;
  readonly deviationsBySubcategory: Tally;
  readonly findingsByKind: Tally;
  readonly findingsByRule: Tally;
  readonly findingsNotAssessableByRule: Tally;
  /** Keyed by the group's name; null for patients whose result does not name one. */
  readonly byUnit: ReadonlyMap<string | null, GroupCounts>;
  readonly byMunicipality: ReadonlyMap<string | null, GroupCounts>;
  readonly byMonth: ReadonlyMap<string, GroupCounts>;
  readonly unreadable: { readonly lines: number; readonly first: ReadonlyArray<ResultLineProblem> };
}

/** How many unreadable lines an aggregate keeps to show. */
export const UNREADABLE_EXAMPLES = 20;

/** Risk bands lowest first, as charts stack them. */
export const RISK_BAND_ORDER: ReadonlyArray<RiskBand> = [...RISK_BANDS].reverse().map((b) => b.band);

const zeros = (keys: ReadonlyArray<string>): Tally => Object.fromEntries(keys.map((k) => [k, 0]));

const ZERO_INDICATORS: IndicatorCounts = {
  older: 0,
  olderWithDrugToAvoid: 0,
  ageUnknown: 0,
  palliative: 0,
  palliativeOpioid: 0,
  palliativeAnxiolytic: 0,
  palliativeBoth: 0,
  doseDispensed: 0,
  doseDispensedAgreeing: 0,
};

const ZERO_GROUP: GroupCounts = {
  patients: 0,
  patientsWithDiscrepancies: 0,
  discrepancies: 0,
  deviations: 0,
  serious: 0,
  deviationsByRiskBand: zeros(RISK_BAND_ORDER),
  findings: 0,
  findingsNotAssessable: 0,
  patientsWithFindings: 0,
  indicators: ZERO_INDICATORS,
};

/** The aggregate of no patients: the start of every fold. */
export const EMPTY_AGGREGATE: FollowupAggregate = {
  total: ZERO_GROUP,
  discrepanciesByKind: zeros(DISCREPANCY_KINDS),
  deviationsByKind: zeros(DISCREPANCY_KINDS),
  deviationsByCategory: {},
  deviationsBySubcategory: zeros(['ordination', 'dokumentation', 'kommunikation', 'administrering']),
  findingsByKind: zeros(FINDING_KINDS),
  findingsByRule: {},
  findingsNotAssessableByRule: {},
  byUnit: new Map(),
  byMunicipality: new Map(),
  byMonth: new Map(),
  unreadable: { lines: 0, first: [] },
};

// Counted in a Map and turned into an object by `Object.fromEntries`, which defines own properties:
// assigning `out[k]` would, for a category or rule named `__proto__`, set the prototype and drop the count.
const addTally = (a: Tally, b: Tally): Tally => {
  const out = new Map<string, number>(Object.entries(a));
  for (const [k, v] of Object.entries(b)) out.set(k, (out.get(k) ?? 0) + v);
  return Object.fromEntries(out);
};

const addIndicators = (a: IndicatorCounts, b: IndicatorCounts): IndicatorCounts => ({
  older: a.older + b.older,
  olderWithDrugToAvoid: a.olderWithDrugToAvoid + b.olderWithDrugToAvoid,
  ageUnknown: a.ageUnknown + b.ageUnknown,
  palliative: a.palliative + b.palliative,
  palliativeOpioid: a.palliativeOpioid + b.palliativeOpioid,
  palliativeAnxiolytic: a.palliativeAnxiolytic + b.palliativeAnxiolytic,
  palliativeBoth: a.palliativeBoth + b.palliativeBoth,
  doseDispensed: a.doseDispensed + b.doseDispensed,
  doseDispensedAgreeing: a.doseDispensedAgreeing + b.doseDispensedAgreeing,
});

/**
 * The counts of two groups together.
 *
 * @example
 * addGroups(groupOf(a), groupOf(b)).patients // 2
 */
export const addGroups = (a: GroupCounts, b: GroupCounts): GroupCounts => ({
  patients: a.patients + b.patients,
  patientsWithDiscrepancies: a.patientsWithDiscrepancies + b.patientsWithDiscrepancies,
  discrepancies: a.discrepancies + b.discrepancies,
  deviations: a.deviations + b.deviations,
  serious: a.serious + b.serious,
  deviationsByRiskBand: addTally(a.deviationsByRiskBand, b.deviationsByRiskBand),
  findings: a.findings + b.findings,
  findingsNotAssessable: a.findingsNotAssessable + b.findingsNotAssessable,
  patientsWithFindings: a.patientsWithFindings + b.patientsWithFindings,
  indicators: addIndicators(a.indicators, b.indicators),
});

const countOf = (keys: ReadonlyArray<string>): Record<string, number> => {
  const t = new Map<string, number>();
  for (const k of keys) t.set(k, (t.get(k) ?? 0) + 1);
  return Object.fromEntries(t);
};

/**
 * What one patient adds to a group.
 *
 * @example
 * groupOf(facts).patients // 1
 */
export const groupOf = (p: PatientFacts): GroupCounts => {
  const agrees = p.discrepancies.length === 0 && p.invalidItems === 0 && p.partlyReadItems === 0;
  const inj = p.palliativeInjections;
  const one = (b: boolean) => (b ? 1 : 0);
  return {
    patients: 1,
    patientsWithDiscrepancies: one(p.discrepancies.length > 0),
    discrepancies: p.discrepancies.length,
    deviations: p.deviations.length,
    serious: p.deviations.filter((d) => d.serious).length,
    deviationsByRiskBand: addTally(zeros(RISK_BAND_ORDER), countOf(p.deviations.map((d) => d.riskBand))),
    findings: p.findings.length,
    findingsNotAssessable: p.findings.filter((f) => f.assessment === 'not-assessable').length,
    patientsWithFindings: one(p.findings.length > 0),
    indicators: {
      older: one(p.older === true),
      olderWithDrugToAvoid: one(p.older === true && p.findings.some((f) => f.kind === 'avoid' && f.assessment === 'flagged')),
      ageUnknown: one(p.older === null),
      palliative: one(p.palliative),
      palliativeOpioid: one(p.palliative && inj?.pain === true),
      palliativeAnxiolytic: one(p.palliative && inj?.anxiety === true),
      palliativeBoth: one(p.palliative && inj?.pain === true && inj.anxiety),
      doseDispensed: one(p.doseDispensing === true),
      doseDispensedAgreeing: one(p.doseDispensing === true && agrees),
    },
  };
};

const addToMap = <K>(map: ReadonlyMap<K, GroupCounts>, key: K, g: GroupCounts): ReadonlyMap<K, GroupCounts> =>
  new Map(map).set(key, addGroups(map.get(key) ?? ZERO_GROUP, g));

const combineMaps = <K>(a: ReadonlyMap<K, GroupCounts>, b: ReadonlyMap<K, GroupCounts>): ReadonlyMap<K, GroupCounts> => {
  const out = new Map(a);
  for (const [k, g] of b) out.set(k, addGroups(out.get(k) ?? ZERO_GROUP, g));
  return out;
};

/**
 * Two aggregates together: of consecutive parts of a file, or of several files. With
 * `EMPTY_AGGREGATE` a monoid; the unreadable examples keep their order.
 *
 * @example
 * combineAggregates(aggregateOf(firstThousand), aggregateOf(nextThousand)).total.patients // 2000
 */
export const combineAggregates = (a: FollowupAggregate, b: FollowupAggregate): FollowupAggregate => ({
  total: addGroups(a.total, b.total),
  discrepanciesByKind: addTally(a.discrepanciesByKind, b.discrepanciesByKind),
  deviationsByKind: addTally(a.deviationsByKind, b.deviationsByKind),
  deviationsByCategory: addTally(a.deviationsByCategory, b.deviationsByCategory),
  deviationsBySubcategory: addTally(a.deviationsBySubcategory, b.deviationsBySubcategory),
  findingsByKind: addTally(a.findingsByKind, b.findingsByKind),
  findingsByRule: addTally(a.findingsByRule, b.findingsByRule),
  findingsNotAssessableByRule: addTally(a.findingsNotAssessableByRule, b.findingsNotAssessableByRule),
  byUnit: combineMaps(a.byUnit, b.byUnit),
  byMunicipality: combineMaps(a.byMunicipality, b.byMunicipality),
  byMonth: combineMaps(a.byMonth, b.byMonth),
  unreadable: { lines: a.unreadable.lines + b.unreadable.lines, first: [...a.unreadable.first, ...b.unreadable.first].slice(0, UNREADABLE_EXAMPLES) },
});

/**
 * The aggregate with one more patient.
 *
 * @example
 * addPatientFacts(EMPTY_AGGREGATE, facts).total.patients // 1
 */
export const addPatientFacts = (a: FollowupAggregate, p: PatientFacts): FollowupAggregate => {
  const g = groupOf(p);
  return {
    total: addGroups(a.total, g),
    discrepanciesByKind: addTally(a.discrepanciesByKind, countOf(p.discrepancies)),
    deviationsByKind: addTally(a.deviationsByKind, countOf(p.deviations.map((d) => d.kind))),
    deviationsByCategory: addTally(a.deviationsByCategory, countOf(p.deviations.map((d) => d.category))),
    deviationsBySubcategory: addTally(a.deviationsBySubcategory, countOf(p.deviations.map((d) => d.subcategory))),
    findingsByKind: addTally(a.findingsByKind, countOf(p.findings.map((f) => f.kind))),
    findingsByRule: addTally(a.findingsByRule, countOf(p.findings.map((f) => f.rule))),
    findingsNotAssessableByRule: addTally(a.findingsNotAssessableByRule, countOf(p.findings.filter((f) => f.assessment === 'not-assessable').map((f) => f.rule))),
    byUnit: addToMap(a.byUnit, p.unit, g),
    byMunicipality: addToMap(a.byMunicipality, p.municipality, g),
    byMonth: addToMap(a.byMonth, p.month, g),
    unreadable: a.unreadable,
  };
};

/**
 * The aggregate with one more line that could not be read.
 *
 * @example
 * addUnreadable(EMPTY_AGGREGATE, { line: 3, path: 'asOf', message: 'expected a date' }).unreadable.lines // 1
 */
export const addUnreadable = (a: FollowupAggregate, problem: ResultLineProblem): FollowupAggregate => ({
  ...a,
  unreadable: { lines: a.unreadable.lines + 1, first: a.unreadable.first.length < UNREADABLE_EXAMPLES ? [...a.unreadable.first, problem] : a.unreadable.first },
});

/**
 * The aggregate of a run of lines, each a patient's facts or a problem: one pass, in order.
 *
 * @example
 * aggregateOf([E.right(facts1), E.left(problem), E.right(facts2)]).total.patients // 2
 */
export const aggregateOf = (lines: Iterable<{ readonly _tag: 'Right'; readonly right: PatientFacts } | { readonly _tag: 'Left'; readonly left: ResultLineProblem }>): FollowupAggregate => {
  let a = EMPTY_AGGREGATE;
  for (const l of lines) a = l._tag === 'Right' ? addPatientFacts(a, l.right) : addUnreadable(a, l.left);
  return a;
};
