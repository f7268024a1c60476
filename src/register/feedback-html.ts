import { countText, html, trustedHtml, verbatimText, type Html } from '../render';
import { daysSv } from './labels';
import type { Feedback, FeedbackRow } from './feedback';

const STYLE = `
* { box-sizing: border-box; }
html { font-family: "Liberation Sans", Arial, "DejaVu Sans", sans-serif; font-size: 9.5pt; color: #111; }
body { margin: 0 auto; max-width: 277mm; padding: 8mm 6mm; }
h1 { font-size: 16pt; margin: 0 0 2mm 0; }
h2 { font-size: 12.5pt; margin: 6mm 0 2mm 0; border-bottom: 0.4mm solid #3b6ea5; padding-bottom: 1mm; break-after: avoid; }
p { margin: 1.2mm 0; }
.figures { display: grid; grid-template-columns: repeat(4, 1fr); gap: 2mm; margin: 3mm 0; }
.figure { border: 0.3mm solid #bbb; border-radius: 1mm; padding: 2mm; }
.figure .n { font-size: 14pt; font-weight: bold; display: block; }
.figure .what { font-size: 8.5pt; color: #333; }
table { border-collapse: collapse; width: 100%; margin: 2mm 0 3mm 0; font-size: 8pt; table-layout: fixed; }
th:nth-child(1) { width: 10%; } th:nth-child(2) { width: 10%; } th:nth-child(3) { width: 9%; } th:nth-child(4) { width: 10%; }
th:nth-child(5) { width: 7%; } th:nth-child(6) { width: 7.5%; } th:nth-child(7) { width: 7%; } th:nth-child(8) { width: 6%; }
th:nth-child(9) { width: 9%; } th:nth-child(10) { width: 9%; }
th, td { border: 0.2mm solid #aaa; padding: 0.8mm 1.2mm; text-align: left; vertical-align: top; overflow-wrap: break-word; hyphens: auto; }
th { background: #eef2f7; }
tr { break-inside: avoid; }
td.n { text-align: right; white-space: nowrap; }
.serious td:first-child { border-left: 1.2mm solid #b8312f; }
.pending { font-weight: bold; }
.note { font-size: 8pt; color: #444; }
footer { margin-top: 6mm; font-size: 8pt; color: #555; }
@page { size: A4 landscape; margin: 10mm; }
@media print { body { padding: 0; } }
`;

const row = (r: FeedbackRow, open: boolean, shown: boolean): Html =>
  html`<tr class="${r.serious ? 'serious' : 'ordinary'}"><td>${shown ? verbatimText(r.patient) : r.patient}</td><td>${r.unit ?? '–'}</td><td>${r.drug}</td><td>${r.kindSv}</td><td>${r.riskBandSv}${r.serious ? ' (allvarlig)' : ''}</td><td class="n">${r.firstSeen}</td><td class="n">${open ? daysSv(r.days) : `${r.resolvedOn ?? ''} (${daysSv(r.days)})`}</td><td class="n">${r.reopened === 0 ? '–' : `${r.reopened} gång${r.reopened === 1 ? '' : 'er'}`}</td><td>${r.decision}</td><td class="pending">${r.pending}</td><td>${r.text}</td></tr>`;

const HEAD = (open: boolean): Html =>
  html`<thead><tr><th>Patient</th><th>Vårdenhet</th><th>Läkemedel</th><th>Avvikelse</th><th>Risknivå</th><th>Först sedd</th><th>${open ? 'Öppen sedan' : 'Åtgärdad (efter)'}</th><th>Återöppnad</th><th>Beslut</th><th>Väntar på</th><th>Beskrivning</th></tr></thead>`;

/**
 * A municipality's feedback (återkoppling) as one printable Swedish HTML page (A4 landscape, no
 * scripts or outside assets) for its medically responsible nurse (MAS): key figures, the open
 * deviations (serious first, then oldest) with their age, decision and the correction pending, and
 * the deviations resolved recently. Every text is escaped; patients masked unless asked for.
 *
 * @example
 * fs.writeFileSync('aterkoppling-karlstad.html', renderFeedbackHtml(feedback))
 */
export const renderFeedbackHtml = (f: Feedback): string => {
  const serious = f.open.filter((r) => r.serious).length;
  const over3 = f.open.filter((r) => r.serious && r.days > 3).length;
  const undecided = f.open.filter((r) => r.decision === 'inget beslut').length;
  const figure = (n: string, what: string) => html`<div class="figure"><span class="n">${n}</span><span class="what">${what}</span></div>`;
  const doc = html`<!DOCTYPE html>
<html lang="sv">
<head>
<meta charset="utf-8">
<title>${`Återkoppling av läkemedelsavvikelser – ${f.municipality}`}</title>
<style>${trustedHtml(STYLE)}</style>
</head>
<body>
<header>
<h1>${`Återkoppling av läkemedelsavvikelser – ${f.municipality}`}</h1>
<p>Till medicinskt ansvarig sjuksköterska (MAS). Läget per <strong>${f.asOf ?? '(inga körningar)'}</strong> (senaste avstämningen) ur regionens avvikelseregister: avvikelser mellan journalens ordinationslista (Cosmic) och e-receptlistan (Pascal) hos kommunens patienter, och vad som händer med dem.</p>
</header>
<main>
<div class="figures">${[
    figure(countText(f.open.length), `öppna avvikelser, varav ${countText(serious)} allvarliga`),
    figure(countText(over3), 'allvarliga öppna mer än 3 dagar'),
    figure(countText(undecided), 'öppna utan beslut'),
    figure(countText(f.recentlyResolved.length), `åtgärdade de senaste ${f.recentDays} dagarna`),
  ]}</div>
<h2>Öppna avvikelser</h2>
${f.open.length === 0 ? html`<p>Inga öppna avvikelser.</p>` : html`<table>${HEAD(true)}<tbody>${f.open.map((r) => row(r, true, f.showPersonnummer))}</tbody></table>`}
<h2>${`Åtgärdade de senaste ${f.recentDays} dagarna`}</h2>
${f.recentlyResolved.length === 0 ? html`<p>Inga.</p>` : html`<table>${HEAD(false)}<tbody>${f.recentlyResolved.map((r) => row(r, false, f.showPersonnummer))}</tbody></table>`}
<p class="note">Öppen sedan: dagar från då avvikelsen sågs (senast öppnades) till senaste avstämningen. Åtgärdad: den första avstämning där avvikelsen var borta. "Väntar på": vad som återstår enligt beslutet; ett förslag från farmaceut eller sjuksköterska behöver läkarens beslut. En avvikelse som kommer tillbaka efter att ha varit åtgärdad räknas som återöppnad.</p>
</main>
<footer>Skapad av medrec register feedback. ${f.showPersonnummer ? 'Innehåller personnummer: hanteras som patientuppgifter och skickas inte okrypterat.' : 'Patienternas personnummer är maskerade.'}</footer>
</body>
</html>
`;
  return doc.html;
};
