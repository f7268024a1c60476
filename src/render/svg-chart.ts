import { html, trustedHtml, type Html } from './html';

/** One bar of a horizontal bar chart: its label, value, the text printed beside it, and its colour. */
export interface Bar {
  readonly label: string;
  readonly value: number;
  readonly valueText: string;
  readonly color?: string;
  /** A target to mark on this bar's row, on the value scale (a share of 0.98, say). */
  readonly target?: { readonly value: number; readonly text: string };
}

/** A horizontal bar chart: bars from the top, on a scale from 0 to `max` (the largest value when absent). */
export interface BarChart {
  readonly id: string;
  readonly title: string;
  readonly bars: ReadonlyArray<Bar>;
  readonly max?: number;
  /** Tick labels on the scale, from a value. */
  readonly tick: (value: number) => string;
  readonly ticks?: ReadonlyArray<number>;
}

/** One segment of a stacked column. */
export interface Segment {
  readonly key: string;
  readonly value: number;
}

/** A chart of stacked columns (one per label), with a legend of the segment keys. */
export interface ColumnChart {
  readonly id: string;
  readonly title: string;
  readonly columns: ReadonlyArray<{ readonly label: string; readonly segments: ReadonlyArray<Segment>; readonly totalText: string }>;
  readonly legend: ReadonlyArray<{ readonly key: string; readonly label: string; readonly color: string }>;
  readonly tick: (value: number) => string;
}

/** The default bar colour. */
export const BAR_COLOR = '#3b6ea5';

const WIDTH = 760;
const LABEL_WIDTH = 250;
const VALUE_WIDTH = 120;
const ROW = 24;
const BAR_HEIGHT = 15;
const TOP = 8;
const AXIS = 26;

const round = (n: number): number => Math.round(n * 10) / 10;

/**
 * Steps for a scale from 0 to `max`: about five, on 1, 2 or 5 times a power of ten.
 *
 * @example
 * niceTicks(1234) // [0, 500, 1000, 1500]
 */
export const niceTicks = (max: number): ReadonlyArray<number> => {
  if (!(max > 0)) return [0];
  const raw = max / 5;
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((m) => m * power).find((s) => s >= raw) ?? raw;
  const ticks: number[] = [];
  for (let v = 0; v <= max + step * 1e-9; v += step) ticks.push(round(v * 1e6) / 1e6);
  if (ticks[ticks.length - 1]! < max) ticks.push(ticks[ticks.length - 1]! + step);
  return ticks;
};

/** Where a bar's value text starts: just past the bar, or past the target mark when the text would cross it. */
const valueX = (barEnd: number, text: string, targetX: number | undefined): number => {
  const start = barEnd + 6;
  const width = text.length * 6.2;
  return round(targetX !== undefined && start < targetX + 4 && start + width > targetX - 2 ? targetX + 6 : start);
};

/** Shortens a label to fit its column, with an ellipsis. */
const fit = (text: string, chars: number): string => (text.length <= chars ? text : `${text.slice(0, chars - 1)}…`);

/**
 * A horizontal bar chart as an SVG element (no scripts, no external assets): one `g.bar` per bar with
 * its label, a `rect` whose width is the value on the scale (at least a hairline, so a zero still
 * shows), the value in words (past the target mark when it would cross it), and a
 * dashed target mark; a scale with ticks below.
 *
 * @example
 * barChart({ id: 'kinds', title: 'Vanligaste skillnaderna', bars: [{ label: 'Dosen skiljer', value: 361, valueText: '361' }], tick: String })
 */
export const barChart = (c: BarChart): Html => {
  const ticks = c.ticks ?? niceTicks(Math.max(c.max ?? 0, ...c.bars.map((b) => b.value)));
  const max = Math.max(c.max ?? 0, ticks[ticks.length - 1] ?? 0, ...c.bars.map((b) => b.value)) || 1;
  const plot = WIDTH - LABEL_WIDTH - VALUE_WIDTH;
  const x = (v: number) => round(LABEL_WIDTH + (Math.max(0, v) / max) * plot);
  const height = TOP + c.bars.length * ROW + AXIS;
  const axisY = TOP + c.bars.length * ROW + 2;
  const bars = c.bars.map((b, k) => {
    const y = TOP + k * ROW;
    const w = Math.max(1, round((Math.max(0, b.value) / max) * plot));
    const target = b.target === undefined ? null : trustedHtml(`<line class="target" x1="${x(b.target.value)}" x2="${x(b.target.value)}" y1="${y}" y2="${y + ROW - 4}" stroke="#222" stroke-width="1.5" stroke-dasharray="3 2"/>`);
    return html`<g class="bar" data-label="${b.label}"><title>${`${b.label}: ${b.valueText}${b.target === undefined ? '' : ` (${b.target.text})`}`}</title><text class="label" x="${LABEL_WIDTH - 8}" y="${y + BAR_HEIGHT - 3}" text-anchor="end">${fit(b.label, 38)}</text>${trustedHtml(
      `<rect x="${LABEL_WIDTH}" y="${y}" width="${w}" height="${BAR_HEIGHT}" fill="`,
    )}${b.color ?? BAR_COLOR}${trustedHtml('"/>')}${target}<text class="value" x="${valueX(LABEL_WIDTH + w, b.valueText, b.target === undefined ? undefined : x(b.target.value))}" y="${y + BAR_HEIGHT - 3}">${b.valueText}</text></g>`;
  });
  const axis = ticks.map(
    (t) => html`${trustedHtml(`<line x1="${x(t)}" x2="${x(t)}" y1="${TOP - 4}" y2="${axisY + 4}" stroke="#ccc" stroke-width="0.5"/>`)}<text class="tick" x="${x(t)}" y="${axisY + 16}" text-anchor="middle">${c.tick(t)}</text>`,
  );
  return html`<svg class="chart" data-chart="${c.id}" data-bars="${c.bars.length}" role="img" aria-label="${c.title}" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${WIDTH} ${height}" width="${WIDTH}" height="${height}"><title>${c.title}</title>${axis}${trustedHtml(
    `<line x1="${LABEL_WIDTH}" x2="${LABEL_WIDTH}" y1="${TOP - 4}" y2="${axisY}" stroke="#444" stroke-width="1"/>`,
  )}${bars}</svg>`;
};

const COLUMN_PLOT_HEIGHT = 200;
const COLUMN_LEFT = 60;

/**
 * A chart of stacked columns as an SVG element: one `g.bar` per column, a `rect` per non-empty
 * segment stacked from the bottom in legend order, the column's label below and its total above, a
 * scale on the left and the legend at the top.
 *
 * @example
 * columnChart({ id: 'months', title: 'Avvikelser per månad', columns: [{ label: '2026-11', segments: [{ key: 'low', value: 10 }], totalText: '10' }], legend: [...], tick: String })
 */
export const columnChart = (c: ColumnChart): Html => {
  const totals = c.columns.map((col) => col.segments.reduce((s, x) => s + x.value, 0));
  const ticks = niceTicks(Math.max(0, ...totals));
  const max = ticks[ticks.length - 1]! || 1;
  const legendHeight = 24;
  const top = legendHeight + 18;
  const plotWidth = WIDTH - COLUMN_LEFT - 20;
  const slot = plotWidth / Math.max(1, c.columns.length);
  const colWidth = round(Math.min(64, slot * 0.6));
  const baseY = top + COLUMN_PLOT_HEIGHT;
  const height = baseY + 34;
  const yOf = (v: number) => round(baseY - (v / max) * COLUMN_PLOT_HEIGHT);
  const color = new Map(c.legend.map((l) => [l.key, l.color]));
  const legend = c.legend.map(
    (l, k) => html`${trustedHtml(`<rect x="${COLUMN_LEFT + k * 150}" y="4" width="12" height="12" fill="`)}${l.color}${trustedHtml('"/>')}<text class="legend" x="${COLUMN_LEFT + k * 150 + 18}" y="14">${l.label}</text>`,
  );
  const axis = ticks.map(
    (t) =>
      html`${trustedHtml(`<line x1="${COLUMN_LEFT}" x2="${WIDTH - 20}" y1="${yOf(t)}" y2="${yOf(t)}" stroke="#ddd" stroke-width="0.5"/>`)}<text class="tick" x="${COLUMN_LEFT - 6}" y="${yOf(t) + 4}" text-anchor="end">${c.tick(t)}</text>`,
  );
  const columns = c.columns.map((col, k) => {
    const cx = round(COLUMN_LEFT + slot * k + slot / 2);
    const left = round(cx - colWidth / 2);
    let below = 0;
    const segments = c.legend.flatMap((l) => {
      const v = col.segments.filter((s) => s.key === l.key).reduce((s, x) => s + x.value, 0);
      if (v <= 0) return [];
      const y0 = yOf(below);
      below += v;
      const y1 = yOf(below);
      return [html`${trustedHtml(`<rect class="segment" x="${left}" y="${y1}" width="${colWidth}" height="${Math.max(1, round(y0 - y1))}" fill="`)}${color.get(l.key) ?? BAR_COLOR}${trustedHtml('"/>')}`];
    });
    const total = totals[k]!;
    return html`<g class="bar" data-label="${col.label}"><title>${`${col.label}: ${col.totalText}`}</title>${
      segments.length === 0 ? trustedHtml(`<rect class="segment" x="${left}" y="${baseY - 1}" width="${colWidth}" height="1" fill="#999"/>`) : segments
    }<text class="value" x="${cx}" y="${yOf(total) - 5}" text-anchor="middle">${col.totalText}</text><text class="label" x="${cx}" y="${baseY + 16}" text-anchor="middle">${fit(col.label, 12)}</text></g>`;
  });
  return html`<svg class="chart" data-chart="${c.id}" data-bars="${c.columns.length}" role="img" aria-label="${c.title}" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${WIDTH} ${height}" width="${WIDTH}" height="${height}"><title>${c.title}</title>${legend}${axis}${trustedHtml(
    `<line x1="${COLUMN_LEFT}" x2="${WIDTH - 20}" y1="${baseY}" y2="${baseY}" stroke="#444" stroke-width="1"/>`,
  )}${columns}</svg>`;
};
