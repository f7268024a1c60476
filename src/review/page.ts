import * as E from 'fp-ts/lib/Either.js';
import { RISK_BANDS, type Deviation } from '../classify';
import { handoverList, type HandoverLine, type HandoverOptions } from '../handover';
import { maskPatientId, productName, type MedicationItem } from '../model';
import type { Reconciliation } from '../reconcile';
import { discrepancyText, html, intentText, KIND_LABEL, SUPPLY_LABEL, toJson, trustedHtml, verbatimText, type Html, type HtmlValue } from '../render';
import { CLIENT_SCRIPT } from './client-script';
import { compareRowHtml, compareRows } from './compare';
import { deviationFingerprint, type DecisionEntry, type DecisionsDocument } from '../decisions';
import { BASIS_LABEL, CHOICE_LABELS, choicesFor, neitherValueKind, ROLE_LABELS, type ReviewChoice } from './labels';
import { decisionsOfPatient, earlierDecisions, type EarlierDecision } from './previous';
import { scriptJson } from './script-json';
import { REVIEW_STYLE } from './style';

/**
 * Options of `renderReviewPage`: `showPersonnummer` shows the patient id in full (masked by default);
 * `previous`, an earlier decisions document, is shown and can be changed (a decision made on other
 * values is marked stale and not applied); `sources`, the exports' metadata, for the header.
 */
export interface ReviewPageOptions {
  readonly showPersonnummer?: boolean;
  readonly previous?: DecisionsDocument;
  readonly sources?: HandoverOptions['sources'];
}

/** What the page's script reads: one entry per deviation, in the order shown. */
interface DeviationData {
  readonly id: string;
  readonly fingerprint: string;
  readonly kind: Deviation['discrepancy']['kind'];
  readonly drug: string;
  readonly cosmic: ReadonlyArray<string>;
  readonly pascal: ReadonlyArray<string>;
  readonly choices: ReadonlyArray<ReviewChoice>;
  readonly valueKind: 'status' | 'dosage' | null;
}

const riskLabel = (d: Deviation): string => RISK_BANDS.find((b) => b.band === d.riskBand)?.sv ?? d.riskBand;


const choiceName = (choice: ReviewChoice | null): string => CHOICE_LABELS.find((c) => c.choice === choice)?.sv.toLocaleLowerCase('sv-SE') ?? 'ej beslutad';

/** An earlier decision in words: the choice, the value or copies kept, the comment. */
const decisionText = (d: DecisionEntry): string =>
  [
    choiceName(d.choice),
    ...(d.choice !== 'neither' ? [] : [d.value.kind === 'dosage' ? `dosering: ${d.value.dosage.text}` : `status: ${d.value.status === 'active' ? 'aktiv' : 'utsatt'}`]),
    ...(d.choice !== 'keep' ? [] : [`behåll ${d.keep.join(', ')}`]),
    ...(d.comment === null ? [] : [`kommentar: ${d.comment}`]),
  ].join('; ');

const whoAndWhen = (previous: DecisionsDocument | undefined): string => {
  const by = previous?.decidedBy;
  const role = ROLE_LABELS.find((r) => r.role === by?.role)?.sv.toLocaleLowerCase('sv-SE');
  return [by === null || by === undefined ? null : `${by.name}${role === undefined ? '' : ` (${role})`}`, previous?.decidedAt?.slice(0, 16).replace('T', ' ') ?? null]
    .filter((x) => x !== null)
    .join(', ');
};

const earlierHtml = (earlier: EarlierDecision | undefined, previous: DecisionsDocument | undefined): Html | null => {
  if (earlier === undefined) return null;
  const who = whoAndWhen(previous);
  return earlier.kind === 'stale'
    ? html`<p class="earlier stale" data-previous="stale"><strong>Inaktuellt tidigare beslut:</strong> ${decisionText(earlier.decision)}${who === '' ? '' : ` (${who})`}. Värdena har ändrats sedan beslutet fattades; det tillämpas inte. Besluta på nytt.</p>`
    : html`<p class="earlier" data-previous="current"><strong>Tidigare beslut:</strong> ${decisionText(earlier.decision)}${who === '' ? '' : ` (${who})`}. Det är förvalt nedan och kan ändras.</p>`;
};

const valueInput = (d: DeviationData, n: number, start: DecisionEntry | undefined): Html | null => {
  const id = `value-${n}`;
  if (d.valueKind === null) return null;
  if (d.valueKind === 'status') {
    const current = start?.choice === 'neither' && start.value.kind === 'status' ? start.value.status : '';
    const option = (value: string, label: string) => html`<option value="${value}"${trustedHtml(current === value ? ' selected' : '')}>${label}</option>`;
    return html`<div><label for="${id}">Rätt status, om ingen av dem gäller <kbd>N</kbd></label><select id="${id}" name="${`value:${d.id}`}" data-field="value">${option('', 'Välj …')}${option('active', 'Aktiv: ska ges')}${option('discontinued', 'Utsatt: ska inte ges')}</select></div>`;
  }
  const current = start?.choice === 'neither' && start.value.kind === 'dosage' ? start.value.dosage.text : '';
  return html`<div><label for="${id}">Rätt dosering, om ingen av dem gäller <kbd>N</kbd></label><input type="text" id="${id}" name="${`value:${d.id}`}" data-field="value" value="${current}" placeholder="t.ex. 1 tablett på morgonen"></div>`;
};

const deviationBlock = (
  dev: Deviation,
  d: DeviationData,
  n: number,
  line: HandoverLine | undefined,
  earlier: EarlierDecision | undefined,
  previous: DecisionsDocument | undefined,
): Html => {
  const disc = dev.discrepancy;
  const start = earlier?.kind === 'current' ? earlier.decision : undefined;
  const twoSided = disc.cosmic.length > 0 && disc.pascal.length > 0;
  const rows = line === undefined ? [] : compareRows(line);
  const heading = (side: 'cosmic' | 'pascal') => {
    const ids = line === undefined ? disc[side] : line.items[side].map((i) => i.id);
    const name = side === 'cosmic' ? 'Journalen (Cosmic)' : 'Pascal (e-receptlistan)';
    return ids.length === 0 ? html`${name} <span class="absent">– saknas</span>` : html`${name} <span class="muted small">${ids.join(', ')}</span>`;
  };
  // The discrepancy carries its items: each copy is named by its own product, nothing looked up.
  const keepItems: ReadonlyArray<MedicationItem> = [...disc.items.cosmic, ...disc.items.pascal];
  return html`<section class="${`deviation risk-${dev.riskBand}`}" tabindex="0" data-deviation="${dev.id}" data-kind="${disc.kind}"${
    earlier?.kind === 'stale' ? trustedHtml(' data-stale="true"') : null
  } aria-labelledby="${`deviation-${n}`}">
<div class="head"><h3 id="${`deviation-${n}`}">A${n}. ${disc.drug} — ${KIND_LABEL[disc.kind]}</h3><span class="${`risk${dev.serious ? ' serious' : ''}`}">Riskpoäng ${dev.riskScore} (${riskLabel(dev)})${dev.serious ? ', allvarlig' : ''}</span><span class="state" data-state>Ej beslutad</span></div>
<p>${discrepancyText(disc)}</p>
<table class="compare"><colgroup><col class="field"><col><col></colgroup>
<thead><tr><th scope="col">Fält</th><th scope="col">${heading('cosmic')}</th><th scope="col">${heading('pascal')}</th></tr></thead>
<tbody>${rows.map((row) => compareRowHtml(row, twoSided))}</tbody></table>
<div class="facts">
<div><strong>Varför posterna paras ihop</strong>${line === undefined ? '–' : BASIS_LABEL[line.basis]}</div>
<div><strong>Avsikt</strong>${intentText(dev.intent)}</div>
<div><strong>Föreslagen åtgärd</strong><ol>${dev.action.steps.map((s) => html`<li>${s.sv}</li>`)}</ol></div>
</div>
${earlierHtml(earlier, previous)}
<fieldset><legend>Beslut för A${n}</legend>
<div class="choices">${d.choices.map((choice) => {
    const label = CHOICE_LABELS.find((c) => c.choice === choice)!;
    return html`<label><input type="radio" name="${`choice:${dev.id}`}" value="${choice}" data-choice="${choice}"${trustedHtml(start?.choice === choice ? ' checked' : '')}> ${label.sv} <kbd>${label.key.toLocaleUpperCase('sv-SE')}</kbd></label>`;
  })}</div>
${
  disc.kind === 'duplicate'
    ? html`<div class="keep-items" role="group" aria-label="${`Vilka poster står kvar (A${n})`}"><span>Står kvar <kbd>K</kbd>:</span>${keepItems.map(
        ({ id, product }) =>
          html`<label><input type="checkbox" data-keep="${id}" name="${`keep:${dev.id}`}" value="${id}"${trustedHtml(start?.choice === 'keep' && start.keep.includes(id) ? ' checked' : '')}> ${id} ${productName(product)}</label>`,
      )}</div>`
    : null
}
<div class="detail-inputs">${valueInput(d, n, start)}<div><label for="${`comment-${n}`}">Kommentar <kbd>C</kbd></label><textarea id="${`comment-${n}`}" name="${`comment:${dev.id}`}" data-field="comment" rows="2">${start?.comment ?? ''}</textarea></div></div>
</fieldset>
</section>`;
};

const quietTable = (lines: ReadonlyArray<HandoverLine>): Html =>
  html`<table class="quiet"><colgroup><col style="width:22%"><col style="width:34%"><col style="width:26%"><col style="width:18%"></colgroup><thead><tr><th scope="col">Läkemedel</th><th scope="col">Produkt</th><th scope="col">Dos</th><th scope="col">Poster</th></tr></thead><tbody>${lines.map((l) => {
    const rows = compareRows(l);
    const value = (label: string) => {
      const found = rows.find((x) => x.label === label);
      if (found === undefined) return '–';
      return found.kind === 'same' || found.cosmic === '' || found.pascal === '' ? found.cosmic || found.pascal : `J: ${found.cosmic} · P: ${found.pascal}`;
    };
    return html`<tr><td>${l.drug}</td><td>${value('Produkt')}</td><td>${value('Dos')}</td><td>${[...l.items.cosmic.map((i) => `J ${i.id}`), ...l.items.pascal.map((i) => `P ${i.id}`)].join(', ')}${
      l.status === 'not-on-prescription' ? html`<br><span class="small">${l.supply.filter((s) => s !== 'prescription').map((s) => SUPPLY_LABEL[s]).join(', ')}</span>` : null
    }</td></tr>`;
  })}</tbody></table>`;

const folded = (summary: string, lines: ReadonlyArray<HandoverLine>, hook: string): Html | null =>
  lines.length === 0 ? null : html`<details data-lines="${hook}"><summary>${summary}</summary>${quietTable(lines)}</details>`;

/**
 * The review page (granskningssida): one self-contained Swedish HTML document — inline style and
 * script, nothing loaded or sent over the network — in which a pharmacist or physician decides every
 * deviation and saves the decisions document (`beslut-<asOf>.json`) for `medrec handover --decisions`.
 * Agreed lines are folded and quiet; deviations come first by risk, each with both values side by
 * side (what differs marked), why the items were paired, the intent, the suggested action, the
 * choices, a comment and any earlier decision (a stale one marked). The reconciliation and each
 * deviation's fingerprint are embedded as JSON (`<script type="application/json">`, escaped);
 * the patient id is shown masked unless `showPersonnummer`, and is in the data in full, because the
 * decisions document names the patient. Every interpolated text is escaped.
 *
 * @example
 * fs.writeFileSync('review.html', renderReviewPage(result, { previous }))
 */
export const renderReviewPage = (r: Reconciliation, options: ReviewPageOptions = {}): string => {
  const list = handoverList(r, options.sources === undefined ? {} : { sources: options.sources });
  // Without `previous`, a handover list is always made; the fallback keeps the page whole regardless.
  const lines: ReadonlyArray<HandoverLine> = E.isRight(list) ? [...list.right.lines, ...list.right.inactive] : [];
  const data: ReadonlyArray<DeviationData> = r.deviations.map((d) => ({
    id: d.id,
    fingerprint: deviationFingerprint(d),
    kind: d.discrepancy.kind,
    drug: d.discrepancy.drug,
    cosmic: d.discrepancy.cosmic,
    pascal: d.discrepancy.pascal,
    choices: choicesFor(d.discrepancy),
    valueKind: neitherValueKind(d.discrepancy.kind),
  }));
  // Another patient's decisions are never shown: the page says so instead (naming neither id).
  const previous = options.previous !== undefined && decisionsOfPatient(options.previous, r.patient) ? options.previous : undefined;
  const foreign = options.previous !== undefined && previous === undefined;
  const { byDeviation, gone } = earlierDecisions(previous, r.deviations);
  const stale = [...byDeviation.values()].filter((e) => e.kind === 'stale').length;
  const patientId = options.showPersonnummer === true ? r.patient.id : maskPatientId(r.patient.id);
  // Rendered text is redacted on its way out; the id a reader asked to see in full is shown as written.
  const shownId = (text: string): HtmlValue => (options.showPersonnummer === true ? verbatimText(text) : text);
  const facts = [
    ...(r.patient.birthDate === undefined ? [] : [`född ${r.patient.birthDate}`]),
    ...(r.patient.municipality === undefined ? [] : [`${r.patient.municipality} kommun`]),
    ...(r.patient.palliative === true ? ['palliativ vård'] : []),
  ];
  const sources = E.isRight(list) ? list.right.sources : undefined;
  const exported = (at: string | null | undefined) => (at === null || at === undefined ? null : `${at.slice(0, 10)} ${at.slice(11, 16)}`);
  const byStatus = (status: HandoverLine['status']) => lines.filter((l) => l.status === status);
  const serious = r.deviations.filter((d) => d.serious).length;
  const by = previous?.decidedBy ?? null;
  const embedded = {
    format: 'medrec-review-data',
    version: 1,
    asOf: r.asOf,
    patient: { id: r.patient.id },
    deviations: data,
    // The checks ran once, for the handover list; the reconciliation's JSON is given them.
    reconciliation: E.isRight(list) ? toJson(r, list.right.checks) : toJson(r),
  };
  const doc = html`<!DOCTYPE html>
<html lang="sv">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:">
<title>${shownId(`Granskning av läkemedelsavstämning ${patientId} ${r.asOf}`)}</title>
<style>${trustedHtml(REVIEW_STYLE)}</style>
</head>
<body>
<header>
<h1>Läkemedelsavstämning — granskning och beslut</h1>
<div class="patient"><span>Patient <strong>${shownId(patientId)}</strong></span>${facts.map((f) => html`<span>${f}</span>`)}<span>Avstämd ${r.asOf}</span>${
    sources === undefined
      ? null
      : html`${exported(sources.cosmic.exportedAt) === null ? null : html`<span class="muted">Journalen exporterad ${exported(sources.cosmic.exportedAt)}${sources.cosmic.unit === null ? '' : `, ${sources.cosmic.unit}`}</span>`}${
          exported(sources.pascal.exportedAt) === null ? null : html`<span class="muted">Pascal exporterad ${exported(sources.pascal.exportedAt)}</span>`
        }`
  }</div>
<p class="warning">${
    r.deviations.length === 0 && r.invalid.length === 0 && r.problems.length === 0
      ? 'Listorna stämmer överens. Listan blir giltig som ordinationshandling när ansvarig läkare har signerat den.'
      : 'Listan är inte giltig som ordinationshandling förrän varje avvikelse är beslutad och ansvarig läkare har signerat.'
  }</p>
<p>${r.deviations.length} ${r.deviations.length === 1 ? 'avvikelse' : 'avvikelser'} att besluta (${serious} allvarliga) · ${byStatus('agreed').length} överensstämmer · ${byStatus('not-on-prescription').length} ej på recept${
    r.invalid.length === 0 ? '' : ` · ${r.invalid.length} ${r.invalid.length === 1 ? 'post' : 'poster'} kunde inte läsas`
  }${r.problems.length === 0 ? '' : ` · uppgifter i ${r.problems.length} ${r.problems.length === 1 ? 'post' : 'poster'} kunde inte läsas`}</p>
${foreign ? html`<p class="warning" data-previous="other-patient">De tidigare besluten gäller en annan patient och visas inte.</p>` : null}
${
  previous === undefined
    ? null
    : html`<p class="earlier${stale > 0 ? ' stale' : ''}">Tidigare beslut inlästa${whoAndWhen(previous) === '' ? '' : ` (${whoAndWhen(previous)})`}: ${byDeviation.size} av ${r.deviations.length} avvikelser${
        stale > 0 ? `, varav ${stale} inaktuella (värdena har ändrats sedan beslutet; markerade nedan)` : ''
      }.${previous.signature === null ? '' : ' Den tidigare signaturen gäller inte en ny fil: signera igen.'}${
        previous.rejected.length === 0
          ? null
          : html` Kunde inte läsas: ${previous.rejected.map((e, k) => html`${k === 0 ? '' : '; '}${e.path}: ${e.message}`)}.`
      }</p>`
}
<p class="keys">Tangentbord: <kbd>Tab</kbd> går mellan avvikelser och fält. På en markerad avvikelse: <kbd>J</kbd> journalen gäller, <kbd>P</kbd> Pascal gäller, <kbd>N</kbd> ingen av dem (skriv rätt värde), <kbd>S</kbd> sätt ut på båda, <kbd>K</kbd> behåll valda (dubbelförskrivning), <kbd>C</kbd> kommentar, <kbd>Enter</kbd> nästa avvikelse, <kbd>Esc</kbd> tillbaka från ett textfält.</p>
<p class="no-script warning">JavaScript är avstängt: sidan kan läsas och skrivas ut, men beslut kan inte sparas.</p>
</header>
<main>
<h2>Avvikelser att besluta, högst risk först</h2>
${r.deviations.length === 0 ? html`<p class="muted">Inga avvikelser.</p>` : null}
${r.deviations.map((dev, k) => deviationBlock(dev, data[k]!, k + 1, lines.find((l) => l.deviations.includes(dev.id)), byDeviation.get(dev.id), previous))}
${
  gone.length === 0
    ? null
    : html`<p class="earlier">Tidigare beslut om avvikelser som inte längre finns (skillnaden är borta): ${gone.map((g, k) => html`${k === 0 ? '' : '; '}${g.deviation}: ${decisionText(g)}`)}.</p>`
}
${
  r.invalid.length === 0
    ? null
    : html`<h2>Poster som inte kunde läsas</h2><ul>${r.invalid.map(
        (i) => html`<li>${i.source === 'cosmic' ? 'Journalen' : 'Pascal'} ${i.id ?? `post ${i.index + 1}`}: ${i.path}: ${i.message}</li>`,
      )}</ul>`
}
${
  r.problems.length === 0
    ? null
    : html`<h2>Uppgifter som inte kunde läsas</h2><p class="muted">Posterna finns i listan; uppgifterna jämförs som okända tills någon har sett på dem.</p><ul>${r.problems.flatMap((i) =>
        i.problems.map((p) => html`<li>${i.source === 'cosmic' ? 'Journalen' : 'Pascal'} ${i.id}: ${p.path}: ${p.message}</li>`),
      )}</ul>`
}
<h2>Övriga läkemedel</h2>
${folded(`${byStatus('agreed').length} läkemedel överensstämmer i båda listorna`, byStatus('agreed'), 'agreed')}
${folded(`${byStatus('not-on-prescription').length} ej på recept (egenvård, avdelningens förråd, generella direktiv)`, byStatus('not-on-prescription'), 'not-on-prescription')}
${folded(`${byStatus('inactive').length} ej aktuella på avstämningsdagen`, byStatus('inactive'), 'inactive')}
<section class="decider" aria-labelledby="decider-title">
<h2 id="decider-title">Beslutsfattare</h2>
<div class="decider-fields">
<div><label for="decider-name">Namn</label><input type="text" id="decider-name" name="decidedBy.name" autocomplete="name" value="${by?.name ?? ''}"></div>
<div><label for="decider-hsa">HSA-id</label><input type="text" id="decider-hsa" name="decidedBy.hsaId" placeholder="SE2321000016-A1B2" value="${by?.hsaId ?? ''}"></div>
<div><label for="decider-role">Roll</label><select id="decider-role" name="decidedBy.role"><option value="">Välj …</option>${ROLE_LABELS.map(
    (role) => html`<option value="${role.role}"${trustedHtml(by?.role === role.role ? ' selected' : '')}>${role.sv}</option>`,
  )}</select></div>
</div>
<p class="small muted">Ansvarig läkare beslutar och signerar; en farmaceuts eller sjuksköterskas beslut sparas som förslag. Sidan skickar ingenting: <strong>Spara beslut</strong> laddar ner filen ${`beslut-${r.asOf}.json`}, som läses av <code>medrec handover --decisions</code>.</p>
</section>
</main>
<div class="bar">
<output class="counter" data-counter aria-live="polite">${r.deviations.length === 0 ? 'Inga avvikelser att besluta' : `Kvar att besluta: ${r.deviations.length} av ${r.deviations.length}`}</output>
<span data-signature>Inte signerad</span>
<button type="button" data-action="sign">Signera</button>
<button type="button" data-action="save">Spara beslut</button>
<p class="status" data-status role="status" aria-live="polite"></p>
</div>
<script type="application/json" id="review-data">${trustedHtml(scriptJson(embedded))}</script>
<script>${trustedHtml(CLIENT_SCRIPT)}</script>
</body>
</html>
`;
  return doc.html;
};
