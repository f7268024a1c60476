import * as E from 'fp-ts/lib/Either.js';
import { describe, expect, it } from 'vitest';
import { decodeDecisions, deviationFingerprint, type DecisionsDocument } from '../../src/decisions';
import { renderReviewPage } from '../../src/review';
import { examplePair, reconcilePair } from '../classify/arbitrary';
import { examplePage, HOSTILE_NAME, hostilePair } from './pairs';

/** The embedded data of a page, parsed. */
const dataOf = (page: string): { asOf: string; patient: { id: string }; deviations: Array<{ id: string; fingerprint: string; kind: string; choices: string[]; valueKind: string }>; reconciliation: { deviations: unknown[] } } => {
  const m = /<script type="application\/json" id="review-data">([^<]*)<\/script>/u.exec(page);
  if (m === null) throw new Error('no embedded data');
  return JSON.parse(m[1]!) as ReturnType<typeof dataOf>;
};

/** The page without its scripts: what a reader sees, as markup. */
const markupOf = (page: string): string => page.replace(/<script[\s\S]*?<\/script>/gu, '');

const decisions = (entries: ReadonlyArray<Record<string, unknown>>, patient = '19121212-1212'): DecisionsDocument => {
  const doc = decodeDecisions({
    format: 'medrec-decisions',
    version: 1,
    patient: { id: patient },
    asOf: '2026-11-19',
    decidedBy: { name: 'Anna Andersson', hsaId: 'SE2321000016-A1B2', role: 'physician' },
    decidedAt: '2026-11-19T15:30:00+01:00',
    decisions: entries,
  });
  if (E.isLeft(doc)) throw new Error(doc.left.message);
  return doc.right;
};

describe('the review page of the example pair', () => {
  const page = examplePage();
  const r = reconcilePair(examplePair());

  it('is one self-contained document well under 300 KB: no external script, style, font, image or link', () => {
    expect(Buffer.byteLength(page)).toBeLessThan(300 * 1024);
    expect(page).not.toMatch(/<(link|img|iframe|object|embed)\b/iu);
    expect(page).not.toMatch(/\bsrc\s*=/iu);
    expect(page).not.toMatch(/https?:\/\//iu);
    expect(/<style>([\s\S]*?)<\/style>/u.exec(page)![1]).not.toMatch(/@import|url\(|@font-face/iu);
    expect(page).toContain("default-src 'none'");
    expect(page.match(/<script/gu)).toHaveLength(2);
  });

  it('shows every deviation by risk, with the stable hooks and the choices of the decisions document', () => {
    const ids = [...page.matchAll(/data-deviation="([^"]+)"/gu)].map((m) => m[1]);
    expect(ids).toEqual(r.deviations.map((d) => d.id));
    const offered = (id: string) => [...markupOf(page).matchAll(new RegExp(`name="choice:${id}" value="[a-z]+" data-choice="([a-z]+)"`, 'gu'))].map((m) => m[1]);
    // The choices decide() can carry out: no right value to write in for a strength, no "keep" but for a duplicate.
    expect(Object.fromEntries(ids.map((id) => [id, offered(id!)]))).toEqual({
      'status:C-4:P-4': ['cosmic', 'pascal', 'neither', 'stop'],
      'dose:C-2:P-2': ['cosmic', 'pascal', 'neither', 'stop'],
      'missing-in-pascal:C-5:': ['cosmic', 'pascal', 'neither', 'stop'],
      'missing-in-cosmic::P-5': ['cosmic', 'pascal', 'neither', 'stop'],
      'strength:C-9:P-7': ['cosmic', 'pascal', 'stop'],
    });
    for (const hook of ['name="decidedBy.name"', 'name="decidedBy.hsaId"', 'name="decidedBy.role"', 'data-action="sign"', 'data-action="save"', 'data-counter']) {
      expect(page).toContain(hook);
    }
  });

  it('embeds the reconciliation and each deviation\'s fingerprint as computed by medrec', () => {
    const data = dataOf(page);
    expect(data.asOf).toBe('2026-11-20');
    expect(data.patient.id).toBe('19121212-1212');
    expect(data.deviations.map((d) => [d.id, d.fingerprint])).toEqual(r.deviations.map((d) => [d.id, deviationFingerprint(d)]));
    expect(data.deviations.find((d) => d.kind === 'status')!.valueKind).toBe('status');
    expect(data.deviations.find((d) => d.kind === 'dose')!.valueKind).toBe('dosage');
    expect(data.reconciliation.deviations).toHaveLength(5);
  });

  it('shows both values side by side and marks what differs: the furosemid dose, word by word', () => {
    const block = markupOf(page).split('data-deviation="dose:C-2:P-2"')[1]!.split('</section>')[0]!;
    expect(block).toContain('<tr class="differs"><th scope="row">Dos</th><td>morgon 1 tablett, <mark>middag 1 tablett</mark></td><td>morgon 1 tablett</td></tr>');
    expect(block).toContain('samma substans, styrka och läkemedelsform');
    expect(block).toContain('Dokumenterad ändring');
    expect(block).toContain('förskrivare bekräftar dos för furosemid');
  });

  it('folds the agreed lines together, quietly', () => {
    expect(page).toMatch(/<details data-lines="agreed"><summary>4 läkemedel överensstämmer i båda listorna<\/summary>/u);
    expect(page).toMatch(/<details data-lines="not-on-prescription"><summary>1 ej på recept/u);
  });

  it('masks the personnummer on the page unless asked, while the data keeps it for the decisions document', () => {
    expect(markupOf(page)).not.toContain('19121212-1212');
    expect(markupOf(page)).toContain('19121212-****');
    expect(markupOf(examplePage({ showPersonnummer: true }))).toContain('19121212-1212');
  });
});

describe('hostile text on the review page', () => {
  const page = renderReviewPage(reconcilePair(hostilePair()));

  it('escapes every interpolated text: a product name with a closing script tag stays text', () => {
    expect(page.match(/<script/gu)).toHaveLength(2);
    expect(page.match(/<\/script>/gu)).toHaveLength(2);
    expect(markupOf(page)).toContain('Eliquis &lt;/script&gt;&lt;script&gt;window.__pwned = 1&lt;/script&gt; &lt;b&gt;5 mg&lt;/b&gt; &amp;amp;');
    expect(page).not.toContain('<img');
    expect(page).not.toContain('<b>5 mg');
  });

  it('escapes the embedded JSON (<, >, &, U+2028) and still gives the names back', () => {
    const json = /<script type="application\/json" id="review-data">([^<]*)<\/script>/u.exec(page)![1]!;
    expect(json).not.toMatch(/[<>&\u2028\u2029]/u);
    expect(json).toContain('\\u003c/script\\u003e');
    expect(JSON.stringify(JSON.parse(json))).toContain(JSON.stringify(HOSTILE_NAME).slice(1, -1));
  });

  it('offers, for a duplicate, which copies stay as checkboxes', () => {
    const id = 'duplicate:C-1,C-12:P-1';
    expect(page).toContain(`name="choice:${id}" value="keep" data-choice="keep"`);
    for (const item of ['C-1', 'C-12', 'P-1']) expect(page).toContain(`data-keep="${item}" name="keep:${id}" value="${item}"`);
  });
});

describe('earlier decisions on the review page', () => {
  const r = reconcilePair(examplePair());
  const print = (id: string) => deviationFingerprint(r.deviations.find((d) => d.id === id)!);

  it('starts from a current decision, marks a stale one and does not apply it, and names decisions whose deviation is gone', () => {
    const page = renderReviewPage(r, {
      previous: decisions([
        { deviation: 'strength:C-9:P-7', fingerprint: print('strength:C-9:P-7'), choice: 'cosmic', comment: 'Dosen höjdes på avdelningen.' },
        { deviation: 'status:C-4:P-4', fingerprint: 'v1:0000000000000000', choice: 'stop', comment: null },
        { deviation: 'dose:C-2:P-2', fingerprint: print('dose:C-2:P-2'), choice: 'neither', value: { kind: 'dosage', dosage: { text: '1 tablett på morgonen' } }, comment: null },
        { deviation: 'dose:C-1:P-1', fingerprint: 'v1:0000000000000001', choice: 'pascal', comment: null },
      ]),
    });
    expect(page).toContain('name="choice:strength:C-9:P-7" value="cosmic" data-choice="cosmic" checked');
    expect(page).toContain('>Dosen höjdes på avdelningen.</textarea>');
    expect(page).toMatch(/data-deviation="status:C-4:P-4" data-kind="status" data-stale="true"/u);
    expect(page).not.toContain('name="choice:status:C-4:P-4" value="stop" data-choice="stop" checked');
    expect(page).toContain('Inaktuellt tidigare beslut:</strong> sätt ut på båda');
    expect(page).toContain('value="1 tablett på morgonen"');
    expect(page).toContain('name="choice:dose:C-2:P-2" value="neither" data-choice="neither" checked');
    expect(page).toContain('dose:C-1:P-1: pascal gäller');
    expect(page).toContain('value="Anna Andersson"');
    expect(page).toContain('<option value="physician" selected>Läkare</option>');
  });
});
