/**
 * HTML output cannot be restyled by data (issue 10 §5): every interpolation context, text, attribute,
 * CSS and SVG, with the characters that break out of each.
 */
import * as E from 'fp-ts/lib/Either.js';
import { describe, expect, it } from 'vitest';
import { handoverList } from '../../src/handover';
import { barChart, html, renderHandoverHtml } from '../../src/render';
import { cssString } from '../../src/render/html';
import { examplePair, reconcilePair, type RawPair } from '../classify/arbitrary';

const HOSTILE = [
  '\f} .validity-warning { display: none } @import "https://evil.example/x.css"; x { content: "',
  '\u0000\u0001\u001b\u007f',
  '\ud800 lone \udfff',
  '</style><script>alert(1)</script>',
  '</script><b>',
  '"\'><img src=x onerror=alert(1)>',
  '\\"; } * { color: red } a { b: "',
  '\r\n\u2028\u2029',
];

/** The characters a CSS string may never hold raw: they end it, escape out of it, or close the <style>. */
const cssStringIsClosed = (css: string): boolean => {
  const body = css.slice(1, -1);
  return css.startsWith('"') && css.endsWith('"') && !/["\\\n\r\f<>\u0000]|\\(?![0-9a-f]{1,6} )/u.test(body.replace(/\\[0-9a-f]{1,6} /gu, ''));
};

describe('cssString', () => {
  it('keeps every hostile text inside one CSS string: quotes, backslashes, line breaks, form feeds, NUL and < are hex escapes', () => {
    for (const text of HOSTILE) {
      const css = cssString(text);
      expect(cssStringIsClosed(css)).toBe(true);
      expect(css).not.toMatch(/<\/style/iu);
    }
  });

  it('writes NUL and lone surrogates as U+FFFD, as a CSS parser would read them', () => {
    expect(cssString('\u0000\ud800')).toBe('"\\fffd \\fffd "');
    expect(cssString('a\fb')).toBe('"a\\c b"');
  });

  it('keeps ordinary Swedish text readable', () => {
    expect(cssString('Läkemedelslista 19121212-****, avstämd 2026-11-20')).toBe('"Läkemedelslista 19121212-****, avstämd 2026-11-20"');
  });
});

describe('the handover page, whatever the patient id and item texts hold', () => {
  const page = (id: string): string => {
    const example = examplePair();
    const pair: RawPair = { cosmic: { ...example.cosmic, patient: { id } }, pascal: { ...example.pascal, patient: { id } } };
    const list = handoverList(reconcilePair(pair));
    if (E.isLeft(list)) throw new Error(list.left.message);
    return renderHandoverHtml(list.right);
  };

  it('cannot hide the validity warning or load anything from a patient id (the <style> stays as written)', () => {
    const reference = /<style>([\s\S]*?)<\/style>/u.exec(page('SYN-0000001'))![1]!;
    for (const text of HOSTILE) {
      const doc = page(`SYN-${text}`);
      const style = /<style>([\s\S]*?)<\/style>/u.exec(doc)![1]!;
      // The stylesheet differs only inside the one footer string.
      const footer = /content: ("(?:[^"\\]|\\[0-9a-f]{1,6} )*")/u;
      expect(style.replace(footer, '""')).toBe(reference.replace(footer, '""'));
      expect(cssStringIsClosed(footer.exec(style)![1]!)).toBe(true);
      expect(doc).toContain('class="validity-warning"');
      // As text, "@import" is harmless; as markup, nothing may appear.
      expect(doc).not.toMatch(/<script|<img/iu);
      expect(doc).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/u);
      expect(doc).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/u);
    }
  });
});

describe('text, attribute and SVG contexts', () => {
  it('escape markup and replace control characters and lone surrogates in text and in attributes', () => {
    for (const text of HOSTILE) {
      const out = html`<td title="${text}">${text}</td>`.html;
      expect(out).toMatch(/^<td title="[^"<>]*">[^<>]*<\/td>$/u);
      expect(out).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/u);
    }
  });

  it('keep SVG labels, titles and data attributes as text', () => {
    for (const text of HOSTILE) {
      const svg = barChart({ id: text, title: text, bars: [{ label: text, value: 1, valueText: text }], max: 1, tick: () => text }).html;
      expect(svg).not.toMatch(/<script|<img|<\/style/iu);
      expect(svg).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/u);
    }
  });
});

describe('a personnummer in data', () => {
  it('is redacted in the page unless the reader asked to see the patient id in full', () => {
    const doc = page2('19121212-1212');
    expect(doc).not.toContain('19121212-1212');
  });
});

const page2 = (itemName: string): string => {
  const example = examplePair();
  const [first, ...rest] = example.cosmic.ordinations;
  const pair: RawPair = { ...example, cosmic: { ...example.cosmic, ordinations: [{ ...first, product: { ...(first!['product'] as object), name: itemName } }, ...rest] } };
  const list = handoverList(reconcilePair(pair));
  if (E.isLeft(list)) throw new Error(list.left.message);
  return renderHandoverHtml(list.right);
};
