import { CONSEQUENCE_LABEL, PROBABILITY_LABEL, RISK_BANDS, SUBCATEGORY_LABEL, type Action, type Consequence, type Deviation, type Probability, type RiskBand, type Subcategory } from '../classify';
import type { DiscrepancyKind } from '../diff';
import { sideValues, type HandoverList } from '../handover';
import { maskPatientId, type IsoDate, type ItemId, type Source } from '../model';
import { discrepancyLabel, sideText } from './discrepancy-text';
import { intentText } from './handover-values';

/** The format name an incident report's JSON carries. */
export const INCIDENT_FORMAT = 'medrec-incident-report';

/** The version of the incident report JSON contract. */
export const INCIDENT_VERSION = 1;

/** What each discrepancy kind is called in English, for the English half of a report. */
const KIND_LABEL_EN: Readonly<Record<DiscrepancyKind, string>> = {
  'missing-in-pascal': 'Missing from the e-prescription list (Pascal)',
  'missing-in-cosmic': 'Missing from the journal’s ordination list (Cosmic)',
  dose: 'The dose differs',
  schedule: 'The times of day differ',
  strength: 'The strength differs',
  form: 'The dosage form differs',
  route: 'The route differs',
  'as-needed': 'As-needed dosing differs',
  status: 'Stopped or cancelled in one system, in force in the other',
  period: 'The end date differs',
  'prescription-expired': 'The prescription has expired',
  dispensing: 'Dose dispensing or whole package differs',
  duplicate: 'Duplicate order',
  purpose: 'The treatment purpose differs',
  'text-mismatch': 'The dosage text and the structured dosage of one item differ',
  'not-comparable': 'The dosages cannot be compared',
};

/**
 * One serious deviation as the incident report (avvikelserapport) the region uses for incidents between
 * region and municipality: what happened, where it was found, the drug, both values, the risk and the
 * suggested action. The patient id is masked unless the caller asks for it in full.
 */
export interface IncidentReport {
  readonly format: typeof INCIDENT_FORMAT;
  readonly version: typeof INCIDENT_VERSION;
  readonly id: string;
  readonly deviation: string;
  readonly reportedOn: IsoDate;
  readonly patient: { readonly id: string; readonly municipality?: string };
  readonly category: string;
  readonly subcategory: Subcategory;
  readonly whatHappened: { readonly sv: string; readonly en: string };
  readonly whereFound: { readonly sv: string; readonly en: string };
  readonly drug: { readonly name: string; readonly products: ReadonlyArray<string>; readonly atc: ReadonlyArray<string>; readonly doseDispensed: boolean };
  readonly values: Readonly<Record<Source, { readonly items: ReadonlyArray<ItemId>; readonly text: string } | null>>;
  readonly consequence: Consequence;
  readonly probability: Probability;
  readonly riskScore: number;
  readonly riskBand: RiskBand;
  readonly intent: { readonly kind: Deviation['intent']['kind']; readonly changedMostRecently: Source | null; readonly text: string };
  readonly suggestedAction: Action;
  /** With decisions: what was decided on this deviation, by whom and when, its state, and the corrections it ordered. */
  readonly decision?: {
    readonly choice: string;
    readonly state: string;
    readonly text: string;
    readonly decidedBy: { readonly name: string; readonly hsaId: string; readonly role: string };
    readonly decidedAt: string;
    readonly comment: string | null;
    readonly corrections: ReadonlyArray<{ readonly system: Source; readonly action: string; readonly items: ReadonlyArray<string>; readonly sv: string; readonly en: string }>;
  } | null;
}

/**
 * A deviation in one Swedish sentence: the kind, the drug and both values.
 *
 * @example
 * deviationText(furosemidDose) // 'Dosen skiljer: furosemid. Journal: 80 mg per dygn (…). Pascal: 40 mg per dygn (…).'
 */
export const deviationText = (d: Deviation): string =>
  `${discrepancyLabel(d.discrepancy)}: ${d.discrepancy.drug}. Journal: ${sideText(d.discrepancy, 'cosmic')}. Pascal: ${sideText(d.discrepancy, 'pascal')}.`;

const bandLabel = (band: RiskBand) => RISK_BANDS.find((b) => b.band === band)!;

/** Options of `incidentReports`: `showPersonnummer` prints the patient id in full. */
export interface IncidentOptions {
  readonly showPersonnummer?: boolean;
}

/**
 * An incident report for every serious deviation (risk score 8 or more) of a handover list, highest
 * risk first.
 *
 * @example
 * incidentReports(list).map((r) => r.id) // ['2026-11-20/status:C-4:P-4', '2026-11-20/dose:C-2:P-2', …]
 */
export const incidentReports = (list: HandoverList, options: IncidentOptions = {}): ReadonlyArray<IncidentReport> =>
  list.deviations
    .filter((d) => d.serious)
    .map((d) => {
      const lines = [...list.lines, ...list.inactive].filter((l) => l.deviations.includes(d.id));
      const products = [...new Set(lines.flatMap((l) => [...sideValues(l.columns.product, 'cosmic'), ...sideValues(l.columns.product, 'pascal')]))];
      const atc = [...new Set(lines.flatMap((l) => [...sideValues(l.columns.atc, 'cosmic'), ...sideValues(l.columns.atc, 'pascal')]))];
      const value = (source: Source) => {
        const items = d.discrepancy[source];
        return items.length === 0 && d.discrepancy.values[source] === null ? null : { items, text: sideText(d.discrepancy, source) };
      };
      const unit = list.sources.cosmic.unit;
      const { municipality } = list.patient;
      return {
        format: INCIDENT_FORMAT,
        version: INCIDENT_VERSION,
        id: `${list.asOf}/${d.id}`,
        deviation: d.id,
        reportedOn: list.asOf,
        patient: { id: options.showPersonnummer === true ? list.patient.id : maskPatientId(list.patient.id), ...(municipality === undefined ? {} : { municipality }) },
        category: d.category,
        subcategory: d.subcategory,
        whatHappened: { sv: deviationText(d), en: `${KIND_LABEL_EN[d.discrepancy.kind]}: ${d.discrepancy.drug}.` },
        whereFound: {
          sv: `Vid läkemedelsavstämning ${list.asOf} inför överlämning till kommunal hälso- och sjukvård: journalens ordinationslista (Cosmic${unit === null ? '' : `, ${unit}`}) jämförd med e-receptlistan (Pascal).`,
          en: `In medication reconciliation on ${list.asOf} before handover to municipal care: the journal's ordination list (Cosmic${unit === null ? '' : `, ${unit}`}) compared with the e-prescription list (Pascal).`,
        },
        drug: { name: d.discrepancy.drug, products, atc, doseDispensed: d.basis.doseDispensed },
        values: { cosmic: value('cosmic'), pascal: value('pascal') },
        consequence: d.consequence,
        probability: d.probability,
        riskScore: d.riskScore,
        riskBand: d.riskBand,
        intent: { kind: d.intent.kind, changedMostRecently: d.intent.changedMostRecently, text: intentText(d.intent) },
        suggestedAction: d.action,
        ...decisionOf(list, d.id),
      };
    });

const decisionOf = (list: HandoverList, id: string): Pick<IncidentReport, 'decision'> => {
  if (list.decided === undefined) return {};
  const d = list.decided.decisions.find((x) => x.deviation === id);
  if (d === undefined) return { decision: null };
  return {
    decision: {
      choice: d.choice,
      state: d.state,
      text: d.text,
      decidedBy: d.decidedBy,
      decidedAt: d.decidedAt,
      comment: d.comment,
      corrections: list.decided.corrections.filter((c) => c.deviation === id).map((c) => ({ system: c.system, action: c.action, items: c.items, sv: c.sv, en: c.en })),
    },
  };
};

/**
 * An incident report as plain Swedish text, for the region's form or an e-mail; the English action
 * follows the Swedish one.
 *
 * @example
 * renderIncidentText(report)
 * // AVVIKELSERAPPORT – läkemedel, mellan region och kommun
 * // Rapport: 2026-11-20/status:C-4:P-4 ...
 */
export const renderIncidentText = (r: IncidentReport): string => {
  const out: string[] = [];
  out.push('AVVIKELSERAPPORT – läkemedel, mellan region och kommun');
  out.push('');
  out.push(`Rapport:        ${r.id}`);
  out.push(`Datum:          ${r.reportedOn}`);
  out.push(`Patient:        ${r.patient.id}${r.patient.municipality === undefined ? '' : `, ${r.patient.municipality} kommun`}`);
  out.push(`Kategori:       ${r.category} – ${SUBCATEGORY_LABEL[r.subcategory].sv}`);
  out.push(
    `Risk:           riskpoäng ${r.riskScore} av 16 (${bandLabel(r.riskBand).sv}, allvarlig) = konsekvens ${r.consequence} ${CONSEQUENCE_LABEL[r.consequence].sv} × sannolikhet ${r.probability} ${PROBABILITY_LABEL[r.probability].sv}`,
  );
  out.push('');
  out.push('Vad hände');
  out.push(`  ${r.whatHappened.sv}`);
  out.push('');
  out.push('Var upptäcktes det');
  out.push(`  ${r.whereFound.sv}`);
  out.push('');
  out.push('Läkemedel');
  out.push(`  ${r.drug.name}${r.drug.products.length === 0 ? '' : ` (${r.drug.products.join('; ')})`}${r.drug.atc.length === 0 ? ', ATC-kod saknas' : `, ATC ${r.drug.atc.join(', ')}`}`);
  out.push(`  Dosdispenserat: ${r.drug.doseDispensed ? 'ja' : 'nej'}`);
  out.push('');
  out.push('Båda värdena');
  out.push(`  Journalens ordinationslista (Cosmic)${r.values.cosmic === null || r.values.cosmic.items.length === 0 ? '' : ` ${r.values.cosmic.items.join(', ')}`}: ${r.values.cosmic?.text ?? '–'}`);
  out.push(`  E-receptlistan (Pascal)${r.values.pascal === null || r.values.pascal.items.length === 0 ? '' : ` ${r.values.pascal.items.join(', ')}`}: ${r.values.pascal?.text ?? '–'}`);
  out.push('');
  out.push('Avsikt (WHO High 5s)');
  out.push(`  ${r.intent.text}`);
  out.push('');
  out.push('Föreslagen åtgärd');
  r.suggestedAction.steps.forEach((s, k) => out.push(`  ${k + 1}. ${s.sv}`));
  out.push('');
  out.push('Suggested action (English)');
  r.suggestedAction.steps.forEach((s, k) => out.push(`  ${k + 1}. ${s.en}`));
  out.push('');
  if (r.decision !== undefined) {
    out.push('Beslut');
    if (r.decision === null) out.push('  Inget beslut ännu.');
    else {
      out.push(`  ${r.decision.text} (${r.decision.state === 'pending' ? 'väntar på rättelse' : r.decision.state === 'stale' ? 'inaktuellt: värdena har ändrats' : 'genomfört'})`);
      if (r.decision.comment !== null) out.push(`  Kommentar: ${r.decision.comment}`);
      for (const c of r.decision.corrections) out.push(`  Rättelse: ${c.sv}`);
    }
    out.push('');
  }
  out.push('Motorn avgör inte vilken lista som är rätt; beslutet fattas av ansvarig läkare.');
  return `${out.join('\n')}\n`;
};
