import { redactPersonnummer } from '../model';

/**
 * A value from the input as it may enter a message: redacted (a personnummer, however it is
 * written, becomes `[personnummer]`), cut to `max` characters with a marker, redacted again after
 * the cut, and quoted as JSON (control characters and lone surrogates escaped). Numbers and other
 * values are shown by their type or text the same way.
 *
 * @example
 * quoted('19121212-1212')    // '"[personnummer]"'
 * quoted('x'.repeat(100), 8) // '"xxxxxxxx…"'
 * quoted(191212121212)       // '"[personnummer]"'
 */
export const quoted = (value: unknown, max = 60): string => {
  const text = typeof value === 'string' ? value : typeof value === 'number' || typeof value === 'boolean' ? String(value) : value === null ? 'null' : typeof value;
  const redacted = redactPersonnummer(text);
  const cut = redacted.length > max ? `${redacted.slice(0, max)}…` : redacted;
  return JSON.stringify(redactPersonnummer(cut));
};

/**
 * What a value is, for "got …" in a message, never the value itself when it is not a string:
 * `null`, `a number`, `an array`, `an object`, or the quoted string.
 *
 * @example
 * describeValue(null)  // 'null'
 * describeValue([1])   // 'an array'
 * describeValue('abc') // '"abc"'
 */
export const describeValue = (value: unknown): string => {
  if (value === undefined) return 'missing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'string') return quoted(value);
  if (typeof value === 'object') return 'an object';
  return `a ${typeof value}`;
};
