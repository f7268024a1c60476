import type { Finding } from '../checks';
import type { Deviation } from '../classify';
import type { DecisionProblem, DecisionRecord, DecisionState, OrderedCorrection } from '../decisions';
import type { Discrepancy } from '../diff';
import { HANDOVER_FORMAT, HANDOVER_VERSION, type Changes, type HandoverLine, type HandoverList, type HandoverSources, type LineDecision, type Validity } from '../handover';
import type { InvalidItem, IsoDate, ItemId, PartlyReadItem } from '../model';
import type { LineBasis, LineStatus } from '../reconcile';
import { deviationText } from './incident-report';
import { validityText } from './handover-html';
import type { ChecksJson } from './json';

/**
 * A line of the handover list in the JSON contract: the line with its items written as their ids, by
 * list (`cosmic`, `pascal`), where the list itself holds the items.
 *
 * @example
 * { "key": "furosemid", "drug": "furosemid", "status": "needs-decision", "basis": "same-product", "cosmic": ["C-2"], "pascal": ["P-2"], "supply": ["prescription"], "deviations": ["dose:C-2:P-2"], "columns": { … } }
 */
export interface HandoverLineJson {
  readonly key: string;
  readonly drug: string;
  readonly status: LineStatus;
  readonly basis: LineBasis;
  readonly cosmic: ReadonlyArray<ItemId>;
  readonly pascal: ReadonlyArray<ItemId>;
  readonly supply: HandoverLine['supply'];
  readonly deviations: ReadonlyArray<string>;
  readonly columns: HandoverLine['columns'];
  readonly decisions?: ReadonlyArray<LineDecision>;
}

/**
 * A discrepancy as the handover JSON writes it in a deviation: its kind, drug, the ids of its items
 * by list, and both values (the items themselves are on the list's lines).
 *
 * @example
 * { "kind": "dose", "drug": "furosemid", "cosmic": ["C-2"], "pascal": ["P-2"], "values": { "cosmic": { … }, "pascal": { … } } }
 */
export type HandoverDiscrepancyJson = Discrepancy extends infer D ? (D extends Discrepancy ? Omit<D, 'items'> : never) : never;

/**
 * A deviation in the handover JSON: the full record (evidence of the intent, steps of the action),
 * its discrepancy as `HandoverDiscrepancyJson`, and a Swedish `text`.
 *
 * @example
 * { "id": "dose:C-2:P-2", "discrepancy": { "kind": "dose", … }, "riskScore": 12, …, "text": "…" }
 */
export type HandoverDeviationJson = Omit<Deviation, 'discrepancy'> & { readonly discrepancy: HandoverDiscrepancyJson; readonly text: string };

/**
 * The handover list as JSON (`medrec handover --format json`), version HANDOVER_VERSION: everything of
 * the list, with a Swedish `text` per deviation and for the validity, and counts in `summary`. A file
 * of this shape is what `--previous` reads back.
 */
export interface HandoverJson {
  readonly format: typeof HANDOVER_FORMAT;
  readonly version: typeof HANDOVER_VERSION;
  readonly asOf: IsoDate;
  readonly patient: { readonly id: string; readonly birthDate?: string; readonly municipality?: string; readonly palliative?: boolean };
  readonly sources: HandoverSources;
  readonly validity: Validity & { readonly text: string };
  readonly summary: {
    readonly lines: Readonly<Record<LineStatus, number>>;
    readonly deviations: number;
    readonly serious: number;
    readonly changes: number;
    readonly invalidItems: number;
    readonly partlyReadItems: number;
    readonly findings: number;
  };
  readonly lines: ReadonlyArray<HandoverLineJson>;
  readonly inactive: ReadonlyArray<HandoverLineJson>;
  readonly deviations: ReadonlyArray<HandoverDeviationJson>;
  readonly changes: Changes;
  readonly invalid: ReadonlyArray<InvalidItem>;
  /** Items on the list with fields that could not be read (unknown), the same shape as `invalid` entries. */
  readonly problems: ReadonlyArray<PartlyReadItem>;
  /** What the clinical checks applied (rules' version, age, 75 and over, palliative injections). */
  readonly checks: ChecksJson;
  /** Läkemedelsgenomgång — att överväga: the clinical checks' findings, apart from the deviations. */
  readonly findings: ReadonlyArray<Finding>;
  /**
   * With decisions (`--decisions`, added to version 1): each decision with its `state` (`done`,
   * `pending`, `stale`), the corrections ordered in each system (`overdue` when pending longer than the
   * threshold: a finding), the problems found in the decisions documents, and their counts.
   */
  readonly decisions?: ReadonlyArray<DecisionRecord>;
  readonly corrections?: ReadonlyArray<OrderedCorrection>;
  readonly decisionProblems?: ReadonlyArray<DecisionProblem>;
  readonly decisionSummary?: {
    readonly states: Readonly<Record<DecisionState, number>>;
    readonly undecided: number;
    readonly corrections: number;
    readonly overdueCorrections: number;
    readonly problems: number;
  };
}

/**
 * The JSON contract of a handover list, as a plain value ready for `JSON.stringify`.
 *
 * @example
 * JSON.stringify(toHandoverJson(list), null, 2)
 * // { "format": "medrec-handover", "version": 1, "asOf": "2026-11-20", "validity": { "kind": "not-valid", ... }, "lines": [...], ... }
 */
export const toHandoverJson = (list: HandoverList): HandoverJson => {
  const lines: Record<LineStatus, number> = { 'needs-decision': 0, agreed: 0, 'not-on-prescription': 0, inactive: 0 };
  for (const l of [...list.lines, ...list.inactive]) lines[l.status] += 1;
  const { id, birthDate, municipality, palliative } = list.patient;
  return {
    format: HANDOVER_FORMAT,
    version: HANDOVER_VERSION,
    asOf: list.asOf,
    patient: {
      id,
      ...(birthDate === undefined ? {} : { birthDate }),
      ...(municipality === undefined ? {} : { municipality }),
      ...(palliative === undefined ? {} : { palliative }),
    },
    sources: list.sources,
    validity: { ...list.validity, text: validityText(list.validity) },
    summary: {
      lines,
      deviations: list.deviations.length,
      serious: list.deviations.filter((d) => d.serious).length,
      changes: list.changes.entries.length,
      invalidItems: list.invalid.length,
      partlyReadItems: list.problems.length,
      findings: list.checks.findings.length,
    },
    lines: list.lines.map(lineJson),
    inactive: list.inactive.map(lineJson),
    deviations: list.deviations.map((d) => ({ ...d, discrepancy: discrepancyJson(d.discrepancy), text: deviationText(d) })),
    changes: list.changes,
    invalid: list.invalid,
    problems: list.problems,
    checks: withoutFindings(list),
    findings: list.checks.findings,
    ...decisionsJson(list),
  };
};

/** A line field by field, its items as their ids (the order of the fields is the contract's). */
const lineJson = (l: HandoverLine): HandoverLineJson => ({
  key: l.key,
  drug: l.drug,
  status: l.status,
  basis: l.basis,
  cosmic: l.items.cosmic.map((i) => i.id),
  pascal: l.items.pascal.map((i) => i.id),
  supply: l.supply,
  deviations: l.deviations,
  columns: l.columns,
  ...(l.decisions === undefined ? {} : { decisions: l.decisions }),
});

/** A discrepancy without its items (the contract names them by id). */
const discrepancyJson = (d: Discrepancy): HandoverDiscrepancyJson => {
  const { items: _items, ...rest } = d;
  return rest as HandoverDiscrepancyJson;
};

const decisionsJson = (list: HandoverList): Pick<HandoverJson, 'decisions' | 'corrections' | 'decisionProblems' | 'decisionSummary'> => {
  const decided = list.decided;
  if (decided === undefined) return {};
  const states: Record<DecisionState, number> = { done: 0, pending: 0, stale: 0 };
  for (const d of decided.decisions) states[d.state] += 1;
  return {
    decisions: decided.decisions,
    corrections: decided.corrections,
    decisionProblems: decided.problems,
    decisionSummary: {
      states,
      undecided: decided.undecided.length,
      corrections: decided.corrections.length,
      overdueCorrections: decided.corrections.filter((c) => c.overdue).length,
      problems: decided.problems.length,
    },
  };
};

const withoutFindings = (list: HandoverList): ChecksJson => {
  const { findings: _findings, ...checks } = list.checks;
  return checks;
};
