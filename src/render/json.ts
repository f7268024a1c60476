import { checkList, type Finding, type ListChecks } from '../checks';
import type { Deviation, RiskBand, Subcategory } from '../classify';
import type { DiscrepancyKind } from '../diff';
import type { InvalidItem, PartlyReadItem } from '../model';
import type { Line, LineStatus, Reconciliation } from '../reconcile';
import { discrepancyText } from './discrepancy-text';

/** The version of the JSON contract below; raised when a field changes meaning or goes away. */
export const JSON_FORMAT_VERSION = 1;

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
    readonly lines: Readonly<Record<LineStatus, number>>;
    readonly discrepancies: Partial<Readonly<Record<DiscrepancyKind, number>>>;
  };
  readonly lines: ReadonlyArray<Line>;
  readonly discrepancies: ReadonlyArray<{
    readonly kind: DiscrepancyKind;
    readonly drug: string;
    readonly cosmic: ReadonlyArray<string>;
    readonly pascal: ReadonlyArray<string>;
    readonly values: { readonly cosmic: unknown; readonly pascal: unknown };
    readonly text: string;
  }>;
  readonly deviations: ReadonlyArray<DeviationJson>;
  readonly invalid: ReadonlyArray<InvalidItem>;
  /**
   * Items with fields that could not be read: each is in its line, those fields unknown (an unknown
   * field against a stated one is `not-comparable`); the same shape as `invalid` entries.
   */
  readonly problems: ReadonlyArray<PartlyReadItem>;
  /** What the clinical checks applied: the rules' version, the age and its basis, 75 and over, palliative and its injections. */
  readonly checks: ChecksJson;
  /** The clinical checks' findings (läkemedelsgenomgång — att överväga): advice, apart from the discrepancies. */
  readonly findings: ReadonlyArray<Finding>;
}

/** The clinical checks of the list in the JSON, without their findings (which have their own array). */
export type ChecksJson = Omit<ListChecks, 'findings'>;

/**
 * A deviation in the reconciliation's JSON: what it is about, how it is classified and scored, whether
 * a documented change explains it, and what must be done. The handover JSON carries the full record
 * (with the evidence behind the intent and the steps of the action).
 */
export interface DeviationJson {
  readonly id: string;
  readonly discrepancy: { readonly kind: DiscrepancyKind; readonly cosmic: ReadonlyArray<string>; readonly pascal: ReadonlyArray<string> };
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

/**
 * The JSON contract of a reconciliation, as a plain value ready for `JSON.stringify`.
 *
 * @example
 * JSON.stringify(toJson(result), null, 2)
 * // { "version": 1, "asOf": "2026-11-20", "patient": { "id": "19121212-1212" }, "lines": [...], "discrepancies": [...], "invalid": [] }
 */
export const toJson = (r: Reconciliation): ReconciliationJson => {
  const lines: Record<LineStatus, number> = { 'needs-decision': 0, agreed: 0, 'not-on-prescription': 0, inactive: 0 };
  for (const l of r.lines) lines[l.status] += 1;
  const kinds: Partial<Record<DiscrepancyKind, number>> = {};
  for (const d of r.discrepancies) kinds[d.kind] = (kinds[d.kind] ?? 0) + 1;
  const { id, birthDate, municipality, palliative } = r.patient;
  const { findings, ...checks } = checkList(r);
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
    lines: r.lines,
    discrepancies: r.discrepancies.map((d) => ({
      ...d,
      text: discrepancyText(d),
    })),
    deviations: r.deviations.map(deviationJson),
    invalid: r.invalid,
    problems: r.problems,
    checks,
    findings,
  };
};
