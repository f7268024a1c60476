import { redactPersonnummer } from '../model';

/**
 * A piece of HTML known to be safe: built by `html`, which escapes every interpolated string, or
 * marked by `trustedHtml` for constants written in this code (the stylesheet).
 */
export interface Html {
  readonly html: string;
}

// Control characters other than tab and line breaks, and lone surrogates: no text needs them, an HTML
// parser treats some as errors, and a lone surrogate cannot be written as UTF-8.
const UNPRINTABLE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/gu;

/**
 * Escapes text for HTML element content and quoted attribute values (also in inline SVG): markup
 * characters as entities, control characters and lone surrogates as U+FFFD.
 *
 * @example
 * escapeHtml('<b>"Å & Ö"</b>') // '&lt;b&gt;&quot;Å &amp; Ö&quot;&lt;/b&gt;'
 * escapeHtml('a\fb')            // 'a\uFFFDb'
 */
export const escapeHtml = (text: string): string =>
  text
    .replace(UNPRINTABLE, '\uFFFD')
    .replace(/[&<>"']/gu, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : c === '"' ? '&quot;' : '&#39;'));

// Characters a CSS string may hold as they are: letters, digits, space and punctuation that cannot end
// the string, start an escape, or close the <style> element; anything from U+00A0 up but surrogates.
const CSS_SAFE = /^[A-Za-z0-9 ,.:;!?()%#_=+*@-]$/u;

/**
 * Text as a quoted CSS string (`content: …` in a stylesheet), escaped per CSS Syntax Level 3: every
 * character that is not plainly safe becomes a hex escape `\HH ` (so a quote, a backslash, a line break
 * or form feed, `<` of `</style>` can neither end the string nor the stylesheet); NUL and lone
 * surrogates become U+FFFD, as a CSS parser would read them. Text never becomes CSS.
 *
 * @example
 * cssString('Lista 19121212-****') // '"Lista 19121212-****"'
 * cssString('a"\f}</style>')       // '"a\22 \c \7d \3c \2f style\3e "'
 */
export const cssString = (text: string): string => {
  let out = '"';
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    if (cp === 0 || (cp >= 0xd800 && cp <= 0xdfff)) out += '\\fffd ';
    else if (CSS_SAFE.test(ch) || (cp >= 0xa0 && cp !== 0xfeff)) out += ch;
    else out += `\\${cp.toString(16)} `;
  }
  return `${out}"`;
};

/** What may be interpolated into `html`: text (escaped), numbers, safe HTML, or lists of these. */
export type HtmlValue = string | number | Html | null | ReadonlyArray<HtmlValue>;

const toHtml = (value: HtmlValue): string => {
  if (value === null) return '';
  // Documents are printed and handed on: a personnummer-shaped run in data is redacted (the patient id
  // a reader asked to see is passed as `verbatimText`).
  if (typeof value === 'string') return escapeHtml(redactPersonnummer(value));
  if (typeof value === 'number') return escapeHtml(String(value));
  if (Array.isArray(value)) return (value as ReadonlyArray<HtmlValue>).map(toHtml).join('');
  return (value as Html).html;
};

/**
 * A template tag that builds HTML, escaping every interpolated string: text can never become markup.
 *
 * @example
 * html`<td>${'Räksmörgås <3'}</td>`.html // '<td>Räksmörgås &lt;3</td>'
 */
export const html = (strings: TemplateStringsArray, ...values: ReadonlyArray<HtmlValue>): Html => ({
  html: strings.reduce((out, s, k) => out + s + (k < values.length ? toHtml(values[k]!) : ''), ''),
});

/**
 * Text shown as written (escaped, but not redacted): only for the patient id that a reader asked to
 * see in full (`--show-personnummer`).
 *
 * @example
 * html`<div>${verbatimText('19121212-1212')}</div>`.html // '<div>19121212-1212</div>'
 */
export const verbatimText = (text: string): Html => ({ html: escapeHtml(text) });

/**
 * Marks a constant written in this code as HTML (never pass it data).
 *
 * @example
 * trustedHtml('<br>')
 */
export const trustedHtml = (constant: string): Html => ({ html: constant });
