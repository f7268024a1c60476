import { isMatch } from 'date-fns';

/**
 * What kind of key a patient id is. A personnummer (or samordningsnummer, whose day is raised by 60)
 * identifies a real person and must never be printed in logs or errors; any other id (`SYN-0000001`)
 * is a synthetic or system key.
 */
export type PatientIdKind = 'personnummer' | 'samordningsnummer' | 'other';

/** The result of reading a patient id: its kind, or why a number shaped like a personnummer is not one. */
export type PatientIdCheck =
  | { readonly kind: PatientIdKind }
  | { readonly kind: 'invalid'; readonly reason: 'date' | 'check-digit' };

// 12 digits (YYYYMMDDNNNN) or 10 digits (YYMMDDNNNN), with an optional separator before the last four.
const PNR_SHAPE = /^(\d{6}|\d{8})[-+]?\d{4}$/;

/**
 * Whether a string has the shape of a personnummer or samordningsnummer, whatever its check digit.
 * Such strings are treated as personal data: masked in every message.
 *
 * @example
 * looksLikePersonnummer('19121212-1212') // true
 * looksLikePersonnummer('SYN-0000001')   // false
 */
export const looksLikePersonnummer = (s: string): boolean => PNR_SHAPE.test(s.trim());

/**
 * Luhn check over the ten digits YYMMDDNNNC, as Skatteverket computes the check digit.
 *
 * @example
 * luhnValid('1212121212') // true
 */
export const luhnValid = (tenDigits: string): boolean => {
  let sum = 0;
  for (let i = 0; i < tenDigits.length; i++) {
    const digit = tenDigits.charCodeAt(i) - 48;
    const weighted = i % 2 === 0 ? digit * 2 : digit;
    sum += weighted > 9 ? weighted - 9 : weighted;
  }
  return sum % 10 === 0;
};

/**
 * Classifies a patient id. Strings shaped like a personnummer are checked for a real birth date
 * (a samordningsnummer has 60 added to the day) and for the Luhn check digit; anything else is `other`.
 * A 10-digit number cannot tell its century, so its date is checked in both candidate centuries.
 *
 * @example
 * checkPatientId('19121212-1212') // { kind: 'personnummer' }
 * checkPatientId('19121212-121X'.replace('X', '3')) // { kind: 'invalid', reason: 'check-digit' }
 * checkPatientId('SYN-0000001')   // { kind: 'other' }
 */
export const checkPatientId = (id: string): PatientIdCheck => {
  const trimmed = id.trim();
  if (!PNR_SHAPE.test(trimmed)) return { kind: 'other' };
  const digits = trimmed.replace(/[-+]/g, '');
  const ten = digits.length === 12 ? digits.slice(2) : digits;
  const month = ten.slice(2, 4);
  const rawDay = Number(ten.slice(4, 6));
  const coordination = rawDay > 60;
  const day = String(coordination ? rawDay - 60 : rawDay).padStart(2, '0');
  const centuries = digits.length === 12 ? [digits.slice(0, 2)] : ['19', '20'];
  const dateOk = centuries.some((century) => isMatch(`${century}${ten.slice(0, 2)}-${month}-${day}`, 'yyyy-MM-dd'));
  if (!dateOk) return { kind: 'invalid', reason: 'date' };
  if (!luhnValid(ten)) return { kind: 'invalid', reason: 'check-digit' };
  return { kind: coordination ? 'samordningsnummer' : 'personnummer' };
};

/**
 * Hides a personnummer for display, keeping the birth date and masking the last four digits;
 * other ids are returned as they are.
 *
 * @example
 * maskPatientId('19121212-1212') // '19121212-****'
 * maskPatientId('SYN-0000001')   // 'SYN-0000001'
 */
export const maskPatientId = (id: string): string => {
  const trimmed = id.trim();
  if (!PNR_SHAPE.test(trimmed)) return id;
  const digits = trimmed.replace(/[-+]/g, '');
  return `${digits.slice(0, digits.length - 4)}-****`;
};

// A personnummer or samordningsnummer inside any text: 10 or 12 digits not part of a longer run of
// digits, with or without a separator (`-`, `+` or a space) before the last four, whose date part has a
// month 01-12 and a day 01-31 (61-91 for a samordningsnummer). An organisation number (month 20 or
// more, as in an HSA-id's `SE2321000016-…`) is not personal data and is left as written; a mistyped
// check digit is still redacted.
const PNR_IN_TEXT = /(?<!\d)(\d{2})?(\d{2})(\d{2})(\d{2})[-+ ]?\d{4}(?!\d)/g;

const dateShaped = (month: string, day: string): boolean => {
  const m = Number(month);
  const d = Number(day);
  return m >= 1 && m <= 12 && ((d >= 1 && d <= 31) || (d >= 61 && d <= 91));
};

/**
 * Replaces every run of digits shaped like a personnummer inside free text by `[personnummer]`,
 * so that an echoed value can never leak one into an error message: the 12- and 10-digit forms, with
 * or without a separator, wherever they stand in the text. This is the one redaction function: every
 * value that enters a message passes through it (numbers as `String(n)`), after any cutting
 * (`redactedExcerpt` does both in the right order).
 *
 * @example
 * redactPersonnummer('id 19121212-1212 okänt') // 'id [personnummer] okänt'
 * redactPersonnummer(String(191212121212))     // '[personnummer]'
 */
export const redactPersonnummer = (text: string): string =>
  text.replace(PNR_IN_TEXT, (whole, _century: string | undefined, _year: string, month: string, day: string) => (dateShaped(month, day) ? '[personnummer]' : whole));

/**
 * A value as a message may quote it: redacted, cut to `maxChars` characters with `…`, and redacted
 * again, so that no cut can leave a personnummer-shaped run (a cut 14-digit NPL-id) or most of one
 * behind. Numbers, booleans and other values are rendered with `String` first.
 *
 * @example
 * redactedExcerpt('19121212-1212 och en lång text', 20) // '[personnummer] och e…'
 * redactedExcerpt(191212121212)                          // '[personnummer]'
 */
export const redactedExcerpt = (value: unknown, maxChars = 40): string => {
  const redacted = redactPersonnummer(typeof value === 'string' ? value : String(value));
  if (redacted.length <= maxChars) return redacted;
  // Never cut a surrogate pair in two.
  const last = redacted.charCodeAt(maxChars - 1);
  const end = last >= 0xd800 && last <= 0xdbff ? maxChars - 1 : maxChars;
  return redactPersonnummer(`${redacted.slice(0, end)}…`);
};
