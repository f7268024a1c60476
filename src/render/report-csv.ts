import { redactPersonnummer } from '../model';
import { RISK_BAND_ORDER, type FollowupReport, type GroupRow, type NamedRow } from '../followup';

/** A CSV file of the report: its file name and text. */
export interface CsvFile {
  readonly name: string;
  readonly text: string;
}

type Cell = string | number | boolean | null;

/**
 * One CSV field (RFC 4180): quoted when it holds a comma, quote or line break; text that a
 * spreadsheet would run as a formula (starting with = + - @) gets a leading apostrophe; null is empty.
 *
 * @example
 * csvField('Medicinkliniken, avdelning 9') // '"Medicinkliniken, avdelning 9"'
 * csvField('=1+1')                         // "'=1+1"
 */
export const csvField = (v: Cell): string => csvFieldAsWritten(typeof v === 'string' ? redactPersonnummer(v) : v);

/**
 * A CSV field as `csvField` writes it, but not redacted: only for a patient id that a reader asked to
 * see in full (`--show-personnummer`).
 *
 * @example
 * csvFieldAsWritten('19121212-1212') // '19121212-1212'
 */
export const csvFieldAsWritten = (v: Cell): string => {
  if (v === null) return '';
  if (typeof v === 'number') return Number.isFinite(v) ? String(Math.round(v * 1e6) / 1e6) : '';
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  const text = v;
  const safe = /^[=+\-@\t\r]/u.test(text) ? `'${text}` : text;
  return /[",\n\r]/u.test(safe) ? `"${safe.replace(/"/gu, '""')}"` : safe;
};

const csv = (head: ReadonlyArray<string>, rows: ReadonlyArray<ReadonlyArray<Cell>>): string => [head, ...rows].map((r) => r.map(csvField).join(',')).join('\n') + '\n';

const groupHead = (first: string, sample: GroupRow | undefined): ReadonlyArray<string> => [
  first,
  'patients',
  'patients_with_discrepancies',
  'discrepancies',
  'deviations',
  'serious',
  ...RISK_BAND_ORDER.map((b) => `deviations_${b.replace('-', '_')}`),
  'deviations_per_patient',
  'findings',
  'findings_not_assessable',
  'patients_with_findings',
  'age_unknown',
  ...(sample?.indicators ?? []).flatMap((v) => [`${v.id}_numerator`, `${v.id}_denominator`, `${v.id}_share`]),
];

const groupCells = (r: GroupRow): ReadonlyArray<Cell> => [
  r.patients,
  r.patientsWithDiscrepancies,
  r.discrepancies,
  r.deviations,
  r.serious,
  ...RISK_BAND_ORDER.map((b) => r.deviationsByRiskBand[b]),
  r.deviationsPerPatient,
  r.findings,
  r.findingsNotAssessable,
  r.patientsWithFindings,
  r.ageUnknown,
  ...r.indicators.flatMap((v) => [v.numerator, v.denominator, v.share]),
];

const groups = (first: string, rows: ReadonlyArray<NamedRow>, total: GroupRow): string => csv(groupHead(first, total), rows.map((r) => [r.key, ...groupCells(r)]));

/**
 * The report as CSV files, one table each, for spreadsheets and statistics tools: UTF-8, comma
 * separated, a header row of English column names, numbers with a decimal point, shares as fractions
 * (0.956), keys as in the JSON (`dose`, `very-high`), empty for a missing value.
 *
 * @example
 * followupCsv(report).map((f) => f.name)
 * // ['totals.csv', 'indicators.csv', 'discrepancies-by-kind.csv', …, 'municipalities.csv']
 */
export const followupCsv = (r: FollowupReport): ReadonlyArray<CsvFile> => [
  { name: 'totals.csv', text: csv(groupHead('period', r.totals), [[r.period.first === null ? null : `${r.period.first}/${r.period.last}`, ...groupCells(r.totals)]]) },
  {
    name: 'indicators.csv',
    text: csv(
      ['indicator', 'description', 'numerator', 'denominator', 'share', 'target', 'target_share', 'met', 'source'],
      r.indicators.map((v) => [v.id, v.sv, v.numerator, v.denominator, v.share, v.target.kind, v.target.kind === 'at-least' ? v.target.share : null, v.met, v.source]),
    ),
  },
  { name: 'discrepancies-by-kind.csv', text: csv(['kind', 'count'], r.discrepanciesByKind.map((k) => [k.kind, k.count])) },
  { name: 'deviations-by-kind.csv', text: csv(['kind', 'count'], r.deviations.byKind.map((k) => [k.kind, k.count])) },
  { name: 'deviations-by-category.csv', text: csv(['category', 'count'], r.deviations.byCategory.map((k) => [k.category, k.count])) },
  { name: 'deviations-by-subcategory.csv', text: csv(['subcategory', 'count'], r.deviations.bySubcategory.map((k) => [k.subcategory, k.count])) },
  { name: 'deviations-by-risk-band.csv', text: csv(['risk_band', 'count'], r.deviations.byRiskBand.map((k) => [k.band, k.count])) },
  { name: 'findings-by-kind.csv', text: csv(['kind', 'count'], r.findings.byKind.map((k) => [k.kind, k.count])) },
  { name: 'findings-by-rule.csv', text: csv(['rule', 'kind', 'description', 'count', 'not_assessable'], r.findings.byRule.map((k) => [k.rule, k.kind, k.sv, k.count, k.notAssessable])) },
  { name: 'months.csv', text: groups('month', r.months, r.totals) },
  { name: 'units.csv', text: groups('unit', r.units, r.totals) },
  { name: 'municipalities.csv', text: groups('municipality', r.municipalities, r.totals) },
];
