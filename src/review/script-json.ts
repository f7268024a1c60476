/**
 * A value as JSON that is safe inside an HTML `<script>` element: `<`, `>` and `&` are written as
 * `\u003c`, `\u003e` and `\u0026` (so no `</script>` or `<!--` can end or change the element), and the
 * line and paragraph separators U+2028 and U+2029 as `\u2028` and `\u2029`. `JSON.parse` of the text
 * gives the value back unchanged.
 *
 * @example
 * scriptJson({ product: '</script><script>alert(1)</script>' })
 * // '{"product":"\\u003c/script\\u003e\\u003cscript\\u003ealert(1)\\u003c/script\\u003e"}'
 */
export const scriptJson = (value: unknown): string =>
  (JSON.stringify(value) ?? 'null').replace(/[<>&\u2028\u2029]/gu, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
