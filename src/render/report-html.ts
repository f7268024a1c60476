import { FINDING_KINDS, SOURCES, type FindingKind } from '../checks';
import { DEVIATION_CATEGORY, RISK_BANDS, SUBCATEGORY_LABEL, type RiskBand } from '../classify';
import { INDICATORS, RISK_BAND_ORDER, type FollowupReport, type IndicatorValue, type NamedRow } from '../followup';
import { html, trustedHtml, type Html } from './html';
import { KIND_LABEL } from './swedish';
import { barChart, columnChart, type Bar } from './svg-chart';

/**
 * A count as Swedes write it, thousands apart: 100000 is `100 000` (with no-break spaces).
 *
 * @example
 * countText(100000) // '100 000'
 */
export const countText = (n: number): string => String(Math.round(n)).replace(/\B(?=(\d{3})+(?!\d))/gu, '\u00a0');

/**
 * A share as a Swedish percentage with one decimal: 0.9565 is `95,7 %`; null (no one to count) is `–`.
 *
 * @example
 * percentText(0.98) // '98,0 %'
 */
export const percentText = (share: number | null): string => (share === null ? '–' : `${(Math.round(share * 1000) / 10).toFixed(1).replace('.', ',')}\u00a0%`);

/** A ratio with two decimals, decimal comma. */
const ratioText = (n: number | null): string => (n === null ? '–' : n.toFixed(2).replace('.', ','));

/** Risk band colours, from low (green) to very high (red). */
export const RISK_BAND_COLOR: Readonly<Record<RiskBand, string>> = { low: '#6a9f58', moderate: '#d9a82b', high: '#e07b39', 'very-high': '#b8312f' };

const BAND_SV = new Map(RISK_BANDS.map((b) => [b.band, b.sv]));

/** What each kind of finding is called in the report. */
export const FINDING_KIND_LABEL: Readonly<Record<FindingKind, string>> = {
  palliative: 'Injektion vid behov saknas (palliativ vård)',
  'expiring-prescription': 'Recept som går ut inom 14 dagar',
  avoid: 'Läkemedel som bör undvikas (75+)',
  dose: 'Olämplig dygnsdos (75+)',
  regimen: 'Olämplig regim (75+)',
  psychotropics: 'Tre eller fler psykofarmaka (75+)',
  'same-group': 'Samma terapeutiska grupp (75+)',
  polypharmacy: 'Tio eller fler läkemedel (75+)',
};

const STYLE = `
* { box-sizing: border-box; }
html { font-family: "Liberation Sans", Arial, "DejaVu Sans", sans-serif; font-size: 10pt; color: #111; }
body { margin: 0 auto; max-width: 200mm; padding: 8mm 6mm; }
h1 { font-size: 17pt; margin: 0 0 2mm 0; }
h2 { font-size: 13pt; margin: 8mm 0 2mm 0; border-bottom: 0.4mm solid #3b6ea5; padding-bottom: 1mm; break-after: avoid; }
h3 { font-size: 10.5pt; margin: 4mm 0 1mm 0; break-after: avoid; }
p { margin: 1.2mm 0; }
.lead { color: #333; }
.figures { display: grid; grid-template-columns: repeat(4, 1fr); gap: 2mm; margin: 3mm 0; }
.figure { border: 0.3mm solid #bbb; border-radius: 1mm; padding: 2mm; }
.figure .n { font-size: 15pt; font-weight: bold; display: block; }
.figure .what { font-size: 8.5pt; color: #333; }
table { border-collapse: collapse; width: 100%; margin: 2mm 0 3mm 0; font-size: 8.5pt; }
th, td { border: 0.2mm solid #aaa; padding: 0.8mm 1.2mm; text-align: left; vertical-align: top; overflow-wrap: break-word; }
th { background: #eef2f7; font-size: 8pt; hyphens: manual; }
td.n { text-align: right; white-space: nowrap; }
th.n { text-align: right; }
.met { color: #2f6b2a; font-weight: bold; }
.not-met { color: #a00000; font-weight: bold; }
.muted { color: #666; }
.note { font-size: 8.5pt; color: #444; }
.warning { border: 0.5mm solid #a00000; background: #fde8e8; padding: 2mm 3mm; margin: 2mm 0; }
figure { margin: 2mm 0 1mm 0; break-inside: avoid; }
svg.chart { max-width: 100%; height: auto; font-family: inherit; }
svg.chart text { font-size: 11px; fill: #222; }
svg.chart text.tick { font-size: 10px; fill: #555; }
svg.chart text.value { font-size: 10.5px; fill: #111; }
footer { margin-top: 8mm; font-size: 8pt; color: #555; }
@page { size: A4 portrait; margin: 12mm 10mm; }
@media print { body { padding: 0; } }
`;

const groupName = (key: string | null, kind: 'unit' | 'municipality' | 'month'): string =>
  key ?? (kind === 'unit' ? '(enhet ej angiven)' : kind === 'municipality' ? '(kommun ej angiven)' : '(månad okänd)');

const indicatorBar = (v: IndicatorValue): Bar => ({
  label: v.short,
  value: v.share ?? 0,
  valueText: v.share === null ? 'inga patienter' : percentText(v.share),
  color: v.met === null ? '#6b7f99' : v.met ? '#4d8a45' : '#b8312f',
  ...(v.target.kind === 'at-least' ? { target: { value: v.target.share, text: `mål minst ${percentText(v.target.share)}` } } : {}),
});

const targetText = (v: IndicatorValue): string => (v.target.kind === 'at-least' ? `minst ${percentText(v.target.share)}` : 'så låg som möjligt');

const metHtml = (v: IndicatorValue): Html =>
  v.met === null ? html`<span class="muted">${v.share === null ? 'inga patienter' : 'inget målvärde'}</span>` : v.met ? html`<span class="met">uppnått</span>` : html`<span class="not-met">ej uppnått</span>`;

const indicatorRows = (values: ReadonlyArray<IndicatorValue>): ReadonlyArray<Html> =>
  values.map(
    (v) =>
      html`<tr><td>${v.sv}<span class="note"><br>${v.source}</span></td><td class="n">${countText(v.numerator)}</td><td class="n">${countText(v.denominator)}</td><td class="n">${percentText(v.share)}</td><td>${targetText(v)}</td><td>${metHtml(v)}</td></tr>`,
  );

const table = (head: ReadonlyArray<string | readonly [string, 'n']>, rows: ReadonlyArray<Html>): Html =>
  html`<table><thead><tr>${head.map((h) => (typeof h === 'string' ? html`<th>${h}</th>` : html`<th class="n">${h[0]}</th>`))}</tr></thead><tbody>${rows}</tbody></table>`;

const groupRows = (rows: ReadonlyArray<NamedRow>, kind: 'unit' | 'municipality' | 'month'): ReadonlyArray<Html> =>
  rows.map((r) => {
    const ind = new Map(r.indicators.map((v) => [v.id, v]));
    return html`<tr><td>${groupName(r.key, kind)}</td><td class="n">${countText(r.patients)}</td><td class="n">${countText(r.discrepancies)}</td><td class="n">${countText(r.deviations)}</td><td class="n">${countText(r.serious)}</td><td class="n">${ratioText(r.deviationsPerPatient)}</td><td class="n">${countText(r.findings)}</td><td class="n">${percentText(ind.get('older-drug-to-avoid')?.share ?? null)}</td><td class="n">${percentText(ind.get('palliative-opioid-and-anxiolytic')?.share ?? null)}</td><td class="n">${percentText(ind.get('dose-dispensed-agreeing')?.share ?? null)}</td></tr>`;
  });

const GROUP_HEAD: ReadonlyArray<string | readonly [string, 'n']> = [
  'Namn',
  ['Patienter', 'n'],
  ['Skillnader', 'n'],
  ['Avvikelser', 'n'],
  ['varav allvarliga', 'n'],
  ['Avvikelser per patient', 'n'],
  ['Fynd', 'n'],
  ['75+ med läkemedel att undvika', 'n'],
  ['Palliativa: opioid och ångest\u00addämpande', 'n'],
  ['Dosdisp.: listorna överens', 'n'],
];

/** How many groups a ranking chart shows; the table below it lists them all. */
export const RANKED_IN_CHART = 15;

const rankingChart = (id: string, title: string, rows: ReadonlyArray<NamedRow>, kind: 'unit' | 'municipality'): Html =>
  barChart({
    id,
    title,
    bars: rows.slice(0, RANKED_IN_CHART).map((r) => ({
      label: groupName(r.key, kind),
      value: r.deviationsPerPatient ?? 0,
      valueText: `${ratioText(r.deviationsPerPatient)} (${countText(r.patients)} pat.)`,
    })),
    tick: (v) => ratioText(v).replace(/,00$/u, ''),
  });

const figures = (r: FollowupReport): Html => {
  const t = r.totals;
  const figure = (n: string, what: string) => html`<div class="figure"><span class="n">${n}</span><span class="what">${what}</span></div>`;
  return html`<div class="figures">${[
    figure(countText(t.patients), 'patienter avstämda'),
    figure(percentText(t.patients === 0 ? null : t.patientsWithDiscrepancies / t.patients), `med minst en skillnad (${countText(t.patientsWithDiscrepancies)})`),
    figure(countText(t.deviations), `avvikelser, varav ${countText(t.serious)} allvarliga`),
    figure(countText(t.findings), `fynd att överväga hos ${countText(t.patientsWithFindings)} patienter`),
  ]}</div>`;
};

/**
 * The follow-up report as one self-contained Swedish HTML document with SVG charts (no scripts, no
 * images, fonts or links from outside): key figures, the indicators against their targets, deviations
 * per month by risk band, the most common discrepancy kinds, deviations by category, care units and
 * municipalities ranked by deviations per patient, findings by rule, each chart with its table, and
 * how the figures were made. Every interpolated text is escaped.
 *
 * @example
 * fs.writeFileSync('rapport.html', renderFollowupHtml(followupReport(aggregate, { inputs: ['results.ndjson'] })))
 */
export const renderFollowupHtml = (r: FollowupReport): string => {
  const period = r.period.first === null ? 'inga avstämningar' : r.period.first === r.period.last ? r.period.first : `${r.period.first} – ${r.period.last}`;
  const kinds = r.discrepanciesByKind.filter((k) => k.count > 0).slice(0, 10);
  const rules = r.findings.byRule.filter((x) => x.count > 0).slice(0, 12);
  const failedChecks = r.summaryChecks.flatMap((c) => c.laws.filter((l) => !l.holds).map((l) => `${c.file}: ${l.law}`));
  const doc = html`<!DOCTYPE html>
<html lang="sv">
<head>
<meta charset="utf-8">
<title>${`Uppföljning av läkemedelsavstämningar ${period}`}</title>
<style>${trustedHtml(STYLE)}</style>
</head>
<body>
<header>
<h1>Uppföljning av läkemedelsavstämningar</h1>
<p class="lead">Period (avstämningsmånad): <strong>${period}</strong>. Underlag: ${r.inputs.join(', ')}. Avvikelser, skillnader och fynd från medrec batch; inga personuppgifter.</p>
${r.unreadable.lines === 0 ? null : html`<p class="warning">${countText(r.unreadable.lines)} rader i underlaget kunde inte läsas och är inte med i siffrorna (se sist i rapporten).</p>`}
${failedChecks.length === 0 ? null : html`<p class="warning">Siffrorna stämmer inte mot körningens sammanställning: ${failedChecks.join('; ')}.</p>`}
</header>
<main>
${figures(r)}
<section>
<h2>Indikatorer och målvärden</h2>
<figure>${barChart({ id: 'indicators', title: 'Indikatorer mot målvärden', bars: r.indicators.map(indicatorBar), max: 1, ticks: [0, 0.25, 0.5, 0.75, 1], tick: (v) => percentText(v).replace(',0', '') })}</figure>
<p class="note">Streckad linje: målvärdet. Grön: målet uppnått; röd: ej uppnått; grå: inget målvärde (så låg andel som möjligt).</p>
${table(['Indikator', ['Täljare', 'n'], ['Nämnare', 'n'], ['Andel', 'n'], 'Mål', 'Utfall'], indicatorRows(r.indicators))}
<p class="note">${r.totals.ageUnknown === 0 ? 'Åldern var känd för alla patienter.' : `Åldern var okänd för ${countText(r.totals.ageUnknown)} patienter (varken födelsedatum eller personnummer): de ingår inte i indikatorn för 75 år och äldre.`}</p>
</section>
<section>
<h2>Avvikelser per månad och risknivå</h2>
<figure>${columnChart({
    id: 'deviations-by-month',
    title: 'Avvikelser per avstämningsmånad, efter risknivå',
    columns: r.months.map((m) => ({ label: groupName(m.key, 'month'), segments: RISK_BAND_ORDER.map((band) => ({ key: band, value: m.deviationsByRiskBand[band] })), totalText: countText(m.deviations) })),
    legend: RISK_BAND_ORDER.map((band) => ({ key: band, label: `${BAND_SV.get(band) ?? band} risk`, color: RISK_BAND_COLOR[band] })),
    tick: countText,
  })}</figure>
${table(
    ['Månad', ['Patienter', 'n'], ...[...RISK_BAND_ORDER].reverse().map((b) => [`${BAND_SV.get(b) ?? b}`, 'n'] as const), ['Avvikelser', 'n'], ['per patient', 'n']],
    r.months.map(
      (m) =>
        html`<tr><td>${groupName(m.key, 'month')}</td><td class="n">${countText(m.patients)}</td>${[...RISK_BAND_ORDER].reverse().map((b) => html`<td class="n">${countText(m.deviationsByRiskBand[b])}</td>`)}<td class="n">${countText(m.deviations)}</td><td class="n">${ratioText(m.deviationsPerPatient)}</td></tr>`,
    ),
  )}
</section>
<section>
<h2>Vanligaste skillnaderna mellan listorna</h2>
${
  kinds.length === 0
    ? html`<p>Inga skillnader.</p>`
    : html`<figure>${barChart({ id: 'discrepancy-kinds', title: 'Vanligaste slagen av skillnader', bars: kinds.map((k) => ({ label: KIND_LABEL[k.kind], value: k.count, valueText: countText(k.count) })), tick: countText })}</figure>`
}
${table(['Slag av skillnad', ['Antal', 'n'], ['Andel', 'n']], r.discrepanciesByKind.map((k) => html`<tr><td>${KIND_LABEL[k.kind]}</td><td class="n">${countText(k.count)}</td><td class="n">${percentText(r.totals.discrepancies === 0 ? null : k.count / r.totals.discrepancies)}</td></tr>`))}
<h3>Avvikelser efter kategori och underkategori</h3>
${table(
    ['Kategori', 'Underkategori', ['Avvikelser', 'n']],
    r.deviations.bySubcategory.map((s) => html`<tr><td>${r.deviations.byCategory.length === 1 ? (r.deviations.byCategory[0]?.category ?? DEVIATION_CATEGORY) : DEVIATION_CATEGORY}</td><td>${SUBCATEGORY_LABEL[s.subcategory].sv}</td><td class="n">${countText(s.count)}</td></tr>`),
  )}
</section>
<section>
<h2>Vårdenheter</h2>
<p class="note">Rangordnade efter avvikelser per patient (flest först); diagrammet visar de ${RANKED_IN_CHART} första, tabellen alla.</p>
${r.units.length === 0 ? html`<p>Inga patienter.</p>` : html`<figure>${rankingChart('units', 'Vårdenheter efter avvikelser per patient', r.units, 'unit')}</figure>`}
${table(GROUP_HEAD, groupRows(r.units, 'unit'))}
</section>
<section>
<h2>Kommuner</h2>
<p class="note">Kommunen som ansvarar för patientens hemsjukvård; rangordnade efter avvikelser per patient.</p>
${r.municipalities.length === 0 ? html`<p>Inga patienter.</p>` : html`<figure>${rankingChart('municipalities', 'Kommuner efter avvikelser per patient', r.municipalities, 'municipality')}</figure>`}
${table(GROUP_HEAD, groupRows(r.municipalities, 'municipality'))}
</section>
<section>
<h2>Läkemedelsgenomgång — fynd att överväga</h2>
<p class="note">Fynd är råd till läkaren enligt nationella indikatorer, skilda från skillnaderna mellan listorna. "Kan inte bedömas": dosen eller doseringen gick inte att tolka.</p>
${
  rules.length === 0
    ? html`<p>Inga fynd.</p>`
    : html`<figure>${barChart({ id: 'findings', title: 'Vanligaste fynden', bars: rules.map((x) => ({ label: x.sv ?? x.rule, value: x.count, valueText: countText(x.count) })), tick: countText })}</figure>`
}
${table(
    ['Slag', ['Fynd', 'n']],
    FINDING_KINDS.map((k) => html`<tr><td>${FINDING_KIND_LABEL[k]}</td><td class="n">${countText(r.findings.byKind.find((x) => x.kind === k)?.count ?? 0)}</td></tr>`),
  )}
${table(['Regel', 'Innebörd', ['Fynd', 'n'], ['varav kan inte bedömas', 'n']], r.findings.byRule.map((x) => html`<tr><td>${x.rule}</td><td>${x.sv ?? '–'}</td><td class="n">${countText(x.count)}</td><td class="n">${countText(x.notAssessable)}</td></tr>`))}
</section>
<section>
<h2>Så är siffrorna framtagna</h2>
<p class="note">Varje patient räknas i månaden för sitt avstämningsdatum, i vårdenheten som journalexporten anger och i kommunen i patientuppgifterna. En skillnad är ett sakförhållande där listorna skiljer sig; varje skillnad klassas som en avvikelse med risknivå (konsekvens × sannolikhet). Fynd kommer från kontrollerna av den avstämda listan; bara läkemedel som gäller på avstämningsdagen räknas.</p>
<ul class="note">${INDICATORS.map((d) => html`<li><strong>${d.sv}</strong>: ${d.source}.</li>`)}${Object.values(SOURCES).map((s) => html`<li>${s.publisher}, <em>${s.title}</em>, ${s.version}.</li>`)}</ul>
${
  r.unreadable.lines === 0
    ? null
    : html`<h3>Rader som inte kunde läsas (${countText(r.unreadable.lines)})</h3>${table(
        [['Rad', 'n'], 'Sökväg', 'Fel'],
        r.unreadable.first.map((u) => html`<tr><td class="n">${u.line}</td><td>${u.path}</td><td>${u.message}</td></tr>`),
      )}`
}
${
  r.summaryChecks.length === 0
    ? null
    : html`<h3>Kontroll mot körningens sammanställning</h3>${table(
        ['Fil', 'Villkor', 'Stämmer'],
        r.summaryChecks.flatMap((c) => c.laws.map((l) => html`<tr><td>${c.file}</td><td>${l.law}</td><td>${l.holds ? html`<span class="met">ja</span>` : html`<span class="not-met">nej</span>`}</td></tr>`)),
      )}`
}
</section>
</main>
<footer>Skapad av medrec report. Rapporten innehåller inga personuppgifter.</footer>
</body>
</html>
`;
  return doc.html;
};
