import type { Finding } from '../checks';
import type { Deviation } from '../classify';
import { HANDOVER_FORMAT, HANDOVER_VERSION, type Changes, type HandoverLine, type HandoverList, type HandoverSources, type Validity } from '../handover';
import type { InvalidItem, IsoDate, PartlyReadItem } from '../model';
import type { LineStatus } from '../reconcile';
import { deviationText } from './incident-report';
import { validityText } from './handover-html';
import type { ChecksJson } from './json';

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
  readonly lines: ReadonlyArray<HandoverLine>;
  readonly inactive: ReadonlyArray<HandoverLine>;
  readonly deviations: ReadonlyArray<Deviation & { readonly text: string }>;
  readonly changes: Changes;
  readonly invalid: ReadonlyArray<InvalidItem>;
  /** Items on the list with fields that could not be read (unknown), the same shape as `invalid` entries. */
  readonly problems: ReadonlyArray<PartlyReadItem>;
  /** What the clinical checks applied (rules' version, age, 75 and over, palliative injections). */
  readonly checks: ChecksJson;
  /** Läkemedelsgenomgång — att överväga: the clinical checks' findings, apart from the deviations. */
  readonly findings: ReadonlyArray<Finding>;
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
    lines: list.lines,
    inactive: list.inactive,
    deviations: list.deviations.map((d) => ({ ...d, text: deviationText(d) })),
    changes: list.changes,
    invalid: list.invalid,
    problems: list.problems,
    checks: withoutFindings(list),
    findings: list.checks.findings,
  };
};

const withoutFindings = (list: HandoverList): ChecksJson => {
  const { findings: _findings, ...checks } = list.checks;
  return checks;
};
