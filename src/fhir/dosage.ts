import * as E from 'fp-ts/lib/Either.js';
import { quoted } from './quote';
import {
  addDaysTo,
  compareDates,
  WEEKDAYS,
  type AsNeededDose,
  type ClockTime,
  type Dose,
  type DoseRate,
  type DoseStep,
  type IsoDate,
  type Problem,
  type RateTime,
  type RecordedDosage,
  type Weekday,
} from '../model';
import { roundAmount, unitKey } from '../dosage';
import type { RawCodeableConcept, RawDosage, RawQuantity, RawRatio } from './codecs';
import { eventTime } from './event-timing';
import { dateOf, quantityUnit } from './quantity';

/** The text of a CodeableConcept: its `text`, else the first coding's display, else its code. */
export const conceptText = (c: RawCodeableConcept | undefined): string | undefined =>
  c === undefined ? undefined : (c.text ?? c.coding?.find((x) => x.display !== undefined)?.display ?? c.coding?.find((x) => x.code !== undefined)?.code);

/** One Dosage element, read. */
interface ReadDosage {
  readonly index: number;
  readonly sequence?: number;
  readonly text?: string;
  readonly route?: string;
  readonly asNeeded?: AsNeededDose;
  /** Regular doses: at these times (none when the dosage gives no time of day), every `intervalDays`. */
  readonly scheduled?: { readonly doses: ReadonlyArray<Dose>; readonly untimed: boolean; readonly intervalDays: number; readonly weekdays: ReadonlyArray<Weekday> };
  /** Given continuously at a rate (a rate with no dose). */
  readonly rate?: DoseRate;
  /** Doses at listed instants (`timing.event` with no repeating timing): each on its date at its time of day. */
  readonly dated?: ReadonlyArray<{ readonly date: IsoDate; readonly dose: Dose }>;
  readonly bounds: { readonly start?: IsoDate; readonly end?: IsoDate; readonly days?: number };
}

type Read<A> = E.Either<ReadonlyArray<Problem>, A>;

const problem = (path: string, message: string): Problem => ({ path, message });

const readDose = (q: RawQuantity, at: string): Read<{ quantity: number; unit: string }> => {
  const problems: Problem[] = [];
  if (q.value === undefined) problems.push(problem(`${at}.value`, 'expected a number, got missing'));
  else if (q.value < 0) problems.push(problem(`${at}.value`, `expected a number of zero or more, got ${q.value}`));
  if (q.comparator !== undefined) problems.push(problem(`${at}.comparator`, 'expected no comparator: a dose of "up to" or "at least" cannot be compared'));
  const unit = quantityUnit(q);
  if (unit === undefined) problems.push(problem(`${at}.unit`, 'expected a unit (unit or code), got missing'));
  return problems.length > 0 || q.value === undefined || unit === undefined ? E.left(problems) : E.right({ quantity: q.value, unit });
};

/** The longest treatment a duration or a count of doses may describe (100 years): beyond it no calendar date exists to compute. */
const MAX_DAYS = 36_500;

/** The number of days in a FHIR duration of days or weeks. */
const durationDays = (q: RawQuantity, at: string): Read<number> => {
  const unit = q.code ?? q.unit;
  const factor = unit === 'd' || unit === 'day' || unit === 'days' || unit === 'dygn' ? 1 : unit === 'wk' || unit === 'week' || unit === 'weeks' ? 7 : undefined;
  if (factor === undefined) return E.left([problem(`${at}.code`, `expected a duration in d or wk, got ${unit === undefined ? 'missing' : quoted(unit)}`)]);
  const days = (q.value ?? NaN) * factor;
  return Number.isInteger(days) && days >= 1 && days <= MAX_DAYS
    ? E.right(days)
    : E.left([problem(`${at}.value`, `expected a whole number of days from 1 to ${MAX_DAYS}, got ${q.value === undefined ? 'missing' : quoted(q.value)}`)]);
};

const DAY_UNITS = new Set(['d', 'day', 'days', 'dygn']);

/** The most per day of an as-needed dose, from `maxDosePerPeriod` (a ratio of an amount per 1 day or 24 h). */
const maxPerDay = (ratio: RawRatio, doseUnit: string, at: string): Read<number> => {
  const { numerator, denominator } = ratio;
  if (numerator?.value === undefined) return E.left([problem(`${at}.numerator.value`, 'expected a number, got missing')]);
  const unit = quantityUnit(numerator);
  if (unit === undefined || unitKey(unit) !== unitKey(doseUnit)) {
    return E.left([problem(`${at}.numerator.unit`, `expected the unit of the dose (${quoted(doseUnit)}), got ${unit === undefined ? 'missing' : quoted(unit)}`)]);
  }
  const denUnit = denominator?.code ?? denominator?.unit;
  const perDay = (denominator?.value === 1 && denUnit !== undefined && DAY_UNITS.has(denUnit)) || (denominator?.value === 24 && denUnit === 'h');
  if (!perDay) return E.left([problem(`${at}.denominator`, 'expected 1 d (or 24 h): only a maximum per day can be compared')]);
  return E.right(numerator.value);
};

/** Units of time a rate is given per, as FHIR senders write them (UCUM codes and words). */
const RATE_TIMES: ReadonlyMap<string, RateTime> = new Map<string, RateTime>([
  ['min', 'min'],
  ['minute', 'min'],
  ['minut', 'min'],
  ['h', 'h'],
  ['hr', 'h'],
  ['hour', 'h'],
  ['timme', 'h'],
  ['tim', 'h'],
  ['d', 'd'],
  ['day', 'd'],
  ['dygn', 'd'],
]);

/** An amount's unit in medrec's words, part by part (`ug/kg` is `mikrog/kg`). */
const amountUnit = (unit: string): string =>
  unit
    .split('/')
    .map((part) => quantityUnit({ unit: part }) ?? part)
    .join('/');

/** A rate from `rateQuantity`: an amount per time in one unit (`mL/h`, `ug/kg/min`). */
const readRateQuantity = (q: RawQuantity, at: string): Read<DoseRate> => {
  const problems: Problem[] = [];
  if (q.value === undefined) problems.push(problem(`${at}.value`, 'expected a number, got missing'));
  else if (q.value < 0) problems.push(problem(`${at}.value`, `expected a number of zero or more, got ${q.value}`));
  if (q.comparator !== undefined) problems.push(problem(`${at}.comparator`, 'expected no comparator: a rate of "up to" or "at least" cannot be compared'));
  const written = (q.unit ?? q.code)?.trim();
  const slash = written?.lastIndexOf('/') ?? -1;
  const per = written === undefined || slash <= 0 ? undefined : RATE_TIMES.get(written.slice(slash + 1).trim().toLowerCase());
  if (written === undefined || per === undefined) {
    problems.push(problem(`${at}.${q.unit === undefined ? 'code' : 'unit'}`, `expected an amount per minute, hour or day (mL/h, mg/h, ug/min), got ${written === undefined ? 'missing' : quoted(written)}`));
  }
  if (problems.length > 0 || q.value === undefined || written === undefined || per === undefined) return E.left(problems);
  return E.right({ quantity: q.value, unit: amountUnit(written.slice(0, slash).trim()), per });
};

/** A rate from `rateRatio`: an amount (numerator) per a time (denominator), e.g. 100 mL per 1 h or 1,8 mg per 20 min. */
const readRateRatio = (ratio: RawRatio, at: string): Read<DoseRate> => {
  const { numerator, denominator } = ratio;
  const problems: Problem[] = [];
  const amount = numerator === undefined ? E.left([problem(`${at}.numerator`, 'expected a quantity, got missing')]) : readDose(numerator, `${at}.numerator`);
  if (E.isLeft(amount)) problems.push(...amount.left);
  const time = denominator?.code ?? denominator?.unit;
  const per = time === undefined ? undefined : RATE_TIMES.get(time.trim().toLowerCase());
  if (per === undefined) problems.push(problem(`${at}.denominator.code`, `expected a unit of time (min, h, d), got ${time === undefined ? 'missing' : quoted(time)}`));
  const length = denominator?.value;
  if (length === undefined || !(length > 0)) problems.push(problem(`${at}.denominator.value`, `expected a number above zero, got ${length === undefined ? 'missing' : quoted(length)}`));
  if (problems.length > 0 || E.isLeft(amount) || per === undefined || length === undefined) return E.left(problems);
  return E.right({ quantity: roundAmount(amount.right.quantity / length), unit: amountUnit(amount.right.unit), per });
};

/** The date and time of day of a `timing.event`, as written (its local date and clock time). */
const eventInstant = (dateTime: string): { readonly date: IsoDate; readonly time: ClockTime } | undefined => {
  const date = dateOf(dateTime);
  const time = dateTime.slice(11, 16);
  return date === undefined || !/^\d{2}:\d{2}$/u.test(time) ? undefined : { date, time: time as ClockTime };
};

const DAY_OF_WEEK = new Set<string>(WEEKDAYS);

/** A clock time moved by so many minutes, around the day. */
const shifted = (time: ClockTime, minutes: number): ClockTime => {
  const [h, m] = time.split(':').map(Number) as [number, number];
  const total = (((h * 60 + m + Math.round(minutes)) % 1440) + 1440) % 1440;
  return `${String(Math.floor(total / 60)).padStart(2, '0')}:${String(total % 60).padStart(2, '0')}` as ClockTime;
};

const readOne = (d: RawDosage, index: number, at: string): Read<ReadDosage> => {
  const problems: Problem[] = [];
  const timing = d.timing;
  const repeat = timing?.repeat;
  // Doses at listed instants. With a repeating timing beside them the events are, in FHIR's words,
  // an interpretation of the repeat: the repeat is read. Alone, each is a dose on its date at its time.
  const repeating = repeat !== undefined && (repeat.frequency !== undefined || repeat.period !== undefined || repeat.when !== undefined || repeat.timeOfDay !== undefined || repeat.dayOfWeek !== undefined || repeat.count !== undefined || repeat.countMax !== undefined);
  const instants: Array<{ readonly date: IsoDate; readonly time: ClockTime }> = [];
  if (timing?.event !== undefined && !repeating) {
    timing.event.forEach((e, k) => {
      const instant = eventInstant(e);
      if (instant === undefined) problems.push(problem(`${at}.timing.event[${k}]`, `expected a date and a time of day: a dose on a day at no stated time has no slot, got ${quoted(e)}`));
      else instants.push(instant);
    });
  }
  if (repeat?.boundsRange !== undefined) problems.push(problem(`${at}.timing.repeat.boundsRange`, 'expected no boundsRange: medrec cannot map it, and the dosage would be read wrong without it'));
  // A range of frequency (1–2 times a day, every 4–6 hours) is read as-needed style: its upper end
  // (the most often) is the maximum, never a guessed schedule.
  const ranged = repeat?.frequencyMax !== undefined || repeat?.periodMax !== undefined;
  // The dose.
  const doses = (d.doseAndRate ?? []).map((dr, k) => ({ dr, k }));
  const withDose = doses.filter(({ dr }) => dr.doseQuantity !== undefined || dr.doseRange !== undefined);
  // A rate beside a dose (4,5 g infused at 50 ml/h) is how fast each dose is given: like `duration`
  // and `method` not in the model, not read; the dose is. A rate with no dose is the dosage: given
  // continuously (an infusion of 2 mg/h).
  let rate: DoseRate | undefined;
  const withRate = doses.filter(({ dr }) => dr.rateQuantity !== undefined || dr.rateRatio !== undefined || dr.rateRange !== undefined);
  if (withDose.length === 0 && withRate.length > 0) {
    const { dr, k } = withRate[0]!;
    const rAt = `${at}.doseAndRate[${k}]`;
    if (withRate.length > 1) problems.push(problem(`${at}.doseAndRate[${withRate[1]!.k}]`, 'expected one rate per Dosage'));
    const read = dr.rateQuantity !== undefined ? readRateQuantity(dr.rateQuantity, `${rAt}.rateQuantity`) : dr.rateRatio !== undefined ? readRateRatio(dr.rateRatio, `${rAt}.rateRatio`) : undefined;
    if (read === undefined) problems.push(problem(`${rAt}.rateRange`, 'expected one rate (rateQuantity or rateRatio): a range of rates cannot be compared'));
    else if (E.isLeft(read)) problems.push(...read.left);
    else rate = read.right;
  }
  if (withDose.length > 1) {
    problems.push(problem(`${at}.doseAndRate[${withDose[1]!.k}]`, 'expected one dose per Dosage; give parallel doses as Dosage elements with the same sequence'));
  }
  const asNeeded = d.asNeededBoolean === true || d.asNeededCodeableConcept !== undefined || ranged;
  let dose: { quantity: number; unit: string } | undefined;
  const first = withDose[0];
  if (first !== undefined) {
    const dAt = `${at}.doseAndRate[${first.k}]`;
    if (first.dr.doseQuantity !== undefined) {
      const r = readDose(first.dr.doseQuantity, `${dAt}.doseQuantity`);
      if (E.isLeft(r)) problems.push(...r.left);
      else dose = r.right;
    } else if (first.dr.doseRange !== undefined) {
      const { low, high } = first.dr.doseRange;
      const lo = low === undefined ? E.left([problem(`${dAt}.doseRange.low`, 'expected a quantity, got missing')]) : readDose(low, `${dAt}.doseRange.low`);
      const hi = high === undefined ? E.left([problem(`${dAt}.doseRange.high`, 'expected a quantity, got missing')]) : readDose(high, `${dAt}.doseRange.high`);
      if (E.isLeft(lo)) problems.push(...lo.left);
      if (E.isLeft(hi)) problems.push(...hi.left);
      if (E.isRight(lo) && E.isRight(hi)) {
        if (unitKey(lo.right.unit) !== unitKey(hi.right.unit)) problems.push(problem(`${dAt}.doseRange.high.unit`, `expected the unit of low (${quoted(lo.right.unit)}), got ${quoted(hi.right.unit)}`));
        else if (lo.right.quantity === hi.right.quantity || asNeeded) dose = hi.right;
        else problems.push(problem(`${dAt}.doseRange`, 'expected one dose: a scheduled dose range cannot be dose-dispensed or compared; give doseQuantity'));
      }
    }
  }
  // Times of day.
  const times: ClockTime[] = [];
  (repeat?.timeOfDay ?? []).forEach((time) => times.push(time.slice(0, 5) as ClockTime));
  (repeat?.when ?? []).forEach((code, k) => {
    const mapped = eventTime(code);
    // `offset`: minutes before (AC…) or after the event; the slot of the day is what counts.
    if (mapped.ok) times.push(repeat?.offset === undefined ? mapped.time : shifted(mapped.time, code.startsWith('AC') ? -repeat.offset : repeat.offset));
    else problems.push(problem(`${at}.timing.repeat.when[${k}]`, mapped.message));
  });
  if (repeat?.offset !== undefined && (repeat.when ?? []).length === 0) problems.push(problem(`${at}.timing.repeat.offset`, 'expected when with offset: an offset from no event names no time of day'));
  const weekdays: Weekday[] = [];
  (repeat?.dayOfWeek ?? []).forEach((day, k) => {
    if (DAY_OF_WEEK.has(day)) weekdays.push(day as Weekday);
    else problems.push(problem(`${at}.timing.repeat.dayOfWeek[${k}]`, `expected one of ${WEEKDAYS.join(', ')}, got ${quoted(day)}`));
  });
  // The period of repetition.
  const unit = repeat?.periodUnit;
  const period = repeat?.period;
  const frequency = repeat?.frequency;
  const uAt = `${at}.timing.repeat.periodUnit`;
  if (period !== undefined && unit === undefined) problems.push(problem(uAt, 'expected a unit of time for period, got missing'));
  if (period !== undefined && period <= 0) problems.push(problem(`${at}.timing.repeat.period`, `expected a number above zero, got ${period}`));
  if (unit === 'mo' || unit === 'a') problems.push(problem(uAt, `expected d, wk or h; a period in ${unit === 'mo' ? 'months' : 'years'} has no fixed number of days`));
  else if (unit === 'min' || unit === 's') {
    if (!asNeeded) problems.push(problem(uAt, `expected d, wk or h; a dose every few ${unit === 'min' ? 'minutes' : 'seconds'} cannot be given as doses of a day`));
  } else if (unit !== undefined && unit !== 'd' && unit !== 'wk' && unit !== 'h') problems.push(problem(uAt, `expected one of s, min, h, d, wk, mo, a, got ${quoted(unit)}`));
  // Bounds.
  const bounds: { start?: IsoDate; end?: IsoDate; days?: number } = {};
  const bp = repeat?.boundsPeriod;
  if (bp?.start !== undefined) {
    const day = dateOf(bp.start);
    if (day === undefined) problems.push(problem(`${at}.timing.repeat.boundsPeriod.start`, `expected a full date, got ${quoted(bp.start)}`));
    else bounds.start = day;
  }
  if (bp?.end !== undefined) {
    const day = dateOf(bp.end);
    if (day === undefined) problems.push(problem(`${at}.timing.repeat.boundsPeriod.end`, `expected a full date, got ${quoted(bp.end)}`));
    else bounds.end = day;
  }
  if (repeat?.boundsDuration !== undefined) {
    const days = durationDays(repeat.boundsDuration, `${at}.timing.repeat.boundsDuration`);
    if (E.isLeft(days)) problems.push(...days.left);
    else bounds.days = days.right;
  }
  if (bounds.start !== undefined && bounds.end !== undefined && compareDates(bounds.end, bounds.start) < 0) {
    problems.push(problem(`${at}.timing.repeat.boundsPeriod.end`, `expected a date on or after start (${quoted(bounds.start)}), got ${quoted(bounds.end)}`));
  }
  const base = {
    index,
    bounds,
    ...(d.sequence === undefined ? {} : { sequence: d.sequence }),
    ...(d.text === undefined ? {} : { text: d.text }),
    ...(conceptText(d.route) === undefined ? {} : { route: conceptText(d.route)! }),
  };
  if (problems.length > 0) return E.left(problems);

  if (rate !== undefined) {
    // A rate given on a schedule (for a while each time) or as needed names no amount to compare.
    if (asNeeded) return E.left([problem(`${at}.doseAndRate`, 'expected a doseQuantity: an as-needed infusion rate cannot be compared')]);
    if (repeating || instants.length > 0) return E.left([problem(`${at}.timing`, 'expected a rate with no schedule (given continuously), or a dose with its schedule: a rate given at times cannot be compared')]);
    return E.right({ ...base, rate });
  }
  if (instants.length > 0) {
    if (asNeeded) return E.left([problem(`${at}.timing.event`, 'expected no event for as-needed dosing: as-needed doses have no set time')]);
    if (dose === undefined) return E.left([problem(`${at}.doseAndRate`, 'expected a doseQuantity: the size of the doses at the listed times')]);
    return E.right({ ...base, dated: instants.map((i) => ({ date: i.date, dose: { time: i.time, quantity: dose!.quantity, unit: dose!.unit } })) });
  }

  if (asNeeded) {
    if (dose === undefined) return E.left([problem(`${at}.doseAndRate`, 'expected a doseQuantity: the size of an as-needed dose')]);
    let minIntervalHours: number | undefined;
    let max: number | undefined;
    // The upper end of a range of frequency: frequencyMax doses, each period (not periodMax) apart.
    const most = repeat?.frequencyMax ?? frequency;
    if (unit === 'h' && (most ?? 1) === 1 && period !== undefined) minIntervalHours = period;
    else if (unit === 'min' && (most ?? 1) === 1 && period !== undefined) minIntervalHours = period / 60;
    else if (unit === 'd' && (period ?? 1) === 1 && most !== undefined) max = most * dose.quantity;
    else if (unit !== undefined) {
      return E.left([problem(uAt, 'expected an as-needed timing of one dose per so many hours, or so many doses per 1 d')]);
    }
    if (d.maxDosePerPeriod !== undefined) {
      const m = maxPerDay(d.maxDosePerPeriod, dose.unit, `${at}.maxDosePerPeriod`);
      if (E.isLeft(m)) return m;
      max = m.right;
    }
    const indication = conceptText(d.asNeededCodeableConcept);
    const asNeededDose: AsNeededDose = {
      quantity: dose.quantity,
      unit: dose.unit,
      ...(max === undefined ? {} : { maxPerDay: max }),
      ...(minIntervalHours === undefined ? {} : { minIntervalHours }),
      ...(indication === undefined ? {} : { indication }),
    };
    if (dose.quantity <= 0) return E.left([problem(`${at}.doseAndRate[${first!.k}]`, 'expected an as-needed dose above zero')]);
    return E.right({ ...base, asNeeded: asNeededDose });
  }

  if (dose === undefined) {
    if (times.length > 0 || (frequency !== undefined && repeat !== undefined)) {
      return E.left([problem(`${at}.doseAndRate`, 'expected a doseQuantity: a scheduled dose without its size cannot be compared')]);
    }
    return E.right(base); // only a text
  }
  // Interval in days, and how many doses a dosing day has.
  let intervalDays = 1;
  let perDay: number | undefined;
  if (unit === 'd' || unit === undefined) {
    const p = period ?? 1;
    if (!Number.isInteger(p)) return E.left([problem(`${at}.timing.repeat.period`, `expected a whole number of days, got ${p}`)]);
    intervalDays = p;
    perDay = frequency;
  } else if (unit === 'wk') {
    const p = period ?? 1;
    if (!Number.isInteger(p)) return E.left([problem(`${at}.timing.repeat.period`, `expected a whole number of weeks, got ${p}`)]);
    intervalDays = 7 * p;
    if (frequency !== undefined) {
      const days = Math.max(weekdays.length, 1);
      if (frequency % days !== 0) return E.left([problem(`${at}.timing.repeat.frequency`, `expected a multiple of the ${days} day(s) of the week, got ${frequency}`)]);
      perDay = frequency / days;
    }
  } else if (unit === 'h') {
    const p = period ?? 1;
    const f = frequency ?? 1;
    if (24 % p !== 0) return E.left([problem(`${at}.timing.repeat.period`, `expected a number of hours that divides a day (1, 2, 3, 4, 6, 8, 12, 24), got ${p}`)]);
    perDay = (f * 24) / p;
  }
  // `count` (or at most `countMax`) doses: a course that ends after the cycle that gives the last one.
  const count = repeat?.countMax ?? repeat?.count;
  if (count !== undefined && bounds.end === undefined && bounds.days === undefined) {
    const perCycle = unit === 'wk' ? (frequency ?? Math.max(weekdays.length, 1) * Math.max(times.length, 1)) : (perDay ?? Math.max(times.length, 1));
    const cycles = Math.ceil(count / Math.max(perCycle, 1));
    const days = (cycles - 1) * intervalDays + 1;
    if (days > MAX_DAYS) return E.left([problem(`${at}.timing.repeat.${repeat?.countMax === undefined ? 'count' : 'countMax'}`, `expected a course of at most ${MAX_DAYS} days, got ${quoted(count)} doses`)]);
    bounds.days = days;
  }
  if (times.length === 0) {
    // A count per day with no time of day: the slots are unknown, so the dosage is kept as its text.
    return E.right({ ...base, scheduled: { doses: [], untimed: true, intervalDays, weekdays } });
  }
  if (perDay !== undefined && perDay !== times.length) {
    return E.left([problem(`${at}.timing.repeat.frequency`, `expected ${times.length} (one dose per time of day given), got ${frequency}`)]);
  }
  return E.right({
    ...base,
    scheduled: { doses: times.map((time) => ({ time, quantity: dose!.quantity, unit: dose!.unit })), untimed: false, intervalDays, weekdays },
  });
};

const sameDays = (a: ReadonlyArray<Weekday>, b: ReadonlyArray<Weekday>): boolean =>
  a.length === b.length && WEEKDAYS.every((d) => a.includes(d) === b.includes(d));

/** The dosage of an item, its route, and the dates its dosages are bounded by. */
export interface ReadDosages {
  readonly dosage: RecordedDosage;
  readonly route?: string;
  readonly start?: IsoDate;
  readonly end?: IsoDate;
}

/**
 * Reads the Dosage elements of a MedicationRequest (`dosageInstruction`) or MedicationStatement
 * (`dosage`) into the model's recorded dosage, as the Swedish NLL uses them: Dosage elements with the
 * same `sequence` are parallel doses (morning and evening, say), an increasing `sequence` is the next
 * dose step (doseringssteg) of a taper or titration, bounded by `boundsPeriod` or following on from
 * the one before by `boundsDuration`. `start` is the item's first day, from which a first step with
 * only a duration counts. Every element that cannot be mapped is a problem at its FHIR path.
 *
 * Rules: doses need a `doseQuantity` (or a `doseRange` whose ends agree; for as-needed doses, its
 * upper end, the most taken at once); times of day come from `timeOfDay` and `when` (see
 * `EVENT_TIMES`); a single scheduled Dosage with a count per day but no time of day keeps only its
 * text (its slots are unknown, so no clock time is invented); as-needed dosing takes its indication
 * from `asNeededCodeableConcept`, its minimum interval from one dose per N hours, its daily maximum
 * from `maxDosePerPeriod` (per 1 d or 24 h) or N doses per 1 d; the time of an as-needed dose, site,
 * method, patient instructions and maxima per administration or lifetime are not in the model and are
 * not read. A range of frequency (`frequencyMax`, `periodMax`: "1–2 times a day", "every 4–6 hours")
 * is read as-needed style, its upper end the maximum (never a guessed schedule); `count` (at most
 * `countMax`) doses end the course after the cycle that gives the last one; `offset` moves the
 * times of its `when` events by minutes (before an AC… event, after the others). A rate with no dose
 * (`rateQuantity` in an amount per minute, hour or day; `rateRatio`, an amount per a time) is a
 * continuous dosage (`RecordedDosage.rate`), alone in its item; a rate beside a dose is how fast the
 * dose is given, not read (like `duration`). `event` with no repeating timing gives a dose on each
 * instant's date at its time of day, one dose step per date; beside a repeating timing the events are
 * an interpretation of it (FHIR) and the repeat is read. Not mapped, and reported: `rateRange`, a rate
 * given at times or as needed, an event with no time of day, `boundsRange`, periods in months or
 * years, hours that do not divide a day.
 *
 * @example
 * readDosages([{ text: '1 tablett morgon', timing: { repeat: { frequency: 1, period: 1, periodUnit: 'd', when: ['MORN'] } },
 *   doseAndRate: [{ doseQuantity: { value: 1, unit: 'tablett' } }] }], 'entry[0].resource.dosageInstruction')
 * // right({ dosage: { text: '1 tablett morgon', doses: [{ time: '08:00', quantity: 1, unit: 'tablett' }], intervalDays: 1, weekdays: [], steps: [] } })
 * readDosages([{ text: 'morfin 2 ml/h', doseAndRate: [{ rateQuantity: { value: 2, unit: 'mL/h' } }] }], 'entry[0].resource.dosageInstruction')
 * // right({ dosage: { text: 'morfin 2 ml/h', doses: [], intervalDays: 1, weekdays: [], steps: [], rate: { quantity: 2, unit: 'ml', per: 'h' } } })
 */
export const readDosages = (dosages: ReadonlyArray<RawDosage> | undefined, at: string, start?: IsoDate): Read<ReadDosages> => {
  if (dosages === undefined || dosages.length === 0) {
    return E.left([problem(at, 'expected at least one Dosage: a drug without a dosage cannot be reconciled')]);
  }
  const read = dosages.map((d, i) => readOne(d, i, `${at}[${i}]`));
  const problems = read.flatMap((r) => (E.isLeft(r) ? r.left : []));
  if (problems.length > 0) return E.left(problems);
  const all = read.flatMap((r) => (E.isRight(r) ? [r.right] : []));
  const sequenced = all.filter((d) => d.sequence !== undefined);
  if (sequenced.length > 0 && sequenced.length < all.length) {
    const missing = all.find((d) => d.sequence === undefined)!;
    return E.left([problem(`${at}[${missing.index}].sequence`, 'expected a sequence: the other Dosage elements have one')]);
  }
  const routes = [...new Set(all.flatMap((d) => (d.route === undefined ? [] : [d.route])))];
  if (routes.length > 1) return E.left([problem(`${at}[${all.find((d) => d.route === routes[1])!.index}].route`, `expected one route for the item, got ${quoted(routes[0])} and ${quoted(routes[1])}`)]);
  const asNeeded = all.filter((d) => d.asNeeded !== undefined);
  if (asNeeded.length > 1) return E.left([problem(`${at}[${asNeeded[1]!.index}]`, 'expected one as-needed Dosage per item: the model holds one as-needed dose')]);
  const texts = [...new Set(all.flatMap((d) => (d.text === undefined ? [] : [d.text])))];
  const text = texts.join('; ');
  const scheduled = all.filter((d) => d.scheduled !== undefined);
  const extra = {
    ...(routes[0] === undefined ? {} : { route: routes[0] }),
  };
  const asNeededDose = asNeeded[0]?.asNeeded;
  const withAsNeeded = asNeededDose === undefined ? {} : { asNeeded: asNeededDose };

  // A continuous rate is the whole dosage: alone, one per item.
  const rated = all.filter((d) => d.rate !== undefined);
  if (rated.length > 0) {
    const other = all.find((d) => d.rate === undefined && (d.scheduled !== undefined || d.asNeeded !== undefined || d.dated !== undefined));
    if (rated.length > 1) return E.left([problem(`${at}[${rated[1]!.index}].doseAndRate`, 'expected one rate per item: the model holds one continuous rate')]);
    if (other !== undefined) return E.left([problem(`${at}[${other.index}].doseAndRate`, 'expected a rate alone: a continuous rate and doses in one item cannot be compared')]);
    const b = rated[0]!.bounds;
    const from = b.start ?? start;
    const end = b.end ?? (b.days !== undefined && from !== undefined ? addDaysTo(from, b.days - 1) : undefined);
    return E.right({
      dosage: { text, doses: [], intervalDays: 1, weekdays: [], steps: [], rate: rated[0]!.rate! },
      ...extra,
      ...(b.start === undefined ? {} : { start: b.start }),
      ...(end === undefined ? {} : { end }),
    });
  }

  // Doses at listed instants: one dose step per date, from and to that date (no dose between them).
  const dated = all.filter((d) => d.dated !== undefined);
  if (dated.length > 0) {
    if (scheduled.length > 0) return E.left([problem(`${at}[${scheduled[0]!.index}].timing.repeat`, 'expected doses at listed times (event) alone: dated doses and a repeating timing in one item cannot be mapped')]);
    const byDate = new Map<IsoDate, Dose[]>();
    for (const d of dated) for (const { date, dose } of d.dated!) byDate.set(date, [...(byDate.get(date) ?? []), dose]);
    const steps: DoseStep[] = [...byDate.entries()]
      .sort(([a], [b]) => compareDates(a, b))
      .map(([date, doses]) => ({ from: date, to: date, doses: [...doses].sort((a, b) => (a.time < b.time ? -1 : a.time > b.time ? 1 : 0)), intervalDays: 1 }));
    return E.right({
      dosage: { text, doses: [], intervalDays: 1, weekdays: [], steps, ...withAsNeeded },
      ...extra,
      start: steps[0]!.from,
      end: steps[steps.length - 1]!.to!,
    });
  }
  const groups = [...new Set(scheduled.map((d) => d.sequence ?? 0))].sort((a, b) => a - b);

  if (groups.length <= 1) {
    const timed = scheduled.filter((d) => !d.scheduled!.untimed);
    const untimed = scheduled.filter((d) => d.scheduled!.untimed);
    if (untimed.length > 0 && scheduled.length > 1) {
      return E.left([problem(`${at}[${untimed[0]!.index}].timing.repeat`, 'expected timeOfDay or when: parallel doses need their times of day')]);
    }
    const ref = timed[0]?.scheduled;
    for (const d of timed) {
      if (d.scheduled!.intervalDays !== ref!.intervalDays || !sameDays(d.scheduled!.weekdays, ref!.weekdays)) {
        return E.left([problem(`${at}[${d.index}].timing.repeat`, 'expected the same period and days of the week as the parallel doses')]);
      }
    }
    const bounded = all.filter((d) => d.bounds.start !== undefined || d.bounds.end !== undefined || d.bounds.days !== undefined);
    const from = bounded.reduce<IsoDate | undefined>((min, d) => (d.bounds.start !== undefined && (min === undefined || compareDates(d.bounds.start, min) < 0) ? d.bounds.start : min), undefined);
    const first = from ?? start;
    const ends = bounded.map((d) => d.bounds.end ?? (d.bounds.days !== undefined && first !== undefined ? addDaysTo(first, d.bounds.days - 1) : undefined));
    const end = ends.length > 0 && ends.every((e) => e !== undefined) ? ends.reduce((max, e) => (compareDates(e!, max!) > 0 ? e : max)) : undefined;
    return E.right({
      dosage: {
        text,
        doses: timed.flatMap((d) => d.scheduled!.doses),
        intervalDays: ref?.intervalDays ?? untimed[0]?.scheduled?.intervalDays ?? 1,
        weekdays: ref?.weekdays ?? untimed[0]?.scheduled?.weekdays ?? [],
        steps: [],
        ...withAsNeeded,
      },
      ...extra,
      ...(from === undefined ? {} : { start: from }),
      ...(end === undefined ? {} : { end }),
    });
  }

  // Dose steps: one per sequence number, in order.
  const steps: DoseStep[] = [];
  let weekdays: ReadonlyArray<Weekday> | undefined;
  let previousEnd: IsoDate | undefined;
  for (const [n, seq] of groups.entries()) {
    const members = scheduled.filter((d) => (d.sequence ?? 0) === seq);
    const head = members[0]!;
    const untimed = members.find((d) => d.scheduled!.untimed);
    if (untimed !== undefined) return E.left([problem(`${at}[${untimed.index}].timing.repeat`, 'expected timeOfDay or when: a dose step needs its times of day')]);
    for (const d of members) {
      if (d.scheduled!.intervalDays !== head.scheduled!.intervalDays) return E.left([problem(`${at}[${d.index}].timing.repeat`, 'expected the same period as the parallel doses of this step')]);
      if (weekdays !== undefined && !sameDays(d.scheduled!.weekdays, weekdays)) return E.left([problem(`${at}[${d.index}].timing.repeat.dayOfWeek`, 'expected the same days of the week in every dose step')]);
      weekdays ??= d.scheduled!.weekdays;
    }
    const bounded = members.find((d) => d.bounds.start !== undefined || d.bounds.days !== undefined || d.bounds.end !== undefined) ?? head;
    const from = bounded.bounds.start ?? (previousEnd === undefined ? (n === 0 ? start : undefined) : addDaysTo(previousEnd, 1));
    if (from === undefined) {
      return E.left([problem(`${at}[${head.index}].timing.repeat.boundsPeriod.start`, `expected a start for dose step ${n + 1} (sequence ${seq}): the step before has no end`)]);
    }
    const to = bounded.bounds.end ?? (bounded.bounds.days === undefined ? undefined : addDaysTo(from, bounded.bounds.days - 1));
    steps.push({ from, doses: members.flatMap((d) => d.scheduled!.doses), intervalDays: head.scheduled!.intervalDays, ...(to === undefined ? {} : { to }) });
    previousEnd = to;
  }
  const last = steps[steps.length - 1]!;
  return E.right({
    dosage: { text, doses: [], intervalDays: 1, weekdays: weekdays ?? [], steps, ...withAsNeeded },
    ...extra,
    start: steps[0]!.from,
    ...(last.to === undefined ? {} : { end: last.to }),
  });
};
