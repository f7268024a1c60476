import * as t from 'io-ts';
import {
  isAtcCode,
  isClockTime,
  isIsoDate,
  isNplNumber,
  isTimestamp,
  type AtcCode,
  type ClockTime,
  type IsoDate,
  type NplId,
  type NplPackId,
  type Timestamp,
} from '../model';
import { registerPureCheck } from './guard';

/**
 * A codec for a string that must satisfy `test`; its `name` is what an error message says was expected.
 *
 * @example
 * const Hhmm = checkedString<ClockTime>('HH:MM', isClockTime);
 */
export const checkedString = <A extends string>(name: string, test: (s: string) => boolean): t.Type<A, string, unknown> => {
  const is = (u: unknown): u is A => typeof u === 'string' && test(u);
  // Decoded to the input itself exactly when `is` holds: the fast path of `validate` may use `is`.
  return registerPureCheck(new t.Type<A, string, unknown>(name, is, (u, c) => (is(u) ? t.success(u) : t.failure(u, c)), (a) => a), is);
};

/**
 * A codec for a number that must satisfy `test`.
 *
 * @example
 * const Positive = checkedNumber('positive number', (n) => n > 0);
 */
export const checkedNumber = (name: string, test: (n: number) => boolean): t.Type<number, number, unknown> => {
  const is = (u: unknown): u is number => typeof u === 'number' && test(u);
  return registerPureCheck(new t.Type<number, number, unknown>(name, is, (u, c) => (is(u) ? t.success(u) : t.failure(u, c)), (a) => a), is);
};

/** A string with at least one non-space character. */
export const NonEmptyString = checkedString<string>('non-empty string', (s) => s.trim().length > 0);

/** A calendar date `YYYY-MM-DD` that exists. */
export const IsoDateCodec = checkedString<IsoDate>('date (YYYY-MM-DD)', isIsoDate);

/** A clock time `HH:MM`. */
export const ClockTimeCodec = checkedString<ClockTime>('HH:MM', isClockTime);

/** A timestamp with an offset. */
export const TimestampCodec = checkedString<Timestamp>('timestamp with offset (YYYY-MM-DDTHH:MM:SS+01:00)', isTimestamp);

/** A 14-digit NPL-id. */
export const NplIdCodec = checkedString<NplId>('NPL-id (14 digits)', isNplNumber);

/** A 14-digit NPL-pack-id. */
export const NplPackIdCodec = checkedString<NplPackId>('NPL-pack-id (14 digits)', isNplNumber);

/** A WHO ATC code. */
export const AtcCodec = checkedString<AtcCode>('ATC code (e.g. A10BA02)', isAtcCode);

/**
 * The largest amount (a dose quantity, a strength, a maximum per day) medrec reads. No dose or
 * strength comes near it, and below it every product medrec forms (quantity × strength × unit factor
 * × doses per day) stays finite: 1e308 × 1e308 would be Infinity, shown as "Infinity g per dygn",
 * written as `null`, and equal to any other overflowed dose. A larger number is unreadable.
 */
export const MAX_AMOUNT = 1_000_000_000;

/** A finite number above zero, at most `MAX_AMOUNT`. */
export const PositiveNumber = checkedNumber('positive number (at most 1e9)', (n) => Number.isFinite(n) && n > 0 && n <= MAX_AMOUNT);

/** A finite number of zero or more, at most `MAX_AMOUNT`. */
export const NonNegativeNumber = checkedNumber('number of zero or more (at most 1e9)', (n) => Number.isFinite(n) && n >= 0 && n <= MAX_AMOUNT);

/** A whole number of one or more. */
export const PositiveInteger = checkedNumber('whole number of 1 or more', (n) => Number.isInteger(n) && n >= 1);

/** A day of the week as the formats write it. */
export const WeekdayCodec = t.keyof({ mon: null, tue: null, wed: null, thu: null, fri: null, sat: null, sun: null });
