import type { Finding, ListChecks } from '../checks';
import { CONSEQUENCE_LABEL, PROBABILITY_LABEL, RISK_BANDS, SUBCATEGORY_LABEL, type Deviation } from '../classify';
import { SLOTS, type Slot } from '../dosage';
import { cellOf, sideValues, type Cell, type Change, type Columns, type HandoverLine, type HandoverList, type TreatmentPeriod, type Validity } from '../handover';
import { maskPatientId, redactPersonnummer, type Source, type Supply } from '../model';
import { discrepancyLabel, sideText } from './discrepancy-text';
import { correctionsSectionHtml, decidedValidityText, decisionsSectionHtml, DECISIONS_STYLE, lineDecisionsHtml, staleReason, struckSides } from './handover-decisions';
import {
  asNeededText,
  CHANGE_LABEL,
  doseText,
  FIELD_LABEL,
  intentText,
  intervalText,
  prescriberText,
  slotText,
  SLOT_HEADING,
  SOURCE_LABEL,
  stateText,
  strengthText,
  knownText,
} from './handover-values';
import { cssString, html, trustedHtml, verbatimText, type Html, type HtmlValue } from './html';
import { STATUS_LABEL, SUPPLY_LABEL } from './swedish';

/** Options of `renderHandoverHtml`: `showPersonnummer` prints the patient id in full (masked by default). */
export interface HandoverHtmlOptions {
  readonly showPersonnummer?: boolean;
}

/**
 * What the list says about its validity, in Swedish.
 *
 * @example
 * validityText({ kind: 'not-valid', needsDecision: 5, unreadable: 0, partlyRead: 0 })
 * // 'Listan är inte giltig som ordinationshandling: 5 rader kräver beslut. Den blir giltig först när ansvarig läkare har åtgärdat avvikelserna och signerat listan.'
 */
export const validityText = (v: Validity): string => {
  if (v.kind === 'to-be-signed') return 'Källorna stämmer överens. Listan blir giltig som ordinationshandling när ansvarig läkare har signerat den.';
  if (v.kind === 'decided' || v.kind === 'signed') return decidedValidityText(v) ?? '';
  const reasons = [
    ...staleReason(v),
    ...(v.needsDecision > 0 ? [`${v.needsDecision} ${v.needsDecision === 1 ? 'rad kräver' : 'rader kräver'} beslut`] : []),
    ...(v.unreadable > 0 ? [`${v.unreadable} ${v.unreadable === 1 ? 'post' : 'poster'} kunde inte läsas`] : []),
    ...(v.partlyRead > 0 ? [`uppgifter i ${v.partlyRead} ${v.partlyRead === 1 ? 'post' : 'poster'} kunde inte läsas`] : []),
  ];
  return `Listan är inte giltig som ordinationshandling: ${reasons.join(' och ')}. Den blir giltig först när ansvarig läkare har åtgärdat avvikelserna och signerat listan.`;
};

// A4 landscape leaves room for the columns of a Swedish list; fixed table layout and breaking anywhere
// keep every cell on the page. No external assets: system fonts, no images, no scripts.
const STYLE = `
@page { size: A4 landscape; margin: 10mm 10mm 14mm 10mm; }
* { box-sizing: border-box; }
html { font-family: "Liberation Sans", Arial, "DejaVu Sans", sans-serif; font-size: 8pt; color: #000; }
body { margin: 0 auto; max-width: 277mm; }
h1 { font-size: 13pt; margin: 0 0 1mm 0; }
h2 { font-size: 10.5pt; margin: 4mm 0 1.5mm 0; break-after: avoid; }
p { margin: 0.8mm 0; }
.meta { display: flex; flex-wrap: wrap; gap: 1mm 6mm; margin: 1mm 0 2mm 0; }
.meta div { overflow-wrap: anywhere; }
.validity-warning { border: 0.6mm solid #a00000; background: #fde8e8; color: #5a0000; padding: 2mm 3mm; font-weight: bold; font-size: 9pt; margin: 2mm 0; }
.validity-ok { border: 0.3mm solid #555; padding: 1.5mm 3mm; margin: 2mm 0; }
.legend { font-size: 7pt; color: #333; }
table { width: 100%; border-collapse: collapse; table-layout: fixed; margin-bottom: 2mm; }
th, td { border: 0.2mm solid #777; padding: 0.6mm 0.8mm; vertical-align: top; text-align: left; overflow-wrap: anywhere; word-break: break-word; hyphens: auto; }
th { background: #e6e6e6; font-size: 6.8pt; hyphens: manual; }
td { font-size: 7.2pt; }
thead { display: table-header-group; }
tr { break-inside: avoid; }
tr.needs-decision td { background: #fff6e0; }
tr.needs-decision td.status { border-left: 1mm solid #c77700; }
.badge { font-weight: bold; font-size: 7pt; }
.differs { display: block; }
.differs + .differs { border-top: 0.2mm dashed #c77700; margin-top: 0.3mm; padding-top: 0.3mm; }
.src { display: inline-block; min-width: 3mm; font-weight: bold; color: #7a4a00; }
.only { color: #555; font-size: 6.5pt; }
.muted { color: #666; }
.nw { white-space: nowrap; }
.small { font-size: 6.5pt; color: #333; display: block; }
.drug { font-weight: bold; }
.risk { font-weight: bold; }
.serious { color: #a00000; }
.signatures { display: grid; grid-template-columns: 1fr 1fr 1fr; gap: 4mm; margin-top: 3mm; break-inside: avoid; }
.signature { border: 0.3mm solid #555; padding: 2mm; min-height: 26mm; }
.signature .field { border-bottom: 0.2mm solid #000; height: 6mm; margin-top: 1mm; }
.signature .label { font-size: 7pt; color: #333; }
footer { margin-top: 3mm; font-size: 6.5pt; color: #555; }
@media screen { body { padding: 6mm 4mm; } }
`;

const sources = (cell: Cell<unknown>): ReadonlyArray<Source> => (cell.kind === 'differs' ? ['cosmic', 'pascal'] : []);

/**
 * A cell's values as HTML: one value when the sides agree; both, marked J and P, when they differ;
 * the one side's value (marked when the line has both sides) when only one records it.
 */
const NOTHING_STRUCK: ReadonlySet<Source> = new Set();

const cellHtml = <T>(cell: Cell<T>, format: (v: T) => HtmlValue, twoSided: boolean, join = '; ', struck: ReadonlySet<Source> = NOTHING_STRUCK): Html => {
  const plain = (values: ReadonlyArray<T>): Html => (values.length === 0 ? html`–` : html`${values.map((v, k) => html`${k === 0 ? '' : join}${format(v)}`)}`);
  // A value a decision set aside stays readable, struck through (in print too).
  const text = (values: ReadonlyArray<T>, side?: Source): Html => (side !== undefined && struck.has(side) ? html`<del>${plain(values)}</del>` : plain(values));
  switch (cell.kind) {
    case 'none':
      return html`<span class="muted">–</span>`;
    case 'same':
      return html`${text(cell.value)}`;
    case 'one-side':
      return twoSided ? html`${text(cell.value, cell.source)} <span class="only">(endast ${SOURCE_LABEL[cell.source].short})</span>` : html`${text(cell.value, cell.source)}`;
    case 'differs':
      return html`${sources(cell).map((s) => html`<span class="differs"><span class="src">${SOURCE_LABEL[s].short}</span> ${text(cell[s], s)}</span>`)}`;
  }
};

/** The cell of one slot of the dose, compared on its own: 1 tablet in the morning on both sides is one value. */
const slotCell = (line: HandoverLine, slot: Slot): Cell<string> => {
  const side = (s: Source) => {
    const texts = sideValues(line.columns.dose, s).map((d) => slotText(d, slot));
    return texts.every((t) => t === '–') ? texts.slice(0, 1) : texts;
  };
  return cellOf(side('cosmic'), side('pascal'), true);
};

const intervalCell = (line: HandoverLine): Cell<string> => {
  const interval = (s: Source) => sideValues(line.columns.dose, s).flatMap((d) => intervalText(d) ?? []);
  return cellOf(interval('cosmic'), interval('pascal'));
};

const riskLabel = (d: Deviation) => RISK_BANDS.find((b) => b.band === d.riskBand)!.sv;

const supplyText = (supply: ReadonlyArray<Supply>) => supply.filter((s) => s !== 'prescription').map((s) => SUPPLY_LABEL[s]).join(', ');

const statusCell = (line: HandoverLine, numbers: ReadonlyMap<string, number>, twoSided: boolean): Html => {
  const refs = line.deviations.map((id) => `A${numbers.get(id) ?? '?'}`);
  const supply = line.status === 'not-on-prescription' ? supplyText(line.supply) : null;
  const state = line.columns.state;
  const showState = !(state.kind === 'same' && state.value.every((s) => s.kind === 'active')) && !(state.kind === 'one-side' && state.value.every((s) => s.kind === 'active'));
  const decided = line.deviations.length > 0 && line.deviations.every((id) => (line.decisions ?? []).some((d) => d.deviation === id && d.state === 'pending'));
  return html`<span class="badge">${decided ? 'Beslutad' : STATUS_LABEL[line.status]}</span>${supply === null || supply === '' ? null : html`<span class="small">${supply}</span>`}${
    refs.length === 0 ? null : html`<span class="small">Avvikelse ${refs.join(', ')}</span>`
  }${showState ? html`<span class="small">${cellHtml(state, stateText, twoSided, '; ', struckSides(line, 'state'))}</span>` : null}${lineDecisionsHtml(line)}`;
};

const drugCell = (line: HandoverLine, twoSided: boolean): Html => {
  const c = line.columns;
  return html`<span class="drug">${cellHtml(c.product, (p) => p, twoSided, '; ', struckSides(line, 'product'))}</span><span class="small">${line.drug}${
    c.atc.kind === 'none' ? null : html` · ATC ${cellHtml(c.atc, (a) => a, twoSided)}`
  }</span><span class="small">${[...line.items.cosmic.map((i) => `J ${i.id}`), ...line.items.pascal.map((i) => `P ${i.id}`)].join(', ')}</span>`;
};

const listRow = (line: HandoverLine, numbers: ReadonlyMap<string, number>): Html => {
  const c = line.columns;
  const two = line.items.cosmic.length > 0 && line.items.pascal.length > 0;
  const named = sideValues(c.strength, 'cosmic').length > 1 || sideValues(c.strength, 'pascal').length > 1;
  const struck = (column: keyof Columns) => struckSides(line, column);
  return html`<tr class="${line.status}">
<td class="status">${statusCell(line, numbers, two)}</td>
<td>${drugCell(line, two)}</td>
<td>${cellHtml(c.strength, (s) => strengthText(s, named), two, '; ', struck('strength'))}</td>
<td>${cellHtml(c.form, (f) => knownText(f, (x) => x), two, '; ', struck('form'))}</td>
<td>${cellHtml(c.route, (r) => knownText(r, (x) => x), two, '; ', struck('route'))}</td>
${SLOTS.map((slot) => html`<td>${cellHtml(slotCell(line, slot), (s) => s, two, ' + ', struck('dose'))}</td>`)}
<td>${intervalCell(line).kind === 'none' ? null : cellHtml(intervalCell(line), (s) => s, two, '; ', struck('dose'))}<span class="small">${cellHtml(c.instructions, (s) => s, two, '; ', struck('instructions'))}</span></td>
<td>${cellHtml(c.asNeeded, asNeededText, two, '; ', struck('asNeeded'))}</td>
<td>${cellHtml(c.purpose, (p) => knownText(p, (x) => x), two, '; ', struck('purpose'))}</td>
<td>${cellHtml(c.period, periodHtml, two, '; ', struck('period'))}</td>
<td>${cellHtml(c.dispensing, (d) => knownText(d, (x) => (x === 'dose-dispensed' ? 'dos\u00ADdispenserad' : 'hel\u00ADförpackning')), two, '; ', struck('dispensing'))}</td>
<td>${cellHtml(c.prescriber, (p) => knownText(p, prescriberText), two, '; ', struck('prescriber'))}</td>
</tr>`;
};

/** A period with its dates kept whole. */
const periodHtml = (p: TreatmentPeriod): Html =>
  html`<span class="nw">${p.start}</span> –${p.end === null ? null : html` <span class="nw">${knownText(p.end, (e) => e)}</span>`}`;

// Widths in percent of the printable width (277 mm); soft hyphens let the narrow headings break.
const LIST_COLUMNS: ReadonlyArray<readonly [string, number]> = [
  ['Status', 9],
  ['Läkemedel (produkt, substans)', 12],
  ['Styrka', 6],
  ['Form', 6],
  ['Adm.\u00ADsätt', 5],
  [SLOT_HEADING.morning, 5],
  [SLOT_HEADING.midday, 5],
  [SLOT_HEADING.evening, 5],
  [SLOT_HEADING.night, 5],
  ['Intervall, dosering', 8],
  ['Vid behov (max/dygn)', 8],
  ['Ändamål', 7],
  ['Start – slut', 8],
  ['Dos\u00ADdisp./ hel\u00ADförp.', 6],
  ['För\u00ADskrivare', 5],
];

const table = (columns: ReadonlyArray<readonly [string, number]>, rows: ReadonlyArray<Html>): Html =>
  html`<table><colgroup>${columns.map(([, w]) => trustedHtml(`<col style="width:${w}%">`))}</colgroup><thead><tr>${columns.map(([name]) => html`<th>${name}</th>`)}</tr></thead><tbody>${rows}</tbody></table>`;

const deviationRow = (d: Deviation, n: number): Html => {
  const disc = d.discrepancy;
  const ids = (s: Source) => (disc[s].length === 0 ? '' : ` (${disc[s].join(', ')})`);
  return html`<tr>
<td>A${n}</td>
<td class="risk${d.serious ? ' serious' : ''}">${d.riskScore}<span class="small">${riskLabel(d)}${d.serious ? ', allvarlig' : ''}</span><span class="small">K ${d.consequence} ${CONSEQUENCE_LABEL[d.consequence].sv} × S ${d.probability} ${PROBABILITY_LABEL[d.probability].sv}</span></td>
<td class="drug">${disc.drug}</td>
<td>${discrepancyLabel(disc)}</td>
<td>${sideText(disc, 'cosmic')}<span class="small">${ids('cosmic')}</span></td>
<td>${sideText(disc, 'pascal')}<span class="small">${ids('pascal')}</span></td>
<td>${SUBCATEGORY_LABEL[d.subcategory].sv}${d.basis.highAlert.kind === 'group' ? html`<span class="small">högriskläkemedel (${d.basis.highAlert.atc})</span>` : d.basis.highAlert.kind === 'unknown' ? html`<span class="small">ATC saknas: högrisk ej bedömd</span>` : null}${d.basis.doseDispensed ? html`<span class="small">dosdispenserat</span>` : null}</td>
<td>${intentText(d.intent)}</td>
<td>${d.action.steps.map((s, k) => html`<span class="differs">${k + 1}. ${s.sv}</span>`)}</td>
</tr>`;
};

const DEVIATION_COLUMNS: ReadonlyArray<readonly [string, number]> = [
  ['Nr', 3],
  ['Risk­poäng', 8],
  ['Läkemedel', 9],
  ['Avvikelse', 10],
  ['Journal (Cosmic)', 14],
  ['Pascal', 14],
  ['Kategori', 8],
  ['Avsikt (WHO High 5s)', 15],
  ['Åtgärd, vem gör vad', 19],
];

const sourceNames = (sources: ReadonlyArray<Source>) => sources.map((s) => (s === 'cosmic' ? 'journalen' : 'Pascal')).join(' och ');

const changeRow = (c: Change): Html => {
  switch (c.kind) {
    case 'started':
      return html`<tr><td>${CHANGE_LABEL.started}</td><td class="drug">${c.drug}</td><td>${sourceNames(c.sources)}</td><td>–</td><td>–</td><td>${c.purpose.length === 0 ? 'ändamål ej angivet' : `ändamål: ${c.purpose.join('; ')}`}</td></tr>`;
    case 'stopped':
      return html`<tr><td>${CHANGE_LABEL.stopped}</td><td class="drug">${c.drug}</td><td>${sourceNames(c.sources)}${c.absent ? ' (finns inte längre på någon av listorna)' : ''}</td><td>${c.date ?? '–'}</td><td>–</td><td>${c.reason ?? 'orsak ej angiven i källorna'}</td></tr>`;
    case 'changed': {
      const [before, after] =
        c.field === 'dose'
          ? [cellHtml(c.before, doseText, true), cellHtml(c.after, doseText, true)]
          : c.field === 'form'
            ? [cellHtml(c.before, (f) => f, true), cellHtml(c.after, (f) => f, true)]
            : [cellHtml(c.before, (s) => strengthText(s, false), true), cellHtml(c.after, (s) => strengthText(s, false), true)];
      return html`<tr><td>${CHANGE_LABEL.changed} ${FIELD_LABEL[c.field]}</td><td class="drug">${c.drug}</td><td>${sourceNames(c.sources)}</td><td>${before}</td><td>${after}</td><td>orsak ej angiven i källorna</td></tr>`;
    }
  }
};

const CHANGE_COLUMNS: ReadonlyArray<readonly [string, number]> = [
  ['Ändring', 10],
  ['Läkemedel', 14],
  ['Lista', 14],
  ['Före (förra listan) / datum', 22],
  ['Nu', 22],
  ['Orsak, ändamål', 18],
];

const FINDING_COLUMNS: ReadonlyArray<readonly [string, number]> = [
  ['Nr', 4],
  ['Läkemedel', 14],
  ['Att överväga', 46],
  ['Regel och källa', 24],
  ['Lista', 12],
];

const findingRow = (f: Finding, n: number): Html => {
  const items = [...f.cosmic.map((id) => `J ${id}`), ...f.pascal.map((id) => `P ${id}`)];
  return html`<tr>
<td>G${n}</td>
<td class="drug">${f.drugs.length > 4 ? html`${f.drugs.length} läkemedel<span class="small">${f.drug}</span>` : f.drug}</td>
<td>${f.assessment === 'not-assessable' ? html`<span class="badge">Kan inte bedömas.</span> ` : null}${f.text}</td>
<td>${f.source.citation}<span class="small">regel ${f.rule}</span></td>
<td>${items.length === 0 ? html`<span class="muted">hela listan</span>` : items.join(', ')}</td>
</tr>`;
};

/**
 * What the clinical checks applied to this patient, in Swedish.
 *
 * @example
 * checksScopeText({ age: 113, ageBasis: 'personnummer', older: true, palliative: false, … })
 * // 'Patienten är 113 år (enligt personnumret): indikatorerna för personer 75 år och äldre är kontrollerade.'
 */
export const checksScopeText = (c: ListChecks): string => {
  const basis = c.ageBasis === 'birthDate' ? 'enligt födelsedatum' : c.ageBasis === 'samordningsnummer' ? 'enligt samordningsnumret' : 'enligt personnumret';
  const age =
    c.age === null
      ? 'Patientens ålder är okänd: indikatorerna för personer 75 år och äldre är inte kontrollerade.'
      : c.older === true
        ? `Patienten är ${c.age} år (${basis}): indikatorerna för personer 75 år och äldre är kontrollerade.`
        : `Patienten är ${c.age} år (${basis}): indikatorerna för personer 75 år och äldre gäller inte.`;
  return c.palliative ? `${age} Palliativ vård: vid behovsordinationer av injektioner mot smärta, ångest, illamående och rosslighet är kontrollerade.` : age;
};

const INACTIVE_COLUMNS: ReadonlyArray<readonly [string, number]> = [
  ['Läkemedel (produkt, substans)', 26],
  ['Styrka', 10],
  ['Form', 12],
  ['Status på avstämningsdagen', 30],
  ['Start – slut', 22],
];


const inactiveRow = (line: HandoverLine): Html => {
  const c = line.columns;
  const two = line.items.cosmic.length > 0 && line.items.pascal.length > 0;
  return html`<tr><td>${drugCell(line, two)}</td><td>${cellHtml(c.strength, (s) => strengthText(s, false), two)}</td><td>${cellHtml(c.form, (f) => knownText(f, (x) => x), two)}</td><td>${cellHtml(c.state, stateText, two)}</td><td>${cellHtml(c.period, periodHtml, two)}</td></tr>`;
};

const signature = (title: string, fields: ReadonlyArray<string>): Html =>
  html`<div class="signature"><strong>${title}</strong>${fields.map((f) => html`<div class="field"></div><div class="label">${f}</div>`)}</div>`;

/**
 * The handover list as a printable HTML document in Swedish (A4 landscape, print stylesheet, no
 * external assets): patient header (personnummer masked unless asked for), the validity warning while
 * anything needs a decision, the list with both values wherever the sources differ, the inactive items
 * apart, "Avvikelser som måste åtgärdas" by risk score, "Läkemedelsgenomgång — att överväga" (the
 * clinical checks' findings), the changes since the last handover, unreadable items, and signature fields.
 *
 * @example
 * fs.writeFileSync('lista.html', renderHandoverHtml(list))
 */
export const renderHandoverHtml = (list: HandoverList, options: HandoverHtmlOptions = {}): string => {
  const patientId = options.showPersonnummer === true ? list.patient.id : maskPatientId(list.patient.id);
  // Asked for in full, the id is shown as written; any other text is redacted by `html`.
  const shownId = (text: string): HtmlValue => (options.showPersonnummer === true ? verbatimText(text) : text);
  const numbers = new Map(list.deviations.map((d, k) => [d.id, k + 1]));
  const { cosmic, pascal } = list.sources;
  const when = (at: string | null) => (at === null ? 'okänd tid' : `${at.slice(0, 10)} ${at.slice(11, 16)}`);
  const patientFacts = [
    ...(list.patient.birthDate === undefined ? [] : [`född ${list.patient.birthDate}`]),
    ...(list.patient.municipality === undefined ? [] : [`${list.patient.municipality} kommun`]),
    ...(list.patient.palliative === true ? ['palliativ vård'] : []),
  ];
  const pageCss = `@page { @bottom-left { content: ${cssString(options.showPersonnummer === true ? `Läkemedelslista ${patientId}, avstämd ${list.asOf}` : redactPersonnummer(`Läkemedelslista ${patientId}, avstämd ${list.asOf}`))}; font-size: 7pt; } @bottom-right { content: "Sida " counter(page) " av " counter(pages); font-size: 7pt; } }`;
  const serious = list.deviations.filter((d) => d.serious).length;
  const doc = html`<!DOCTYPE html>
<html lang="sv">
<head>
<meta charset="utf-8">
<title>${shownId(`Läkemedelslista ${patientId} ${list.asOf}`)}</title>
<style>${trustedHtml(STYLE)}${list.decided === undefined ? null : trustedHtml(DECISIONS_STYLE)}${trustedHtml(pageCss)}</style>
</head>
<body>
<header>
<h1>Läkemedelslista – överlämning till kommunal hälso- och sjukvård</h1>
<div class="meta">
<div><strong>Patient:</strong> ${shownId(patientId)}${patientFacts.length === 0 ? '' : `, ${patientFacts.join(', ')}`}</div>
<div><strong>Avstämd:</strong> ${list.asOf}</div>
<div><strong>${SOURCE_LABEL.cosmic.long}:</strong> ${cosmic.unit === null ? '' : `${cosmic.unit}, `}exporterad ${when(cosmic.exportedAt)}</div>
<div><strong>${SOURCE_LABEL.pascal.long}:</strong> exporterad ${when(pascal.exportedAt)}${pascal.doseDispensing === null ? '' : pascal.doseDispensing ? ', dosdispensering' : ', ingen dosdispensering'}</div>
</div>
${list.validity.kind === 'not-valid' ? html`<div class="validity-warning" role="alert">${validityText(list.validity)}</div>` : html`<div class="${list.validity.kind === 'signed' ? 'validity-signed' : list.validity.kind === 'decided' ? 'validity-decided' : 'validity-ok'}">${validityText(list.validity)}</div>`}
${
  list.decided === undefined
    ? html`<p class="legend">J = ${SOURCE_LABEL.cosmic.long}; P = ${SOURCE_LABEL.pascal.long}. Där källorna skiljer sig visas båda värdena; inget av dem har valts. Beslutet fattas av ansvarig läkare.</p>`
    : html`<p class="legend">J = ${SOURCE_LABEL.cosmic.long}; P = ${SOURCE_LABEL.pascal.long}. Där källorna skiljer sig visas båda värdena. På en beslutad rad gäller det värde som inte är överstruket; det överstrukna ska rättas i sitt system (se "Att rätta i systemen"). Rader utan beslut: inget värde har valts.</p>`
}
</header>
<main>
<section>
<h2>Läkemedel (${list.lines.length})</h2>
${table(LIST_COLUMNS, list.lines.map((l) => listRow(l, numbers)))}
</section>
${list.inactive.length === 0 ? null : html`<section><h2>Ej aktuella på avstämningsdagen (${list.inactive.length}): utsatta, avslutade eller ej påbörjade</h2>${table(INACTIVE_COLUMNS, list.inactive.map(inactiveRow))}</section>`}
<section>
<h2>Avvikelser som måste åtgärdas (${list.deviations.length}${serious === 0 ? '' : `, varav ${serious} allvarliga`})</h2>
${
  list.deviations.length === 0
    ? html`<p>Inga avvikelser: listorna stämmer överens.</p>`
    : html`<p class="legend">Sorterade efter riskpoäng = konsekvens (K, 1–4) × sannolikhet (S, 1–4); 8 eller mer är allvarligt och ska rapporteras som avvikelse. Kategori: vård och behandling / läkemedel.</p>${table(DEVIATION_COLUMNS, list.deviations.map((d, k) => deviationRow(d, k + 1)))}`
}
</section>
${list.decided === undefined ? null : html`${decisionsSectionHtml(list, numbers)}
${correctionsSectionHtml(list, numbers)}
`}<section>
<h2>Läkemedelsgenomgång — att överväga (${list.checks.findings.length})</h2>
<p class="legend">Råd till ansvarig läkare inför läkemedelsgenomgång, efter nationella indikatorer; inte avvikelser mellan listorna. ${checksScopeText(list.checks)}</p>
${
  list.checks.findings.length === 0
    ? html`<p>Inga fynd enligt reglerna.</p>`
    : table(FINDING_COLUMNS, list.checks.findings.map((f, k) => findingRow(f, k + 1)))
}
</section>
<section>
<h2>Förändringar sedan förra överlämningen (läkemedelsberättelse)</h2>
${
  list.changes.previous === null
    ? html`<p>Ingen tidigare överlämnad lista angavs; förändringar kan inte visas.</p>`
    : list.changes.entries.length === 0
      ? html`<p>Inga förändringar sedan listan som överlämnades ${list.changes.previous.asOf}.</p>`
      : html`<p class="legend">Jämfört med listan som överlämnades ${list.changes.previous.asOf}.</p>${table(CHANGE_COLUMNS, list.changes.entries.map(changeRow))}`
}
</section>
${
  list.invalid.length === 0
    ? null
    : html`<section><h2>Poster som inte kunde läsas (${list.invalid.length}): kontrollera dem i källsystemet</h2>${table(
        [
          ['Lista', 20],
          ['Post', 12],
          ['Sökväg', 30],
          ['Fel', 38],
        ],
        list.invalid.map((i) => html`<tr><td>${SOURCE_LABEL[i.source].long}</td><td>${i.id ?? `nr ${i.index + 1}`}</td><td>${i.path}</td><td>${i.message}</td></tr>`),
      )}</section>`
}${
  list.problems.length === 0
    ? null
    : html`<section><h2>Uppgifter som inte kunde läsas (${list.problems.length} ${list.problems.length === 1 ? 'post' : 'poster'}): posterna står i listan, uppgifterna som okända; kontrollera dem i källsystemet</h2>${table(
        [
          ['Lista', 20],
          ['Post', 12],
          ['Sökväg', 30],
          ['Fel', 38],
        ],
        list.problems.flatMap((i) => i.problems.map((p) => html`<tr><td>${SOURCE_LABEL[i.source].long}</td><td>${i.id}</td><td>${p.path}</td><td>${p.message}</td></tr>`)),
      )}</section>`
}
<section class="signatures">
${
  list.validity.kind === 'signed'
    ? html`<div class="signature"><strong>Ansvarig läkare: avvikelserna beslutade, listan signerad</strong><div class="field">${list.validity.signedBy.name}</div><div class="label">Namn</div><div class="field">${list.validity.signedAt.slice(0, 10)} ${list.validity.signedAt.slice(11, 16)}</div><div class="label">Datum och tid</div><div class="field">signerad elektroniskt, HSA-id ${list.validity.signedBy.hsaId}</div><div class="label">Signatur</div></div>`
    : signature('Ansvarig läkare: avvikelserna åtgärdade, listan signerad', ['Namn', 'Datum och tid', 'Signatur'])
}
${signature('Överlämnad av (sjuksköterska, region)', ['Namn', 'Datum och tid', 'Signatur'])}
${signature('Mottagen av (sjuksköterska, kommun)', ['Namn', 'Datum och tid', 'Signatur'])}
</section>
</main>
<footer>Skapad av medrec vid läkemedelsavstämning ${list.asOf}. Listan ersätter inte den signerade ordinationshandlingen.</footer>
</body>
</html>
`;
  return doc.html;
};
