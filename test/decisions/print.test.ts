import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { printProblems, printToLayout, printTools } from '../render/print-check';

// The signed example list printed to PDF by headless Chromium: every decision, the struck-through values
// and the corrections are on the page and readable. Skipped with a message where Chromium or
// pdftotext is missing, except under CI=true.
const tools = printTools();
const ci = process.env['CI'] === 'true';
if (tools.missing.length > 0 && !ci) console.warn(`decisions/print.test.ts skipped: ${tools.missing.join(' and ')} not found`);

const MARGIN = (10 / 25.4) * 72;

describe.skipIf(tools.missing.length > 0 && !ci)('the signed list, printed', () => {
  it('is A4, says it is valid, keeps the struck values readable, and prints the corrections with their tick boxes', () => {
    if (tools.chromium === undefined || tools.pdftotext === undefined) throw new Error('chromium and pdftotext are needed');
    const pages = printToLayout(readFileSync('examples/decisions/lista.html', 'utf8'), { chromium: tools.chromium, pdftotext: tools.pdftotext });
    const expected = [
      'Listan är giltig som ordinationshandling',
      'Beslut: journalen gäller — Anna Andersson, 2026-11-20',
      'Beslut: Pascal gäller — Anna Andersson, 2026-11-20',
      'Beslut och uppföljning',
      'Att rätta i systemen',
      'Pascal: sätt ut zopiklon (P-4)',
      'signerad elektroniskt, HSA-id SE2321000016-A1B2',
      // Pascal's Levaxin, set aside: struck through, still printed.
      'Levaxin 50 mikrog tablett',
      'Gjord',
    ];
    expect(printProblems(pages, expected, MARGIN)).toEqual([]);
  }, 90_000); // a real browser on a shared machine
});
