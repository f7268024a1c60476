import type * as t from 'io-ts';
import { redactedExcerpt, type Problem } from '../model';

// Context entries whose parent is one of these types add no segment to the path: they are the members
// of a combinator, not fields of the data.
const TRANSPARENT_PARENTS = new Set(['IntersectionType', 'UnionType', 'RefinementType', 'ExactType']);
const ARRAY_PARENTS = new Set(['ArrayType', 'ReadonlyArrayType']);

const tagOf = (type: t.Decoder<unknown, unknown>): string | undefined =>
  (type as unknown as { readonly _tag?: string })._tag;

/**
 * Renders the JSON path of one io-ts error below `prefix`, e.g. `ordinations[3].dosage.doses[0].time`.
 */
const pathOf = (error: t.ValidationError, prefix: string): string => {
  let path = prefix;
  const context = error.context;
  for (let i = 1; i < context.length; i++) {
    const parent = context[i - 1]!;
    const entry = context[i]!;
    const parentTag = tagOf(parent.type);
    if (parentTag !== undefined && TRANSPARENT_PARENTS.has(parentTag)) continue;
    path = parentTag !== undefined && ARRAY_PARENTS.has(parentTag) ? `${path}[${entry.key}]` : path === '' ? entry.key : `${path}.${entry.key}`;
  }
  return path === '' ? '(document)' : path;
};

/**
 * What was expected at the error's place: the name of its codec, or, for a member of an intersection
 * (the required and the optional fields of one object), the name of the object's codec.
 */
const expectedName = (context: t.Context): string => {
  let k = context.length - 1;
  while (k > 0 && tagOf(context[k - 1]!.type) === 'IntersectionType') k--;
  return context[k]?.type.name ?? 'a valid value';
};

/**
 * Describes a value that was found where another was expected, short and with any personnummer
 * masked: error messages must never echo one.
 */
export const describeActual = (value: unknown): string => {
  if (value === undefined) return 'missing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'object') return 'an object';
  // Quoted as JSON writes strings, so control characters and lone surrogates are shown escaped.
  if (typeof value === 'string') return JSON.stringify(redactedExcerpt(value));
  // A personnummer may come as a JSON number (191212121212): numbers are redacted like text.
  if (typeof value === 'number' || typeof value === 'boolean') return redactedExcerpt(value);
  return typeof value;
};

/**
 * Turns io-ts errors into problems with a JSON path and what was expected, like io-ts's
 * `PathReporter` but with paths a person reads: `dosage.doses[0].time: expected HH:MM, got "8.00"`.
 * Several errors at the same path (the alternatives of a union) become one problem.
 *
 * @example
 * reportErrors(errors, 'ordinations[3]')
 * // [{ path: 'ordinations[3].dosage.doses[0].time', message: 'expected HH:MM, got "8.00"' }]
 */
export const reportErrors = (errors: t.Errors, prefix = ''): ReadonlyArray<Problem> => {
  const byPath = new Map<string, { expected: string[]; actual: unknown }>();
  for (const error of errors) {
    const path = pathOf(error, prefix);
    const expected = expectedName(error.context);
    const entry = byPath.get(path);
    if (entry === undefined) byPath.set(path, { expected: [expected], actual: error.value });
    else if (!entry.expected.includes(expected)) entry.expected.push(expected);
  }
  return [...byPath].map(([path, { expected, actual }]) => ({
    path,
    message: `expected ${expected.join(' or ')}, got ${describeActual(actual)}`,
  }));
};
