/**
 * Printing HTML to PDF in a real headless Chromium, and checking the PDF's text layout: that the pages
 * are A4, that every expected text is on them, and that no word lies outside the printable area.
 * Needs `chromium` (Debian's package) and `pdftotext` (poppler-utils); `.ci/run` installs both.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** The first of `names` found on PATH, or undefined. */
const onPath = (names: ReadonlyArray<string>): string | undefined =>
  names.find((name) => spawnSync('sh', ['-c', `command -v ${name}`], { stdio: 'ignore' }).status === 0);

/** The tools the print test needs (`MEDREC_CHROMIUM` names another browser binary), and which are missing. */
/**
 * How the tests start Debian's Chromium: headless, as root without a sandbox, and with nothing that
 * reaches for the network (this machine's is closed; Chromium would otherwise try at every start).
 */
export const HEADLESS_FLAGS: ReadonlyArray<string> = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export const printTools = () => {
  const chosen = process.env['MEDREC_CHROMIUM'];
  const chromium = chosen === undefined ? onPath(['chromium', 'chromium-browser', 'google-chrome']) : existsSync(chosen) ? chosen : undefined;
  const pdftotext = onPath(['pdftotext']);
  const missing = [...(chromium === undefined ? ['chromium'] : []), ...(pdftotext === undefined ? ['pdftotext (poppler-utils)'] : [])];
  return { chromium, pdftotext, missing };
};

/** One word of the PDF's text layer with its box, in points from the page's top left. */
export interface Word {
  readonly text: string;
  readonly xMin: number;
  readonly yMin: number;
  readonly xMax: number;
  readonly yMax: number;
}

/** One page of the PDF: its size in points and its words in reading order. */
export interface Page {
  readonly width: number;
  readonly height: number;
  readonly words: ReadonlyArray<Word>;
}

const decodeEntities = (s: string): string =>
  s.replace(/&(amp|lt|gt|quot|apos|#\d+);/gu, (_, e: string) =>
    e === 'amp' ? '&' : e === 'lt' ? '<' : e === 'gt' ? '>' : e === 'quot' ? '"' : e === 'apos' ? "'" : String.fromCodePoint(Number(e.slice(1))),
  );

/** Reads the pages and words out of `pdftotext -bbox-layout` output. */
export const parseLayout = (xhtml: string): ReadonlyArray<Page> =>
  [...xhtml.matchAll(/<page width="([\d.]+)" height="([\d.]+)">([\s\S]*?)<\/page>/gu)].map((m) => ({
    width: Number(m[1]),
    height: Number(m[2]),
    words: [...m[3]!.matchAll(/<word xMin="([\d.-]+)" yMin="([\d.-]+)" xMax="([\d.-]+)" yMax="([\d.-]+)">([^<]*)<\/word>/gu)].map((w) => ({
      xMin: Number(w[1]),
      yMin: Number(w[2]),
      xMax: Number(w[3]),
      yMax: Number(w[4]),
      text: decodeEntities(w[5]!),
    })),
  }));

/**
 * Prints `html` to PDF in headless Chromium (a fresh profile, no network features) and returns the
 * PDF's pages with their words.
 */
export const printToLayout = (html: string, tools: { readonly chromium: string; readonly pdftotext: string }): ReadonlyArray<Page> => {
  const dir = mkdtempSync(join(tmpdir(), 'medrec-print-'));
  try {
    const page = join(dir, 'page.html');
    const pdf = join(dir, 'page.pdf');
    writeFileSync(page, html, 'utf8');
    execFileSync(
      tools.chromium,
      [
        ...HEADLESS_FLAGS,
        '--no-pdf-header-footer',
        `--user-data-dir=${join(dir, 'profile')}`,
        `--print-to-pdf=${pdf}`,
        `file://${page}`,
      ],
      { stdio: 'ignore', timeout: 60_000 },
    );
    return parseLayout(execFileSync(tools.pdftotext, ['-bbox-layout', pdf, '-'], { encoding: 'utf8', timeout: 30_000 }));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
};

/** A4 in points, either way up. */
const A4 = { short: 595.28, long: 841.89 } as const;

/** A word without the punctuation around it: `(sjuksköterska,` is `sjuksköterska`. */
const bare = (word: string): string => word.replace(/^[("'«]+|[)"'».,:;!?]+$/gu, '');

/**
 * The printed words (bare of punctuation), with a word broken at a hyphenation point (Chromium prints a soft hyphen as
 * U+00AD followed by U+2010) joined to the next one: `För‐` `skrivare` reads `Förskrivare`.
 */
export const printedWords = (pages: ReadonlyArray<Page>): ReadonlySet<string> => {
  const words = new Set<string>();
  for (const page of pages) {
    let pending = '';
    for (const w of page.words) {
      const text = pending + w.text;
      if (/[\u00ad\u2010]$/u.test(text)) pending = text.replace(/[\u00ad\u2010]+$/u, '');
      else {
        words.add(bare(text.replace(/\u00ad/gu, '')));
        pending = '';
      }
    }
  }
  return words;
};

/**
 * What is wrong with a printed document: pages that are not A4, expected words that are on no page
 * (cut off, or never rendered; a phrase is split into its words), and words outside the printable
 * area (`margin` points in from each side edge, and on the page at all top and bottom, where the
 * running footer lives). Words are compared whole, since a PDF's reading order may interleave the
 * cells of a table row.
 */
export const printProblems = (pages: ReadonlyArray<Page>, expected: ReadonlyArray<string>, margin: number): ReadonlyArray<string> => {
  const problems: string[] = [];
  if (pages.length === 0) problems.push('the PDF has no pages');
  pages.forEach((p, k) => {
    const a4 = (Math.abs(p.width - A4.short) < 1 && Math.abs(p.height - A4.long) < 1) || (Math.abs(p.width - A4.long) < 1 && Math.abs(p.height - A4.short) < 1);
    if (!a4) problems.push(`page ${k + 1} is ${p.width} x ${p.height} pt, not A4`);
    for (const w of p.words) {
      if (w.xMin < margin - 1 || w.xMax > p.width - margin + 1 || w.yMin < 0 || w.yMax > p.height) {
        problems.push(`page ${k + 1}: "${w.text}" lies outside the printable area at x ${w.xMin.toFixed(1)}–${w.xMax.toFixed(1)}, y ${w.yMin.toFixed(1)}–${w.yMax.toFixed(1)}`);
      }
    }
  });
  const words = printedWords(pages);
  for (const phrase of expected) {
    const missing = phrase.split(/\s+/u).map(bare).filter((w) => w !== '' && !words.has(w));
    if (missing.length > 0) problems.push(`"${phrase}": ${missing.map((w) => `"${w}"`).join(', ')} not in the printed text`);
  }
  return problems;
};
