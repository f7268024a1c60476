import { barChart, columnChart, countText, html, percentText, RISK_BAND_COLOR, type Html } from '../render';
import { daysSv, kindSv, riskBandSv } from './labels';
import type { GroupStatus, NamedStatus, RegisterStatus } from './status';

const BANDS = ['low', 'moderate', 'high', 'very-high'] as const;
const SHOWN = 15;

const groupName = (key: string | null, what: 'municipality' | 'unit' | 'kind' | 'month'): string =>
  key === null ? (what === 'unit' ? '(enhet ej angiven)' : what === 'municipality' ? '(kommun ej angiven)' : '(okänd)') : what === 'kind' ? kindSv(key) : key;

const table = (head: ReadonlyArray<string>, rows: ReadonlyArray<Html>): Html =>
  html`<table><thead><tr>${head.map((h, k) => (k === 0 ? html`<th>${h}</th>` : html`<th class="n">${h}</th>`))}</tr></thead><tbody>${rows}</tbody></table>`;

const HEAD = ['Namn', 'Avvikelser', 'Öppna', 'Åtgärdade', 'Dagar till åtgärd (median)', '90:e percentilen', 'Åtgärdade inom 7 dagar', 'Allvarliga öppna > 3 dagar', 'Återöppnade'];

const cells = (g: GroupStatus): Html =>
  html`<td class="n">${countText(g.deviations)}</td><td class="n">${countText(g.open)}</td><td class="n">${countText(g.resolved)}</td><td class="n">${daysSv(g.medianDaysToResolution)}</td><td class="n">${daysSv(g.p90DaysToResolution)}</td><td class="n">${percentText(g.resolvedWithin7Days.share)}</td><td class="n">${countText(g.seriousOpenOver3Days)}</td><td class="n">${percentText(g.reopenedShare)}</td>`;

const groupTable = (rows: ReadonlyArray<NamedStatus>, what: 'municipality' | 'unit' | 'kind' | 'month'): Html =>
  table(HEAD, rows.map((r) => html`<tr><td>${groupName(r.key, what)}</td>${cells(r)}</tr>`));

const openChart = (id: string, title: string, rows: ReadonlyArray<NamedStatus>, what: 'municipality' | 'unit' | 'kind'): Html =>
  columnChart({
    id,
    title,
    columns: rows.slice(0, 10).map((r) => ({
      label: groupName(r.key, what),
      segments: BANDS.map((b) => ({ key: b, value: r.openByRiskBand[b] })),
      totalText: countText(r.open),
    })),
    legend: BANDS.map((b) => ({ key: b, label: `${riskBandSv(b)} risk`, color: RISK_BAND_COLOR[b] })),
    tick: countText,
  });

/**
 * The section "Över tid" (over time) of the follow-up report, from the register's status: key
 * figures; open deviations by age and risk band (stacked columns); days to resolution and the share
 * resolved within 7 days by municipality (bars); open deviations by municipality and by kind; and
 * tables by municipality, care unit, kind and month of first sight. Self-contained SVG, every text escaped.
 *
 * @example
 * renderFollowupHtml(report, { overTime: overTimeSection(status) })
 */
export const overTimeSection = (s: RegisterStatus): Html => {
  const t = s.totals;
  const figure = (n: string, what: string) => html`<div class="figure"><span class="n">${n}</span><span class="what">${what}</span></div>`;
  const municipalities = [...s.byMunicipality].sort((a, b) => (b.medianDaysToResolution ?? -1) - (a.medianDaysToResolution ?? -1)).slice(0, SHOWN);
  return html`<section id="over-tid">
<h2>Över tid</h2>
<p class="lead">Ur avvikelseregistret, per ${s.asOf ?? '(inga körningar)'} (senaste körningen): ${countText(s.patients)} patienter, varje avvikelse följd från första gången den sågs tills den var borta vid en avstämning av patienten.</p>
<div class="figures">${[
    figure(countText(t.open), `öppna avvikelser av ${countText(t.deviations)}`),
    figure(daysSv(t.medianDaysToResolution), `till åtgärd (median); 90:e percentilen ${daysSv(t.p90DaysToResolution)}`),
    figure(percentText(t.resolvedWithin7Days.share), `åtgärdade inom 7 dagar (${countText(t.resolvedWithin7Days.count)} av ${countText(t.resolvedWithin7Days.of)})`),
    figure(countText(t.seriousOpenOver3Days), `allvarliga öppna mer än 3 dagar; återöppnade ${percentText(t.reopenedShare)}`),
  ]}</div>
<h3>Öppna avvikelser efter ålder och risknivå</h3>
<figure>${columnChart({
    id: 'open-by-age',
    title: 'Öppna avvikelser efter ålder (dagar sedan de öppnades) och risknivå',
    columns: s.openByAge.map((a) => ({ label: a.sv, segments: BANDS.map((b) => ({ key: b, value: a.byRiskBand[b] })), totalText: countText(a.total) })),
    legend: BANDS.map((b) => ({ key: b, label: `${riskBandSv(b)} risk`, color: RISK_BAND_COLOR[b] })),
    tick: countText,
  })}</figure>
${table(
    ['Ålder', ...[...BANDS].reverse().map((b) => riskBandSv(b)), 'Totalt'],
    s.openByAge.map((a) => html`<tr><td>${a.sv}</td>${[...BANDS].reverse().map((b) => html`<td class="n">${countText(a.byRiskBand[b])}</td>`)}<td class="n">${countText(a.total)}</td></tr>`),
  )}
<h3>Dagar till åtgärd per kommun</h3>
${
  municipalities.every((m) => m.medianDaysToResolution === null)
    ? html`<p>Ingen avvikelse är åtgärdad ännu.</p>`
    : html`<figure>${barChart({
        id: 'days-to-resolution',
        title: 'Dagar till åtgärd (median) per kommun',
        bars: municipalities.map((m) => ({ label: groupName(m.key, 'municipality'), value: m.medianDaysToResolution ?? 0, valueText: `${daysSv(m.medianDaysToResolution)} (p90 ${daysSv(m.p90DaysToResolution)})` })),
        tick: (v) => String(v),
      })}</figure>`
}
<h3>Andel åtgärdade inom 7 dagar per kommun</h3>
<figure>${barChart({
    id: 'resolved-within-7',
    title: 'Andel åtgärdade inom 7 dagar per kommun',
    bars: [...s.byMunicipality].slice(0, SHOWN).map((m) => ({ label: groupName(m.key, 'municipality'), value: m.resolvedWithin7Days.share ?? 0, valueText: m.resolvedWithin7Days.share === null ? 'för tidigt att säga' : percentText(m.resolvedWithin7Days.share) })),
    max: 1,
    ticks: [0, 0.25, 0.5, 0.75, 1],
    tick: (v) => percentText(v).replace(',0', ''),
  })}</figure>
<h3>Öppna avvikelser per kommun (de tio med flest) och per slag</h3>
<figure>${openChart('open-by-municipality', 'Öppna avvikelser per kommun, efter risknivå', s.byMunicipality, 'municipality')}</figure>
<figure>${barChart({ id: 'open-by-kind', title: 'Öppna avvikelser per slag', bars: s.byKind.slice(0, 12).map((k) => ({ label: groupName(k.key, 'kind'), value: k.open, valueText: countText(k.open) })), tick: countText })}</figure>
<h3>Per kommun</h3>
${groupTable(s.byMunicipality, 'municipality')}
<h3>Per vårdenhet</h3>
${groupTable(s.byUnit, 'unit')}
<h3>Per slag av avvikelse</h3>
${groupTable(s.byKind, 'kind')}
<h3>Per månad (då avvikelsen först sågs)</h3>
${groupTable(s.byMonth, 'month')}
<p class="note">En avvikelse är densamma från körning till körning när patient, slag och läkemedlets substanser är desamma (inte postens id, som byts när ett system rättas). Åtgärdad: den första körning där patienten stämdes av och avvikelsen var borta. Dagar till åtgärd räknas från då avvikelsen öppnades (senast, om den återöppnats). Andelen åtgärdade inom 7 dagar räknas bland de avvikelser vars utfall efter 7 dagar är känt (åtgärdade, eller öppna längre än 7 dagar). Ålder: dagar från då avvikelsen öppnades till senaste körningen. Allvarlig: enligt riskklassningen.</p>
</section>`;
};
