import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { scriptJson } from '../../src/review';

describe('JSON inside a script element', () => {
  it('writes <, >, & and the line separators as escapes', () => {
    expect(scriptJson({ name: '</script><!-- & \u2028\u2029' })).toBe('{"name":"\\u003c/script\\u003e\\u003c!-- \\u0026 \\u2028\\u2029"}');
  });

  it('never holds a character that could end or change the element, and parses back to the value (any JSON value)', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const text = scriptJson(value);
        expect(text).not.toMatch(/[<>&\u2028\u2029]/u);
        expect(JSON.parse(text)).toEqual(JSON.parse(JSON.stringify(value) ?? 'null'));
      }),
    );
  });
});
