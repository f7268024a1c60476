import * as E from 'fp-ts/lib/Either.js';
import { describe, expect, it } from 'vitest';
import { handoverList, type HandoverList } from '../../src/handover';
import { escapeHtml, html, renderHandoverHtml } from '../../src/render';
import { editExample, examplePair, reconcilePair, type RawPair } from '../classify/arbitrary';

const listOf = (pair: RawPair): HandoverList => {
  const list = handoverList(reconcilePair(pair));
  if (E.isLeft(list)) throw new Error(list.left.message);
  return list.right;
};

describe('the printable handover list of the shared example pair', () => {
  const page = renderHandoverHtml(listOf(examplePair()));

  it('is a Swedish A4 document with a print stylesheet', () => {
    expect(page).toMatch(/^<!DOCTYPE html>\n<html lang="sv">/);
    expect(page).toContain('<meta charset="utf-8">');
    expect(page).toContain('@page { size: A4 landscape;');
  });

  it('loads nothing from outside: no scripts, images, links or urls', () => {
    expect(page).not.toMatch(/<script|<img|<link|<iframe|src=|href=|url\(|@import/iu);
  });

  it('masks the personnummer unless asked for it', () => {
    expect(page).toContain('19121212-****');
    expect(page).not.toContain('19121212-1212');
    expect(renderHandoverHtml(listOf(examplePair()), { showPersonnummer: true })).toContain('19121212-1212');
  });

  it('says plainly that the list is not valid until the responsible physician has resolved and signed it', () => {
    expect(page).toContain('<div class="validity-warning" role="alert">Listan är inte giltig som ordinationshandling: 5 rader kräver beslut.');
  });

  it('has its sections in order: the list, the deviations, the changes, the signatures', () => {
    const at = (text: string) => page.indexOf(text);
    expect(at('Läkemedel (10)')).toBeGreaterThan(0);
    expect(at('Avvikelser som måste åtgärdas (5, varav 3 allvarliga)')).toBeGreaterThan(at('Läkemedel (10)'));
    expect(at('Förändringar sedan förra överlämningen')).toBeGreaterThan(at('Avvikelser som måste åtgärdas'));
    expect(at('Ansvarig läkare: avvikelserna åtgärdade, listan signerad')).toBeGreaterThan(at('Förändringar sedan förra överlämningen'));
  });

  it('has "Läkemedelsgenomgång — att överväga" after the deviations: the clinical checks, numbered G1, G2, apart from them', () => {
    const at = (text: string) => page.indexOf(text);
    expect(at('Läkemedelsgenomgång — att överväga (2)')).toBeGreaterThan(at('Avvikelser som måste åtgärdas'));
    expect(at('Förändringar sedan förra överlämningen')).toBeGreaterThan(at('Läkemedelsgenomgång — att överväga'));
    expect(page).toContain('Patienten är 113 år (enligt personnumret): indikatorerna för personer 75 år och äldre är kontrollerade.');
    expect(page).toContain('<td>G1</td>\n<td class="drug">zopiklon</td>');
    expect(page).toContain('Zopiklon: sömnmedel (N05C) varje dag sedan 2025-01-10, i mer än en månad');
    expect(page).toContain('Socialstyrelsen, Indikatorer för god läkemedelsterapi hos äldre (2017-6-7): Olämplig regim');
    expect(page).toContain('<td>G2</td>\n<td class="drug">10 läkemedel<span class="small">apixaban, enalapril + hydroklortiazid');
  });

  it('says when the checks found nothing, and when the age is unknown', () => {
    const young = (pair: RawPair): RawPair => ({ cosmic: { ...pair.cosmic, patient: { id: 'SYN-0000001' } }, pascal: { ...pair.pascal, patient: { id: 'SYN-0000001' } } });
    const unknown = renderHandoverHtml(listOf(young(examplePair())));
    expect(unknown).toContain('Läkemedelsgenomgång — att överväga (0)');
    expect(unknown).toContain('Patientens ålder är okänd: indikatorerna för personer 75 år och äldre är inte kontrollerade.');
    expect(unknown).toContain('<p>Inga fynd enligt reglerna.</p>');
  });

  it('numbers the deviations by risk: A1 zopiklon and A2 furosemid (12) before Levaxin (3), last', () => {
    const rows = [...page.matchAll(/<tr>\n<td>A(\d)<\/td>\n<td class="risk[^"]*">(\d+)<span[\s\S]*?<td class="drug">([^<]+)<\/td>/gu)].map((m) => `A${m[1]} ${m[2]} ${m[3]}`);
    expect(rows).toEqual(['A1 12 zopiklon', 'A2 12 furosemid', 'A3 9 oxikodon', 'A4 6 omeprazol', 'A5 3 levotyroxinnatrium']);
  });

  it('shows both values where the sources differ, marked J and P', () => {
    expect(page).toContain('<span class="differs"><span class="src">J</span> 100 mikrog</span><span class="differs"><span class="src">P</span> 50 mikrog</span>');
  });

  it('names every drug of the example', () => {
    for (const drug of ['Metformin', 'Furosemid Accord', 'Furix', 'Eliquis', 'Zopiklon', 'OxyNorm', 'Alvedon', 'Enalapril Sandoz', 'Hydroklortiazid', 'Enalapril comp', 'Levaxin 100', 'Levaxin 50', 'Fentanyl', 'Omeprazol']) {
      expect(page).toContain(drug);
    }
  });
});

describe('HTML escaping', () => {
  it('escapes every interpolated text, so a product name cannot become markup', () => {
    const pair = editExample({ 'C-1': (c) => ((c['product'] as Record<string, unknown>)['name'] = 'Metformin <script>alert("x")</script> & co') });
    const page = renderHandoverHtml(listOf(pair));
    expect(page).not.toContain('<script>');
    expect(page).toContain('Metformin &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; co');
  });

  it('escapes the five characters that matter, and keeps å ä ö as they are', () => {
    expect(escapeHtml(`<a href="x">'Å & Ö'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;Å &amp; Ö&#39;&lt;/a&gt;');
    expect(html`<td>${'räksmörgås <3'}</td>${['a', html`<br>`]}`.html).toBe('<td>räksmörgås &lt;3</td>a<br>');
  });

  it('keeps a patient id out of the stylesheet as markup', () => {
    const pair = examplePair();
    const odd = { cosmic: { ...pair.cosmic, patient: { id: 'SYN-</style><b>x' } }, pascal: { ...pair.pascal, patient: { id: 'SYN-</style><b>x' } } };
    const page = renderHandoverHtml(listOf(odd));
    expect(page.match(/<\/style>/gu)).toHaveLength(1);
    expect(page).not.toContain('<b>x');
  });
});
