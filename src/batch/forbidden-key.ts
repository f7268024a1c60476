/** The one object key that JSON may carry but no program should copy: it can replace an object's prototype. */
const PROTO = '__proto__';

/**
 * The JSON path of the first `__proto__` key in a parsed JSON value, or undefined when there is none.
 * `JSON.parse` keeps such a key as a plain own property, harmless until some code copies it with
 * assignment; a line that carries one is refused before anything reads it.
 *
 * @example
 * findForbiddenKey(JSON.parse('{"cosmic":{"__proto__":{"x":1}}}')) // 'cosmic.__proto__'
 * findForbiddenKey({ cosmic: {} })                                 // undefined
 */
export const findForbiddenKey = (value: unknown): string | undefined => {
  const stack: Array<{ readonly value: unknown; readonly path: string }> = [{ value, path: '' }];
  for (let next = stack.pop(); next !== undefined; next = stack.pop()) {
    const v = next.value;
    if (typeof v !== 'object' || v === null) continue;
    if (Array.isArray(v)) {
      v.forEach((item, i) => stack.push({ value: item, path: `${next.path}[${i}]` }));
      continue;
    }
    if (Object.hasOwn(v, PROTO)) return next.path === '' ? PROTO : `${next.path}.${PROTO}`;
    for (const key of Object.keys(v)) stack.push({ value: (v as Record<string, unknown>)[key], path: next.path === '' ? key : `${next.path}.${key}` });
  }
  return undefined;
};

/**
 * Whether a line's text may hold a `__proto__` key at all: written out, or hidden behind a `\u` escape.
 * A cheap test that spares the walk over lines that cannot hold one.
 *
 * @example
 * mayHoldForbiddenKey('{"cosmic":{}}') // false
 */
export const mayHoldForbiddenKey = (text: string): boolean => text.includes(PROTO) || text.includes('\\u');
