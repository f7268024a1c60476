import { checkList, type Finding, type ListChecks } from '../checks';
import type { Deviation, RiskBand, Subcategory } from '../classify';
import type { Discrepancy } from '../diff';
import type { InvalidItem, PartlyReadItem } from '../model';
import type { Line, Reconciliation } from '../reconcile';
import { discrepancyText } from './discrepancy-text';

/** The version of the JSON contract below; raised when a field changes meaning or goes away. */
export const JSON_FORMAT_VERSION = 1;

// The JSON contract (`--format json`, `toJson`) has its own types, apart from the engine's: an internal
// type can change (a field added to `Line` for another stage) without changing v1, which changes
// only on purpose, here. Golden files (test/render/golden) hold the bytes in place.

/** A line's state in the contract: what needs a decision, agreed, not on prescription, or not in force. */
export type LineStatusJson = 'needs-decision' | 'agreed' | 'not-on-prescription' | 'inactive';

/** The kinds of discrepancy in the contract (README, section Discrepancies). */
export type DiscrepancyKindJson =
  | 'missing-in-pascal'
  | 'missing-in-cosmic'
  | 'dose'
  | 'schedule'
  | 'strength'
  | 'form'
  | 'route'
  | 'as-needed'
  | 'status'
  | 'period'
  | 'prescription-expired'
  | 'dispensing'
  | 'duplicate'
  | 'purpose'
  | 'text-mismatch'
  | 'not-comparable';

/**
 * One line of the reconciled list in the contract: its state, drug, what brought its items together,
 * their ids by list, whether anything on it is in force, and the kinds of its discrepancies.
 *
 * @example
 * { "status": "needs-decision", "drug": "furosemid", "basis": "same-product", "cosmic": ["C-2"], "pascal": ["P-2"], "active": true, "discrepancies": ["dose"] }
 */
export interface LineJson {
  readonly status: LineStatusJson;
  readonly drug: string;
  readonly basis: 'npl-id' | 'code' | 'same-product' | 'same-substance' | 'atc' | 'combination' | 'unpaired';
  readonly cosmic: ReadonlyArray<string>;
  readonly pascal: ReadonlyArray<string>;
  readonly active: boolean;
  readonly discrepancies: ReadonlyArray<DiscrepancyKindJson>;
}

/**
 * A discrepancy in the contract: its kind, drug, the items on each list, both values (shaped by the
 * kind, as README's section Discrepancies describes; null for a list that has none) and a Swedish text.
 *
 * @example
 * { "kind": "dose", "drug": "furosemid", "cosmic": ["C-2"], "pascal": ["P-2"], "values": { "cosmic": { … }, "pascal": { … } }, "text": "…" }
 */
export interface DiscrepancyJson {
  readonly kind: DiscrepancyKindJson;
  readonly drug: string;
  readonly cosmic: ReadonlyArray<string>;
  readonly pascal: ReadonlyArray<string>;
  readonly values: { readonly cosmic: unknown; readonly pascal: unknown };
  readonly text: string;
}

/** Where in an item a problem was found and what was expected. @example `{ "path": "ordinations[1].period.start", "message": "…" }` */
export interface ProblemJson {
  readonly path: string;
  readonly message: string;
}

/**
 * An item that could not be read, in the contract: its list, id where readable, position, the first
 * problem's path and message, and every problem.
 *
 * @example
 * { "source": "cosmic", "id": "C-2", "index": 1, "path": "ordinations[1].period.start", "message": "…", "problems": [ … ] }
 */
export interface InvalidItemJson {
  readonly source: 'cosmic' | 'pascal';
  readonly id: string | null;
  readonly index: number;
  readonly path: string;
  readonly message: string;
  readonly problems: ReadonlyArray<ProblemJson>;
}

/**
 * An item with fields that could not be read (`problems[]`): in its line, those fields unknown; the
 * shape of an `invalid` entry, with the item's own id.
 *
 * @example
 * { "source": "cosmic", "id": "C-11", "index": 10, "path": "ordinations[10].dosage.doses[0].time", "message": "expected HH:MM, got \"8.00\"", "problems": [ … ] }
 */
export interface PartlyReadItemJson {
  readonly source: 'cosmic' | 'pascal';
  readonly id: string;
  readonly index: number;
  readonly path: string;
  readonly message: string;
  readonly problems: ReadonlyArray<ProblemJson>;
}

/** A daily dose on one list in a finding: an amount, or why it could not be computed (with the least known). */
export type SideDoseJson =
  | { readonly kind: 'amount'; readonly value: number; readonly unit: string; readonly asNeededMax: number | null }
  | { readonly kind: 'not-assessable'; readonly reason: 'dosage-not-understood' | 'no-strength' | 'units-do-not-convert' | 'as-needed-without-maximum' | 'unreadable'; readonly atLeast: number | null };

/** What a finding measured, shaped by its kind (README, section Clinical checks). */
export type FindingValueJson =
  | { readonly kind: 'drug' }
  | {
      readonly kind: 'daily-dose';
      readonly substance: string;
      readonly limit: { readonly value: number; readonly unit: string };
      readonly total: SideDoseJson;
      readonly lines: ReadonlyArray<{ readonly drug: string; readonly cosmic: SideDoseJson | null; readonly pascal: SideDoseJson | null }>;
    }
  | { readonly kind: 'regimen'; readonly since: string | null; readonly longerThan: string }
  | { readonly kind: 'count'; readonly count: number; readonly from: number; readonly group: string | null }
  | { readonly kind: 'missing-injection'; readonly need: 'pain' | 'anxiety' | 'nausea' | 'rattle' }
  | { readonly kind: 'expiry'; readonly validUntil: string; readonly daysLeft: number; readonly horizonDays: number; readonly doseDispensed: boolean };

/**
 * A finding of the clinical checks in the contract (läkemedelsgenomgång — att överväga): advice,
 * apart from the discrepancies.
 *
 * @example
 * { "id": "regimen-hypnotic:P-4", "kind": "regimen", "rule": "regimen-hypnotic", "assessment": "flagged", "drug": "zopiklon", … }
 */
export interface FindingJson {
  readonly id: string;
  readonly kind: 'avoid' | 'dose' | 'regimen' | 'polypharmacy' | 'psychotropics' | 'same-group' | 'palliative' | 'expiring-prescription';
  readonly rule: string;
  readonly assessment: 'flagged' | 'not-assessable';
  readonly drug: string;
  readonly drugs: ReadonlyArray<string>;
  readonly cosmic: ReadonlyArray<string>;
  readonly pascal: ReadonlyArray<string>;
  readonly source: { readonly id: string; readonly citation: string };
  readonly value: FindingValueJson;
  readonly text: string;
}

/**
 * What the clinical checks applied, in the contract: the rules' version, the age and what it was read
 * from, 75 and over, palliative and which as-needed injections are prescribed.
 *
 * @example
 * { "rulesVersion": 1, "age": 113, "ageBasis": "personnummer", "older": true, "palliative": false, "palliativeInjections": null }
 */
export interface ChecksJson {
  readonly rulesVersion: number;
  readonly age: number | null;
  readonly ageBasis: 'personnummer' | 'samordningsnummer' | 'birthDate' | null;
  readonly older: boolean | null;
  readonly palliative: boolean;
  readonly palliativeInjections: { readonly pain: boolean; readonly anxiety: boolean; readonly nausea: boolean; readonly rattle: boolean } | null;
}

/**
 * The stable JSON form of a reconciliation (the `--format json` contract): every field of the result
 * that integrators read, plus a Swedish `text` per discrepancy and counts in `summary`.
 */
export interface ReconciliationJson {
  readonly version: number;
  readonly asOf: string;
  readonly patient: { readonly id: string; readonly birthDate?: string; readonly municipality?: string; readonly palliative?: boolean };
  readonly summary: {
    readonly cosmicItems: number;
    readonly pascalItems: number;
    readonly invalidItems: number;
    readonly partlyReadItems: number;
    readonly lines: Readonly<Record<LineStatusJson, number>>;
    readonly discrepancies: Partial<Readonly<Record<DiscrepancyKindJson, number>>>;
  };
  readonly lines: ReadonlyArray<LineJson>;
  readonly discrepancies: ReadonlyArray<DiscrepancyJson>;
  readonly deviations: ReadonlyArray<DeviationJson>;
  readonly invalid: ReadonlyArray<InvalidItemJson>;
  /**
   * Items with fields that could not be read: each is in its line, those fields unknown (an unknown
   * field against a stated one is `not-comparable`); the same shape as `invalid` entries.
   */
  readonly problems: ReadonlyArray<PartlyReadItemJson>;
  /** What the clinical checks applied: the rules' version, the age and its basis, 75 and over, palliative and its injections. */
  readonly checks: ChecksJson;
  /** The clinical checks' findings (läkemedelsgenomgång — att överväga): advice, apart from the discrepancies. */
  readonly findings: ReadonlyArray<FindingJson>;
}

/**
 * A deviation in the reconciliation's JSON: what it is about, how it is classified and scored, whether
 * a documented change explains it, and what must be done. The handover JSON carries the full record
 * (with the evidence behind the intent and the steps of the action).
 */
export interface DeviationJson {
  readonly id: string;
  readonly discrepancy: { readonly kind: DiscrepancyKindJson; readonly cosmic: ReadonlyArray<string>; readonly pascal: ReadonlyArray<string> };
  readonly category: string;
  readonly subcategory: Subcategory;
  readonly consequence: number;
  readonly probability: number;
  readonly riskScore: number;
  readonly riskBand: RiskBand;
  readonly serious: boolean;
  readonly intent: Deviation['intent']['kind'];
  readonly action: { readonly sv: string; readonly en: string };
}

const deviationJson = (d: Deviation): DeviationJson => ({
  id: d.id,
  discrepancy: { kind: d.discrepancy.kind, cosmic: d.discrepancy.cosmic, pascal: d.discrepancy.pascal },
  category: d.category,
  subcategory: d.subcategory,
  consequence: d.consequence,
  probability: d.probability,
  riskScore: d.riskScore,
  riskBand: d.riskBand,
  serious: d.serious,
  intent: d.intent.kind,
  action: { sv: d.action.sv, en: d.action.en },
});

/** A line in the contract, field by field (a field added to the internal `Line` stays out of v1). */
const lineJson = (l: Line): LineJson => ({
  status: l.status,
  drug: l.drug,
  basis: l.basis,
  cosmic: l.items.cosmic.map((i) => i.id),
  pascal: l.items.pascal.map((i) => i.id),
  active: l.active,
  discrepancies: l.discrepancies.map((d) => d.kind),
});

const discrepancyJson = (d: Discrepancy): DiscrepancyJson => ({
  kind: d.kind,
  drug: d.drug,
  cosmic: d.cosmic,
  pascal: d.pascal,
  values: { cosmic: d.values.cosmic, pascal: d.values.pascal },
  text: discrepancyText(d),
});

const invalidJson = (i: InvalidItem): InvalidItemJson => ({
  source: i.source,
  id: i.id,
  index: i.index,
  path: i.path,
  message: i.message,
  problems: i.problems.map((p) => ({ path: p.path, message: p.message })),
});

const partlyReadJson = (i: PartlyReadItem): PartlyReadItemJson => ({
  source: i.source,
  id: i.id,
  index: i.index,
  path: i.path,
  message: i.message,
  problems: i.problems.map((p) => ({ path: p.path, message: p.message })),
});

const findingJson = (f: Finding): FindingJson => ({
  id: f.id,
  kind: f.kind,
  rule: f.rule,
  assessment: f.assessment,
  drug: f.drug,
  drugs: f.drugs,
  cosmic: f.cosmic,
  pascal: f.pascal,
  source: { id: f.source.id, citation: f.source.citation },
  value: f.value,
  text: f.text,
});

const checksJson = (c: ListChecks): ChecksJson => ({
  rulesVersion: c.rulesVersion,
  age: c.age,
  ageBasis: c.ageBasis,
  older: c.older,
  palliative: c.palliative,
  palliativeInjections: c.palliativeInjections,
});

/**
 * The JSON contract of a reconciliation, as a plain value ready for `JSON.stringify`. `checks` is the
 * result of `checkList(r)` where the caller has it already (the checks then run once); without it,
 * they run here.
 *
 * @example
 * JSON.stringify(toJson(result), null, 2)
 * // { "version": 1, "asOf": "2026-11-20", "patient": { "id": "19121212-1212" }, "lines": [...], "discrepancies": [...], "invalid": [] }
 * const checks = checkList(result);
 * toJson(result, checks).findings.length === checks.findings.length // true
 */
export const toJson = (r: Reconciliation, checks: ListChecks = checkList(r)): ReconciliationJson => {
  const lines: Record<LineStatusJson, number> = { 'needs-decision': 0, agreed: 0, 'not-on-prescription': 0, inactive: 0 };
  for (const l of r.lines) lines[l.status] += 1;
  const kinds: Partial<Record<DiscrepancyKindJson, number>> = {};
  for (const d of r.discrepancies) kinds[d.kind] = (kinds[d.kind] ?? 0) + 1;
  const { id, birthDate, municipality, palliative } = r.patient;
  return {
    version: JSON_FORMAT_VERSION,
    asOf: r.asOf,
    patient: {
      id,
      ...(birthDate === undefined ? {} : { birthDate }),
      ...(municipality === undefined ? {} : { municipality }),
      ...(palliative === undefined ? {} : { palliative }),
    },
    summary: { cosmicItems: r.items.cosmic.length, pascalItems: r.items.pascal.length, invalidItems: r.invalid.length, partlyReadItems: r.problems.length, lines, discrepancies: kinds },
    lines: r.lines.map(lineJson),
    discrepancies: r.discrepancies.map(discrepancyJson),
    deviations: r.deviations.map(deviationJson),
    invalid: r.invalid.map(invalidJson),
    problems: r.problems.map(partlyReadJson),
    checks: checksJson(checks),
    findings: checks.findings.map(findingJson),
  };
};
