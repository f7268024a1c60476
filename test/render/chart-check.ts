/**
 * Opening an HTML page in a real headless Chromium and measuring its SVG charts as laid out: each
 * chart's box, how many bars it declares and how many it has, and how many of those are drawn (a
 * rect of non-zero width and height). The page is a copy with a measuring script added; the report
 * itself has no scripts.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { HEADLESS_FLAGS } from './print-check';

/** One chart as Chromium laid it out. */
export interface MeasuredChart {
  readonly id: string;
  readonly width: number;
  readonly height: number;
  readonly declared: number;
  readonly bars: number;
  readonly drawn: number;
}

const MEASURE = `<pre id="medrec-measure"></pre><script>
const charts = [...document.querySelectorAll('svg.chart')].map((svg) => {
  const box = svg.getBoundingClientRect();
  const bars = [...svg.querySelectorAll('g.bar')];
  const drawn = bars.filter((g) => [...g.querySelectorAll('rect')].some((r) => { const b = r.getBBox(); return b.width > 0 && b.height > 0; }));
  return { id: svg.getAttribute('data-chart'), width: box.width, height: box.height, declared: Number(svg.getAttribute('data-bars')), bars: bars.length, drawn: drawn.length };
});
document.getElementById('medrec-measure').textContent = JSON.stringify(charts);
</script>`;

/**
 * Loads `html` in headless Chromium (a fresh profile, no network features) and returns its charts as
 * laid out.
 */
export const measureCharts = (html: string, chromium: string): ReadonlyArray<MeasuredChart> => {
  const dir = mkdtempSync(join(tmpdir(), 'medrec-charts-'));
  try {
    const page = join(dir, 'page.html');
    writeFileSync(page, html.replace('</body>', `${MEASURE}</body>`), 'utf8');
    const dom = execFileSync(
      chromium,
      [
        ...HEADLESS_FLAGS,
        '--window-size=1000,2000',
        `--user-data-dir=${join(dir, 'profile')}`,
        '--dump-dom',
        `file://${page}`,
      ],
      { encoding: 'utf8', timeout: 60_000, stdio: ['ignore', 'pipe', 'ignore'] },
    );
    const found = /<pre id="medrec-measure">([^<]*)<\/pre>/u.exec(dom);
    return found === null || found[1] === '' ? [] : (JSON.parse(found[1]!.replace(/&quot;/gu, '"').replace(/&amp;/gu, '&')) as ReadonlyArray<MeasuredChart>);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
};
