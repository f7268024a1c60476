import * as E from 'fp-ts/lib/Either.js';
import { describe, expect, it } from 'vitest';
import { aggregateOf, followupReport, type PatientFacts } from '../../src/followup';
import { countText, csvField, followupCsv, percentText, renderFollowupHtml } from '../../src/render';
import { batchResults, factsOf } from '../followup/results';

const right = <T>(x: T) => E.right(x) as { readonly _tag: 'Right'; readonly right: T };
const facts = batchResults(5, 0, 60).results.map(factsOf);
const report = followupReport(aggregateOf(facts.map(right)), { inputs: ['resultat.ndjson'] });
const page = renderFollowupHtml(report);

describe('the follow-up report as HTML', () => {
  it('is one Swedish document that loads nothing from outside: no scripts, images, links or urls', () => {
    expect(page).toMatch(/^<!DOCTYPE html>\n<html lang="sv">/u);
    expect(page).not.toMatch(/<script|<img|<link|<iframe|src=|href=|url\(|@import/iu);
    // The SVG namespace is a name, not a request.
    expect(page.match(/https?:\/\/[^"\s<]+/gu)?.filter((u) => u !== 'http://www.w3.org/2000/svg') ?? []).toEqual([]);
  });

  it('has its sections and a chart for each: indicators, months by risk band, kinds, units, municipalities, findings', () => {
    for (const heading of ['Indikatorer och målvärden', 'Avvikelser per månad och risknivå', 'Vanligaste skillnaderna mellan listorna', 'Vårdenheter', 'Kommuner', 'Läkemedelsgenomgång — fynd att överväga', 'Så är siffrorna framtagna']) {
      expect(page).toContain(`<h2>${heading}</h2>`);
    }
    expect([...page.matchAll(/<svg class="chart" data-chart="([^"]+)"/gu)].map((m) => m[1])).toEqual(['indicators', 'deviations-by-month', 'discrepancy-kinds', 'units', 'municipalities', 'findings']);
  });

  it('shows the indicators with their targets: 98 % for the palliative injections', () => {
    expect(page).toContain('Andel palliativa patienter med injektion vid behov av både opioid och ångestdämpande');
    expect(page).toContain(`minst ${percentText(0.98)}`);
    expect(page).toContain('så låg som möjligt');
  });

  it('holds no patient id', () => {
    for (const id of ['SYN-0000001', 'SYN-0000060']) expect(page).not.toContain(id);
  });

  it('escapes every name it prints: a unit named like markup stays text', () => {
    const evil: PatientFacts = { ...facts[0]!, unit: '<script>alert("x")</script>', municipality: 'Å & Ö' };
    const html = renderFollowupHtml(followupReport(aggregateOf([right(evil)]), { inputs: ['<b>fil</b>.ndjson'] }));
    expect(html).not.toContain('<script>');
    expect(html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;');
    expect(html).toContain('Å &amp; Ö');
    expect(html).toContain('&lt;b&gt;fil&lt;/b&gt;.ndjson');
  });

  it('writes counts and shares as Swedes do', () => {
    expect(countText(100000)).toBe('100\u00a0000');
    expect(percentText(0.9565)).toBe('95,7\u00a0%');
    expect(percentText(null)).toBe('–');
  });

  it('says so when lines could not be read', () => {
    const withProblem = followupReport(aggregateOf([right(facts[0]!), E.left({ line: 2, path: 'asOf', message: 'expected a date' }) as { readonly _tag: 'Left'; readonly left: { line: number; path: string; message: string } }]), { inputs: ['r.ndjson'] });
    const html = renderFollowupHtml(withProblem);
    expect(html).toContain('1 rader i underlaget kunde inte läsas');
    expect(html).toContain('<td class="n">2</td><td>asOf</td><td>expected a date</td>');
  });
});

describe('the follow-up report as CSV', () => {
  const files = followupCsv(report);

  it('has one file per table, each with a header and a row per group', () => {
    expect(files.map((f) => f.name)).toEqual([
      'totals.csv',
      'indicators.csv',
      'discrepancies-by-kind.csv',
      'deviations-by-kind.csv',
      'deviations-by-category.csv',
      'deviations-by-subcategory.csv',
      'deviations-by-risk-band.csv',
      'findings-by-kind.csv',
      'findings-by-rule.csv',
      'months.csv',
      'units.csv',
      'municipalities.csv',
    ]);
    const units = files.find((f) => f.name === 'units.csv')!.text.trimEnd().split('\n');
    expect(units[0]).toMatch(/^unit,patients,patients_with_discrepancies,discrepancies,deviations,serious,deviations_low,/u);
    expect(units).toHaveLength(report.units.length + 1);
    const indicators = files.find((f) => f.name === 'indicators.csv')!.text;
    expect(indicators).toContain('palliative-opioid-and-anxiolytic,');
    expect(indicators).toContain(',at-least,0.98,');
  });

  it('adds up: the units\' patients sum to the total', () => {
    const rows = files.find((f) => f.name === 'units.csv')!.text.trimEnd().split('\n').slice(1);
    // The patients column follows the (possibly quoted) unit name.
    const patients = rows.map((r) => Number(r.replace(/^("[^"]*"|[^,]*),/u, '').split(',')[0]));
    expect(patients.reduce((a, b) => a + b, 0)).toBe(report.totals.patients);
  });

  it('quotes fields with commas and quotes, and defuses formulas', () => {
    expect(csvField('Medicinkliniken, avdelning 9')).toBe('"Medicinkliniken, avdelning 9"');
    expect(csvField('säger "nej"')).toBe('"säger ""nej"""');
    expect(csvField('=HYPERLINK("x")')).toBe('"\'=HYPERLINK(""x"")"');
    expect(csvField('-1')).toBe("'-1");
    expect(csvField(-1)).toBe('-1');
    expect(csvField(null)).toBe('');
    expect(csvField(0.956)).toBe('0.956');
  });
});
