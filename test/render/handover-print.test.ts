import * as E from 'fp-ts/lib/Either.js';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { handoverList, parsePreviousList, type HandoverList } from '../../src/handover';
import { renderHandoverHtml, toHandoverJson } from '../../src/render';
import { decodePair, examplePair, reconcilePair, type RawPair, type RawItem } from '../classify/arbitrary';
import { printProblems, printToLayout, printTools } from './print-check';

// The printed list, opened in a real headless Chromium and printed to PDF. Under CI (CI=true) a
// missing browser is a failure: .ci/run installs it. Elsewhere the test is skipped, saying why.
const tools = printTools();
const ci = process.env['CI'] === 'true';
if (tools.missing.length > 0 && !ci) {
  console.warn(`handover-print.test.ts skipped: ${tools.missing.join(' and ')} not found (apt-get install chromium poppler-utils; CI=true makes this a failure)`);
}

/** The page's side margin, 10 mm, in points. */
const MARGIN = (10 / 25.4) * 72;

const before = (): RawPair => ({
  cosmic: JSON.parse(readFileSync('examples/handover/fore-sjukhusvistelsen/cosmic-export.json', 'utf8')) as RawPair['cosmic'],
  pascal: JSON.parse(readFileSync('examples/handover/fore-sjukhusvistelsen/pascal-export.json', 'utf8')) as RawPair['pascal'],
});

const listOf = (pair: RawPair, asOf: string, previousJson?: string): HandoverList => {
  const { journal, list: prescriptions } = decodePair(pair);
  const previous = previousJson === undefined ? undefined : parsePreviousList(previousJson);
  if (previous !== undefined && E.isLeft(previous)) throw new Error(previous.left.message);
  const list = handoverList(reconcilePair(pair, asOf), {
    sources: {
      journal: { exportedAt: journal.exportedAt, ...(journal.unit === undefined ? {} : { unit: journal.unit }) },
      prescriptions: { exportedAt: prescriptions.exportedAt, doseDispensing: prescriptions.doseDispensing },
    },
    ...(previous === undefined ? {} : { previous: previous.right }),
  });
  if (E.isLeft(list)) throw new Error(list.left.message);
  return list.right;
};

/** Every drug of the example as the list prints it: each product's name and each substance. Words are checked one by one. */
const exampleDrugs = (): ReadonlyArray<string> => {
  const pair = examplePair();
  const items: ReadonlyArray<RawItem> = [...pair.cosmic.ordinations, ...pair.pascal.prescriptions];
  return [
    ...new Set(
      items.flatMap((i) => {
        const product = i['product'] as { name: string; substances: Array<{ name: string }> };
        return [product.name, ...product.substances.map((s) => s.name)];
      }),
    ),
  ];
};

const requireTools = () => {
  if (tools.chromium === undefined || tools.pdftotext === undefined) throw new Error(`CI=true and ${tools.missing.join(' and ')} is missing: .ci/run must install chromium and poppler-utils`);
  return { chromium: tools.chromium, pdftotext: tools.pdftotext };
};

describe.skipIf(tools.missing.length > 0 && !ci)('the handover list printed by headless Chromium', () => {
  it('is A4, holds every drug of the example and every section, keeps å ä ö, and cuts nothing off', () => {
    const previous = JSON.stringify(toHandoverJson(listOf(before(), '2026-11-01')));
    const page = renderHandoverHtml(listOf(examplePair(), '2026-11-20', previous));
    const pages = printToLayout(page, requireTools());
    const expected = [
      ...exampleDrugs(),
      // Swedish characters, in the headings and the data.
      'Läkemedelslista – överlämning till kommunal hälso- och sjukvård',
      'Listan är inte giltig som ordinationshandling',
      'Avvikelser som måste åtgärdas',
      'Läkemedelsgenomgång — att överväga',
      'Förändringar sedan förra överlämningen (läkemedelsberättelse)',
      'fallrisk, dagtrötthet',
      'Överensstämmer',
      // The rightmost column of each table, and the last signature box: cut off first if too wide.
      'Förskrivare',
      'Åtgärd, vem gör vad',
      'Orsak, ändamål',
      'Mottagen av (sjuksköterska, kommun)',
    ];
    expect(printProblems(pages, expected, MARGIN)).toEqual([]);
    const text = pages.flatMap((p) => p.words.map((w) => w.text)).join(' ');
    for (const letter of ['å', 'ä', 'ö', 'Å', 'Ä', 'Ö']) expect(text).toContain(letter);
    expect(text).not.toContain('\ufffd');
  }, 90_000);

  it('has a check that notices content cut off the page (a control page far wider than A4)', () => {
    const tooWide = `<!DOCTYPE html><html lang="sv"><head><meta charset="utf-8"><style>@page { size: A4 landscape; margin: 10mm; }</style></head>
<body><p>Början av sidan</p><table style="width:600mm"><tr><td>Läkemedel</td><td style="text-align:right">SLUTMARKÖR</td></tr></table></body></html>`;
    const problems = printProblems(printToLayout(tooWide, requireTools()), ['Början av sidan', 'SLUTMARKÖR'], MARGIN);
    expect(problems.length).toBeGreaterThan(0);
    expect(problems.join('\n')).toMatch(/SLUTMARKÖR/u);
  }, 90_000);
});
