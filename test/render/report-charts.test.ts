import * as E from 'fp-ts/lib/Either.js';
import { describe, expect, it } from 'vitest';
import { aggregateOf, followupReport } from '../../src/followup';
import { RANKED_IN_CHART, renderFollowupHtml } from '../../src/render';
import { batchResults, factsOf } from '../followup/results';
import { measureCharts } from './chart-check';
import { printTools } from './print-check';

// The follow-up report opened in a real headless Chromium: every chart must render. Under CI
// (CI=true) a missing browser is a failure: .ci/run installs it. Elsewhere the test is skipped.
const tools = printTools();
const ci = process.env['CI'] === 'true';
if (tools.chromium === undefined && !ci) console.warn('report-charts.test.ts skipped: chromium not found (apt-get install chromium; CI=true makes this a failure)');

const right = <T>(x: T) => E.right(x) as { readonly _tag: 'Right'; readonly right: T };

describe.skipIf(tools.chromium === undefined && !ci)('the follow-up report in headless Chromium', () => {
  it('renders every chart as a non-empty SVG with the right number of bars, each drawn', () => {
    if (tools.chromium === undefined) throw new Error('CI=true and chromium is missing: .ci/run must install it');
    // Two reconciliation months, so the month chart has two columns.
    const facts = [...batchResults(11, 0, 150, '2026-10-20').results, ...batchResults(11, 150, 150, '2026-11-20').results].map(factsOf);
    const report = followupReport(aggregateOf(facts.map(right)), { inputs: ['oktober.ndjson', 'november.ndjson'] });
    const charts = measureCharts(renderFollowupHtml(report), tools.chromium);
    const expected: Record<string, number> = {
      indicators: report.indicators.length,
      'deviations-by-month': 2,
      'discrepancy-kinds': Math.min(10, report.discrepanciesByKind.filter((k) => k.count > 0).length),
      units: Math.min(RANKED_IN_CHART, report.units.length),
      municipalities: Math.min(RANKED_IN_CHART, report.municipalities.length),
      findings: Math.min(12, report.findings.byRule.filter((r) => r.count > 0).length),
    };
    expect(charts.map((c) => c.id).sort()).toEqual(Object.keys(expected).sort());
    for (const c of charts) {
      expect(c.width, c.id).toBeGreaterThan(100);
      expect(c.height, c.id).toBeGreaterThan(40);
      expect(c.declared, c.id).toBe(expected[c.id]);
      expect(c.bars, c.id).toBe(expected[c.id]);
      expect(c.drawn, c.id).toBe(expected[c.id]);
    }
    expect(expected['municipalities']).toBe(RANKED_IN_CHART);
    expect(expected['discrepancy-kinds']).toBe(10);
  }, 120_000);

  it('has a check that notices a chart whose bars are not drawn (a control page with a zero-width bar)', () => {
    if (tools.chromium === undefined) throw new Error('CI=true and chromium is missing: .ci/run must install it');
    const control = `<!DOCTYPE html><html lang="sv"><head><meta charset="utf-8"></head><body><svg class="chart" data-chart="control" data-bars="2" xmlns="http://www.w3.org/2000/svg" width="300" height="60"><g class="bar"><rect x="0" y="0" width="100" height="10"/></g><g class="bar"><rect x="0" y="20" width="0" height="10"/></g></svg></body></html>`;
    expect(measureCharts(control, tools.chromium)).toEqual([{ id: 'control', width: 300, height: 60, declared: 2, bars: 2, drawn: 1 }]);
  }, 120_000);
});
