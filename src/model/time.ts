import { addDays, format, isValid, parseISO } from 'date-fns';
import type { Brand } from './brand';

/** A calendar date, `YYYY-MM-DD`, known to exist (no 30 February). @example `2026-11-20` */
export type IsoDate = Brand<string, 'IsoDate'>;

/** A clock time of day, `HH:MM` from 00:00 to 23:59. @example `08:00` */
export type ClockTime = Brand<string, 'ClockTime'>;

/** A timestamp with an offset. @example `2026-11-20T14:05:00+01:00` */
export type Timestamp = Brand<string, 'Timestamp'>;

const DATE_SHAPE = /^\d{4}-\d{2}-\d{2}$/;
const TIME_SHAPE = /^([01]\d|2[0-3]):[0-5]\d$/;
const TIMESTAMP_SHAPE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;

/**
 * Whether a string is an existing calendar date written `YYYY-MM-DD`.
 *
 * @example
 * isIsoDate('2026-11-20') // true
 * isIsoDate('2026-02-30') // false: no such day
 */
export const isIsoDate = (s: string): s is IsoDate => DATE_SHAPE.test(s) && dayExists(Number(s.slice(0, 4)), Number(s.slice(5, 7)), Number(s.slice(8, 10)));

// Checked by arithmetic rather than by date-fns' format parser: every item carries several dates, and
// a batch reads millions (test/model/time.test.ts holds it to date-fns' answer).
const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const dayExists = (year: number, month: number, day: number): boolean => {
  if (month < 1 || month > 12 || day < 1) return false;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return day <= (month === 2 && leap ? 29 : DAYS_IN_MONTH[month - 1]!);
};

/**
 * Whether a string is a clock time `HH:MM`.
 *
 * @example
 * isClockTime('20:00') // true
 * isClockTime('8:00')  // false: two digits for the hour
 */
export const isClockTime = (s: string): s is ClockTime => TIME_SHAPE.test(s);

/**
 * Whether a string is an ISO 8601 timestamp that carries an offset.
 *
 * @example
 * isTimestamp('2026-11-20T14:05:00+01:00') // true
 * isTimestamp('2026-11-20T14:05:00')       // false: no offset
 */
export const isTimestamp = (s: string): s is Timestamp =>
  TIMESTAMP_SHAPE.test(s) && isIsoDate(s.slice(0, 10)) && isValid(parseISO(s));

/**
 * Compares two calendar dates: negative when `a` is earlier, zero when equal, positive when later.
 * ISO dates order as strings, which keeps the comparison free of time zones.
 *
 * @example
 * compareDates('2026-11-15' as IsoDate, '2026-11-20' as IsoDate) < 0 // true
 */
export const compareDates = (a: IsoDate, b: IsoDate): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Today's calendar date on this machine's clock. Impure: only the edges (CLI, default options) call it.
 *
 * @example
 * today() // '2026-11-22'
 */
export const today = (): IsoDate => format(new Date(), 'yyyy-MM-dd') as IsoDate;

/**
 * The calendar date `days` days after `date` (before, when negative).
 *
 * @example
 * addDaysTo('2026-11-20' as IsoDate, -5) // '2026-11-15'
 */
export const addDaysTo = (date: IsoDate, days: number): IsoDate =>
  format(addDays(parseISO(date), days), 'yyyy-MM-dd') as IsoDate;

/**
 * Compares two timestamps by the instant they name (offsets taken into account).
 *
 * @example
 * compareTimestamps('2026-11-17T09:12:00+01:00' as Timestamp, '2026-11-17T08:30:00Z' as Timestamp) < 0 // true
 */
export const compareTimestamps = (a: Timestamp, b: Timestamp): number =>
  parseISO(a).getTime() - parseISO(b).getTime();

const dayNumber = (date: IsoDate): number => Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) / 86_400_000;

/**
 * The number of calendar days from `a` to `b` (negative when `b` is earlier).
 *
 * @example
 * daysBetween('2026-11-18' as IsoDate, '2026-11-20' as IsoDate) // 2
 */
export const daysBetween = (a: IsoDate, b: IsoDate): number => dayNumber(b) - dayNumber(a);
