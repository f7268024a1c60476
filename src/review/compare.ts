import type { Dispensing } from '../model';
import { sideValues, type Cell, type Columns, type HandoverLine } from '../handover';
import { asNeededText, doseText, html, knownText, stateText, strengthText, type Html } from '../render';
import { wordDiff, type DiffPiece } from './word-diff';

/**
 * One field of a deviation's line, as each list gives it, for the side-by-side view: `differs` (both
 * record it, differently: what differs is highlighted), `one-side` (only one list records it), `same`.
 */
export interface CompareRow {
  readonly label: string;
  readonly kind: 'same' | 'one-side' | 'differs';
  readonly cosmic: string;
  readonly pascal: string;
}

const DISPENSING: Readonly<Record<Dispensing, string>> = { 'dose-dispensed': 'dosdispenserad', 'whole-package': 'helförpackning' };

/** One row from a cell, each side's values formatted and joined; none for a field neither list records. */
const row = <T>(label: string, cell: Cell<T>, format: (v: T) => string): ReadonlyArray<CompareRow> => {
  if (cell.kind === 'none') return [];
  const side = (s: 'cosmic' | 'pascal') => sideValues(cell, s).map(format).join('; ');
  return [{ label, kind: cell.kind, cosmic: side('cosmic'), pascal: side('pascal') }];
};

/**
 * The fields of a line side by side, in the order of a Swedish läkemedelslista: product, strength,
 * form, route, dose, dosage text, as needed, purpose, period, dispensing, prescriber, state.
 *
 * @example
 * compareRows(furosemidLine).find((r) => r.label === 'Dos')
 * // { label: 'Dos', kind: 'differs', cosmic: 'morgon 1 tablett, middag 1 tablett', pascal: 'morgon 1 tablett' }
 */
export const compareRows = (line: HandoverLine): ReadonlyArray<CompareRow> => {
  const c: Columns = line.columns;
  const named = sideValues(c.strength, 'cosmic').length > 1 || sideValues(c.strength, 'pascal').length > 1;
  return [
    ...row('Produkt', c.product, (p) => p),
    ...row('Styrka', c.strength, (s) => strengthText(s, named)),
    ...row('Läkemedelsform', c.form, (f) => knownText(f, (x) => x)),
    ...row('Adm.sätt', c.route, (r) => knownText(r, (x) => x)),
    ...row('Dos', c.dose, doseText),
    ...row('Doseringstext', c.instructions, (t) => t),
    ...row('Vid behov', c.asNeeded, asNeededText),
    ...row('Ändamål', c.purpose, (p) => knownText(p, (x) => x)),
    ...row('Period', c.period, (p) => `${p.start} – ${p.end ?? ''}`.trim()),
    ...row('Utlämning', c.dispensing, (d) => knownText(d, (x) => DISPENSING[x])),
    ...row('Förskrivare', c.prescriber, (p) => knownText(p, (x) => [x.name, x.hsaId === undefined ? undefined : `HSA-id ${x.hsaId}`, x.unit].filter((y) => y !== undefined).join(', '))),
    ...row('Status', c.state, stateText),
  ];
};

const piecesHtml = (pieces: ReadonlyArray<DiffPiece>): Html => html`${pieces.map((p) => (p.changed ? html`<mark>${p.text}</mark>` : p.text))}`;

const sideHtml = (text: string): Html => (text === '' ? html`<span class="absent">–</span>` : html`${text}`);

/**
 * A row of the side-by-side table: both values, what differs marked (`<mark>`) word by word.
 *
 * @example
 * compareRowHtml({ label: 'Dos', kind: 'differs', cosmic: 'morgon 1 tablett, middag 1 tablett', pascal: 'morgon 1 tablett' })
 * // <tr class="differs"><th scope="row">Dos</th><td>morgon 1 tablett<mark>, middag 1 tablett</mark></td><td>morgon 1 tablett</td></tr>
 */
export const compareRowHtml = (r: CompareRow, twoSided: boolean): Html => {
  if (r.kind === 'differs') {
    const diff = wordDiff(r.cosmic, r.pascal);
    return html`<tr class="differs"><th scope="row">${r.label}</th><td>${piecesHtml(diff.cosmic)}</td><td>${piecesHtml(diff.pascal)}</td></tr>`;
  }
  const cls = r.kind === 'one-side' && twoSided ? 'differs' : r.kind === 'same' ? 'same' : 'one-side';
  return html`<tr class="${cls}"><th scope="row">${r.label}</th><td>${sideHtml(r.cosmic)}</td><td>${sideHtml(r.pascal)}</td></tr>`;
};
