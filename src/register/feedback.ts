import { shownPatientId } from '../batch';
import { csvField, csvFieldAsWritten } from '../render';
import { kindSv, riskBandSv } from './labels';
import type { DecisionFacts, DeviationRow } from './row';
import { daysBetween } from './status';
import type { RegisterStore } from './store';

/** One deviation on a municipality's feedback (återkoppling): what, whose (masked unless asked), how old, decided by whom, what is pending. */
export interface FeedbackRow {
  readonly patient: string;
  readonly unit: string | null;
  readonly drug: string;
  readonly kind: string;
  readonly kindSv: string;
  readonly riskBand: string;
  readonly riskBandSv: string;
  readonly serious: boolean;
  readonly firstSeen: string;
  readonly openedOn: string;
  readonly resolvedOn: string | null;
  /** Days open so far (open) or days it took (resolved). */
  readonly days: number;
  readonly reopened: number;
  readonly decision: string;
  readonly pending: string;
  readonly text: string;
}

/** A municipality's feedback: its open deviations (oldest first), the ones resolved in the last `recentDays`, as of the latest run. */
export interface Feedback {
  readonly municipality: string;
  readonly asOf: string | null;
  readonly recentDays: number;
  readonly showPersonnummer: boolean;
  readonly open: ReadonlyArray<FeedbackRow>;
  readonly recentlyResolved: ReadonlyArray<FeedbackRow>;
}

const CHOICE_SV: Readonly<Record<DecisionFacts['choice'], { readonly decided: string; readonly pending: string }>> = {
  cosmic: { decided: 'journalen (Cosmic) är rätt', pending: 'e-receptlistan (Pascal) ska rättas' },
  pascal: { decided: 'e-receptlistan (Pascal) är rätt', pending: 'journalens ordination (Cosmic) ska rättas' },
  neither: { decided: 'inget av värdena: nytt värde beslutat', pending: 'båda listorna ska ändras till det beslutade värdet' },
  stop: { decided: 'sätts ut', pending: 'utsättning i båda listorna' },
  keep: { decided: 'dubbletten tas bort', pending: 'den överflödiga posten ska tas bort' },
};

const ROLE_SV = new Map([
  ['physician', 'läkare'],
  ['pharmacist', 'farmaceut'],
  ['nurse', 'sjuksköterska'],
]);

const decisionText = (d: DecisionFacts | null): string => {
  if (d === null) return 'inget beslut';
  const role = d.role === null ? '' : `, ${ROLE_SV.get(d.role) ?? d.role}`;
  const proposal = d.role !== null && d.role !== 'physician' ? 'förslag: ' : '';
  return `${proposal}${CHOICE_SV[d.choice].decided} (${d.decidedBy}${role}, ${d.decidedAt.slice(0, 10)})`;
};

const pendingText = (r: DeviationRow): string => {
  if (r.resolvedOn !== null) return 'åtgärdad';
  if (r.decision === null) return 'beslut av ansvarig läkare saknas';
  if (r.decision.role !== null && r.decision.role !== 'physician') return 'läkarbeslut saknas (förslag finns)';
  return CHOICE_SV[r.decision.choice].pending;
};

const rowOf = (r: DeviationRow, asOf: string, show: boolean): FeedbackRow => ({
  patient: show ? r.patientId : shownPatientId(r.patientId),
  unit: r.unit,
  drug: r.drug,
  kind: r.kind,
  kindSv: kindSv(r.kind),
  riskBand: r.riskBand,
  riskBandSv: riskBandSv(r.riskBand),
  serious: r.serious,
  firstSeen: r.firstSeen,
  openedOn: r.openedOn,
  resolvedOn: r.resolvedOn,
  days: Math.max(0, daysBetween(r.openedOn, r.resolvedOn ?? asOf)),
  reopened: r.reopened,
  decision: decisionText(r.decision),
  pending: pendingText(r),
  text: r.text,
});

/**
 * The feedback to one municipality from its deviations in the register: open ones (serious first,
 * then oldest), and those resolved within `recentDays` of the latest run (latest first). Patient ids
 * are masked (`19121212-****`) unless `showPersonnummer`. Pure.
 *
 * @example
 * feedbackOf(rows, { municipality: 'Karlstad', asOf: '2026-11-22', recentDays: 30, showPersonnummer: false }).open.length // 57
 */
export const feedbackOf = (
  rows: ReadonlyArray<DeviationRow>,
  options: { readonly municipality: string; readonly asOf: string | null; readonly recentDays: number; readonly showPersonnummer: boolean },
): Feedback => {
  const asOf = options.asOf ?? '9999-12-31';
  const mine = rows.filter((r) => r.municipality === options.municipality);
  const open = mine
    .filter((r) => r.resolvedOn === null)
    .map((r) => rowOf(r, asOf, options.showPersonnummer))
    .sort((a, b) => Number(b.serious) - Number(a.serious) || b.days - a.days || a.patient.localeCompare(b.patient) || a.drug.localeCompare(b.drug, 'sv'));
  const recentlyResolved = mine
    .filter((r) => r.resolvedOn !== null && daysBetween(r.resolvedOn, asOf) <= options.recentDays)
    .map((r) => rowOf(r, asOf, options.showPersonnummer))
    .sort((a, b) => (b.resolvedOn ?? '').localeCompare(a.resolvedOn ?? '') || a.patient.localeCompare(b.patient) || a.drug.localeCompare(b.drug, 'sv'));
  return { municipality: options.municipality, asOf: options.asOf, recentDays: options.recentDays, showPersonnummer: options.showPersonnummer, open, recentlyResolved };
};

/**
 * A municipality's deviations from the store (every one, open or resolved), page by page.
 *
 * @example
 * const rows = await readFeedbackRows(store, 'Karlstad');
 */
export const readFeedbackRows = async (store: RegisterStore, municipality: string): Promise<ReadonlyArray<DeviationRow>> => {
  const rows: DeviationRow[] = [];
  for await (const page of store.scan({ municipality })) rows.push(...page);
  return rows;
};

/**
 * The feedback as one CSV file (comma-separated, UTF-8, a header row): open and recently resolved
 * deviations, with status, patient (masked unless asked), unit, drug, kind, risk, dates, days,
 * reopened, decision and what is pending. Cells that a spreadsheet would run as formulas are quoted.
 *
 * @example
 * fs.writeFileSync('aterkoppling-karlstad.csv', feedbackCsv(feedback))
 */
export const feedbackCsv = (f: Feedback): string => {
  const head = ['status', 'patient', 'vardenhet', 'lakemedel', 'slag', 'risknivå', 'allvarlig', 'först_sedd', 'öppnad', 'åtgärdad', 'dagar', 'återöppnad', 'beslut', 'väntar_på', 'beskrivning'];
  const line = (status: string, r: FeedbackRow) =>
    // The patient column is masked already unless the reader asked for it in full (`showPersonnummer`).
    [csvField(status), f.showPersonnummer ? csvFieldAsWritten(r.patient) : csvField(r.patient), ...[r.unit, r.drug, r.kindSv, r.riskBandSv, r.serious, r.firstSeen, r.openedOn, r.resolvedOn, r.days, r.reopened, r.decision, r.pending, r.text].map(csvField)].join(',');
  return [head.join(','), ...f.open.map((r) => line('öppen', r)), ...f.recentlyResolved.map((r) => line('åtgärdad', r))].join('\n') + '\n';
};

