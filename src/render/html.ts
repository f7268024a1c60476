/**
 * A piece of HTML known to be safe: built by `html`, which escapes every interpolated string, or
 * marked by `trustedHtml` for constants written in this code (the stylesheet).
 */
export interface Html {
  readonly html: string;
}

/**
 * Escapes text for HTML element content and quoted attribute values.
 *
 * @example
 * escapeHtml('<b>"Å & Ö"</b>') // '&lt;b&gt;&quot;Å &amp; Ö&quot;&lt;/b&gt;'
 */
export const escapeHtml = (text: string): string =>
  text.replace(/[&<>"']/gu, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : c === '"' ? '&quot;' : '&#39;'));

/** What may be interpolated into `html`: text (escaped), numbers, safe HTML, or lists of these. */
export type HtmlValue = string | number | Html | null | ReadonlyArray<HtmlValue>;

const toHtml = (value: HtmlValue): string => {
  if (value === null) return '';
  if (typeof value === 'string') return escapeHtml(value);
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
 * Marks a constant written in this code as HTML (never pass it data).
 *
 * @example
 * trustedHtml('<br>')
 */
export const trustedHtml = (constant: string): Html => ({ html: constant });
