import { ACTOR_LABEL, type Actor } from '../classify';
import type { DecisionProblem, DecisionRecord, DecisionState, OrderedCorrection } from '../decisions';
import type { Columns, HandoverLine, HandoverList, Validity } from '../handover';
import type { Source } from '../model';
import { html, trustedHtml, type Html } from './html';

/** The state of a decision, in Swedish. */
export const DECISION_STATE_LABEL: Readonly<Record<DecisionState, string>> = {
  done: 'genomfört: skillnaden är borta',
  pending: 'väntar på rättelse',
  stale: 'inaktuellt: värdena har ändrats sedan beslutet; nytt beslut krävs',
};

/**
 * What a decided or signed list says about its validity, in Swedish; null for the other kinds.
 *
 * @example
 * decidedValidityText({ kind: 'signed', decided: 5, signedBy: { name: 'Anna Andersson', hsaId: 'SE2321000016-A1B2' }, signedAt: '2026-11-20T15:31:00+01:00' })
 * // 'Listan är giltig som ordinationshandling: alla 5 avvikelser är beslutade och listan är signerad av ansvarig läkare Anna Andersson (HSA-id SE2321000016-A1B2) 2026-11-20 15:31.'
 */
export const decidedValidityText = (v: Validity): string | null => {
  switch (v.kind) {
    case 'signed':
      return `Listan är giltig som ordinationshandling: ${v.decided === 0 ? 'inga avvikelser återstår' : v.decided === 1 ? 'avvikelsen är beslutad' : `alla ${v.decided} avvikelser är beslutade`} och listan är signerad av ansvarig läkare ${v.signedBy.name} (HSA-id ${v.signedBy.hsaId}) ${v.signedAt.slice(0, 10)} ${v.signedAt.slice(11, 16)}.`;
    case 'decided':
      return `${v.decided === 1 ? 'Avvikelsen är beslutad' : `Alla ${v.decided} avvikelser är beslutade`}, men listan är inte signerad av ansvarig läkare och är ännu inte giltig som ordinationshandling. ${v.reason}`;
    default:
      return null;
  }
};

/**
 * The stale decisions of a not-valid list, as a reason in Swedish (none when there are none).
 *
 * @example
 * staleReason({ kind: 'not-valid', needsDecision: 1, unreadable: 0, stale: 1 }) // ['1 beslut gäller värden som har ändrats och måste fattas på nytt']
 */
export const staleReason = (v: Validity): ReadonlyArray<string> =>
  v.kind === 'not-valid' && (v.stale ?? 0) > 0 ? [`${v.stale} beslut gäller värden som har ändrats och måste fattas på nytt`] : [];

/**
 * The sides whose values in a column a line's decisions set aside (struck through on the list): the
 * other side of `cosmic`/`pascal`, both for `neither` and `stop`, for `keep` a side none of whose
 * items stays. Stale decisions set nothing aside.
 *
 * @example
 * struckSides(furosemidLineDecidedForJournal, 'dose') // Set { 'pascal' }
 */
export const struckSides = (line: HandoverLine, column: keyof Columns): ReadonlySet<Source> => {
  const struck = new Set<Source>();
  for (const d of line.decisions ?? []) {
    if (d.state !== 'pending' || (d.columns !== 'all' && !d.columns.includes(column))) continue;
    if (d.right === 'cosmic') struck.add('pascal');
    else if (d.right === 'pascal') struck.add('cosmic');
    else if (d.right === 'keep') {
      for (const s of ['cosmic', 'pascal'] as const) if (line.items[s].length > 0 && !line.items[s].some((i) => (d.keep ?? []).includes(i.id))) struck.add(s);
    } else {
      struck.add('cosmic');
      struck.add('pascal');
    }
  }
  return struck;
};

/**
 * The decisions of a line as small lines for its status cell; a stale one says it does not apply.
 *
 * @example
 * lineDecisionsHtml(furosemidLine).html // '<span class="small decision">Beslut: journalen gäller — Anna Andersson, 2026-11-20</span>'
 */
export const lineDecisionsHtml = (line: HandoverLine): Html =>
  html`${(line.decisions ?? []).map((d) =>
    d.state === 'stale'
      ? html`<span class="small decision stale">${d.text} — gäller inte: värdena har ändrats, nytt beslut krävs</span>`
      : html`<span class="small decision">${d.text}</span>`,
  )}`;

const SYSTEM_HEADING: Readonly<Record<Source, string>> = { cosmic: 'Journalen (Cosmic)', pascal: 'E-receptlistan (Pascal)' };

const correctionRow = (c: OrderedCorrection, number: (id: string) => string): Html =>
  html`<tr><td>${number(c.deviation)}</td><td>${c.sv}${c.overdue ? html`<span class="small serious">Ej gjord sedan ${c.since}: försenad</span>` : null}</td><td class="small-cell">${c.en}</td><td>${c.since}</td><td class="check"></td></tr>`;

/**
 * "Att rätta i systemen": the corrections the decisions order, grouped by system and, within it, by
 * who does it, each with its deviation number, the Swedish and English text, since when, and a box to
 * tick; null without decisions.
 *
 * @example
 * correctionsSectionHtml(list, numbers)?.html // '<section class="corrections"><h2>Att rätta i systemen (5)</h2>…'
 */
export const correctionsSectionHtml = (list: HandoverList, numbers: ReadonlyMap<string, number>): Html | null => {
  const decided = list.decided;
  if (decided === undefined) return null;
  const number = (id: string) => `A${numbers.get(id) ?? '?'}`;
  const groups = (['cosmic', 'pascal'] as const).flatMap((system) => {
    const ofSystem = decided.corrections.filter((c) => c.system === system);
    const actors = [...new Set(ofSystem.map((c) => c.actor))] as Actor[];
    return actors.map((actor) => ({ system, actor, corrections: ofSystem.filter((c) => c.actor === actor) }));
  });
  return html`<section class="corrections"><h2>Att rätta i systemen (${decided.corrections.length})</h2>${
    decided.corrections.length === 0
      ? html`<p>Inget att rätta: besluten kräver ingen ändring i systemen, eller ändringarna är redan gjorda.</p>`
      : html`<p class="legend">Beställt av besluten ovan; medrec kontrollerar vid nästa avstämning att rättelsen är gjord. En rättelse som väntar mer än två dagar rapporteras som försenad.</p>${groups.map(
          (g) =>
            html`<h3>${SYSTEM_HEADING[g.system]} — ${ACTOR_LABEL[g.actor].sv}</h3><table><colgroup>${trustedHtml('<col style="width:5%"><col style="width:45%"><col style="width:32%"><col style="width:10%"><col style="width:8%">')}</colgroup><thead><tr><th>Avv.</th><th>Rättelse</th><th>In English</th><th>Sedan</th><th>Gjord</th></tr></thead><tbody>${g.corrections.map((c) => correctionRow(c, number))}</tbody></table>`,
        )}`
  }</section>`;
};

const decisionRow = (d: DecisionRecord, number: (id: string) => string): Html =>
  html`<tr><td>${number(d.deviation)}</td><td>${d.deviation}</td><td>${d.text}${d.comment === null ? null : html`<span class="small">${d.comment}</span>`}</td><td>${DECISION_STATE_LABEL[d.state]}${
    d.state === 'pending' && d.pendingDays !== null && d.pendingDays > 0 ? html`<span class="small${d.overdue ? ' serious' : ''}">${d.pendingDays} dagar sedan beslutet${d.overdue ? ': försenad' : ''}</span>` : null
  }</td><td>${d.signature === null ? 'ej signerat' : `signerat ${d.signature.signedAt.slice(0, 10)}`}</td></tr>`;

const problemRow = (p: DecisionProblem): Html => html`<tr><td>${p.file ?? '–'}</td><td>${p.path}</td><td>${p.message}</td></tr>`;

/**
 * "Beslut och uppföljning": every decision with its state on this reconciliation (done, pending, stale),
 * and the problems found in the decisions documents. Null without decisions.
 *
 * @example
 * decisionsSectionHtml(list, numbers)?.html // '<section><h2>Beslut och uppföljning (5)</h2>…'
 */
export const decisionsSectionHtml = (list: HandoverList, numbers: ReadonlyMap<string, number>): Html | null => {
  const decided = list.decided;
  if (decided === undefined) return null;
  const number = (id: string) => (numbers.has(id) ? `A${numbers.get(id)}` : '–');
  return html`<section><h2>Beslut och uppföljning (${decided.decisions.length})</h2>${
    decided.decisions.length === 0
      ? html`<p>Inga beslut har fattats.</p>`
      : html`<table><colgroup>${trustedHtml('<col style="width:5%"><col style="width:17%"><col style="width:40%"><col style="width:26%"><col style="width:12%">')}</colgroup><thead><tr><th>Avv.</th><th>Avvikelse</th><th>Beslut</th><th>Läge</th><th>Signering</th></tr></thead><tbody>${decided.decisions.map((d) => decisionRow(d, number))}</tbody></table>`
  }${
    decided.problems.length === 0
      ? null
      : html`<h3>Fel i beslutsunderlaget (${decided.problems.length}): dessa beslut gäller inte</h3><table><colgroup>${trustedHtml('<col style="width:20%"><col style="width:25%"><col style="width:55%">')}</colgroup><thead><tr><th>Fil</th><th>Sökväg</th><th>Fel</th></tr></thead><tbody>${decided.problems.map(problemRow)}</tbody></table>`
  }</section>`;
};

/** The style the decided parts of the list add: struck values readable in print, decision lines, tick boxes. */
export const DECISIONS_STYLE = `
del { text-decoration: line-through; text-decoration-thickness: 0.3mm; color: #555; }
.decision { color: #003d80; font-weight: bold; }
.decision.stale { color: #a00000; }
h3 { font-size: 9pt; margin: 2.5mm 0 1mm 0; break-after: avoid; }
td.check { border: 0.3mm solid #000; }
.small-cell { font-size: 6.5pt; color: #333; }
.validity-signed { border: 0.6mm solid #1b6e20; background: #e8f5e9; color: #0b3d0e; padding: 2mm 3mm; font-weight: bold; font-size: 9pt; margin: 2mm 0; }
.validity-decided { border: 0.6mm solid #c77700; background: #fff6e0; color: #5a3a00; padding: 2mm 3mm; font-weight: bold; font-size: 9pt; margin: 2mm 0; }
`;
