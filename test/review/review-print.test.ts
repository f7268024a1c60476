import { describe, expect, it } from 'vitest';
import { printProblems, printToLayout, printTools } from '../render/print-check';
import { examplePage } from './pairs';

// The review page printed by headless Chromium (as a person would print it to take to a ward round):
// A4, every deviation's drug and heading there, nothing cut off. Under CI a missing browser fails.
const tools = printTools();
const ci = process.env['CI'] === 'true';
if (tools.missing.length > 0 && !ci) console.warn(`review-print.test.ts skipped: ${tools.missing.join(' and ')} not found (apt-get install chromium poppler-utils)`);

/** The print stylesheet's page margin, 12 mm, in points. */
const MARGIN = (12 / 25.4) * 72;

describe.skipIf(tools.missing.length > 0 && !ci)('the review page printed by headless Chromium', () => {
  it('is A4, holds every deviation, its choices and the decider fields, and cuts nothing off', () => {
    if (tools.chromium === undefined || tools.pdftotext === undefined) throw new Error(`CI=true and ${tools.missing.join(' and ')} is missing`);
    const pages = printToLayout(examplePage(), { chromium: tools.chromium, pdftotext: tools.pdftotext });
    const expected = [
      'Läkemedelsavstämning — granskning och beslut',
      'zopiklon', 'furosemid', 'oxikodon', 'omeprazol', 'levotyroxinnatrium',
      'Journalen gäller', 'Pascal gäller', 'Ingen av dem', 'Sätt ut på båda',
      'Föreslagen åtgärd', 'Beslutsfattare', 'HSA-id', 'Kvar att besluta',
    ];
    expect(printProblems(pages, expected, MARGIN)).toEqual([]);
    const text = pages.flatMap((p) => p.words.map((w) => w.text)).join(' ');
    expect(text).not.toContain('Tangentbord');
  }, 90_000);
});
