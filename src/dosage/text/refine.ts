import { WEEKDAYS } from '../../model';
import { roundAmount } from '../amount';
import { SLOTS, type Slot } from '../slot';
import { measureOf } from '../unit';
import { fail, type GroupDraft, type Refined, type Refining, type StepDraft } from './draft';
import type { Implication, TextAsNeeded, TextSlotDose, TextStep, TextUnslotted } from './result';

/** A pure function from steps being refined to refined steps, or a failure. */
export type Refiner = (r: Refining) => Refined;

const ok = (value: Refining): Refined => ({ ok: true, value });

/** Applies `f` to every step; the first failure wins. */
const eachStep =
  (f: (step: StepDraft, implied: Implication[]) => StepDraft | ReturnType<typeof fail>): Refiner =>
  (r) => {
    const implied = [...r.implied];
    const steps: StepDraft[] = [];
    for (const step of r.steps) {
      const out = f(step, implied);
      if ('ok' in out) return out;
      steps.push(out);
    }
    return ok({ steps, implied });
  };

const isScheduled = (g: GroupDraft): boolean => !g.asNeeded;
const hasTime = (g: GroupDraft): boolean => g.shorthand !== undefined || g.slots.length > 0 || g.times !== undefined;

/**
 * A quantity without a unit takes the unit last written before it, across steps: `1 tablett morgon,
 * ½ kväll`; `2 tabletter dagligen i 5 dagar, därefter 1 dagligen`.
 *
 * @example
 * carryUnits(collected('1 tablett morgon, ½ kväll')) // the ½ is in tablett; implied: unit-carried-over
 */
export const carryUnits: Refiner = (r) => {
  const implied = [...r.implied];
  let unit: string | null = null;
  const steps = r.steps.map((step) => ({
    ...step,
    groups: step.groups.map((g): GroupDraft => {
      if (g.quantity !== undefined) {
        if (g.quantity.unit !== null) unit = g.quantity.unit;
        else if (unit !== null) {
          implied.push({ kind: 'unit-carried-over', at: g.quantity.at });
          return { ...g, quantity: { ...g.quantity, unit } };
        }
      }
      if (g.shorthand !== undefined) {
        if (g.shorthand.unit !== null) unit = g.shorthand.unit;
        else if (unit !== null) {
          implied.push({ kind: 'unit-carried-over', at: g.shorthand.at });
          return { ...g, shorthand: { ...g.shorthand, unit } };
        }
      }
      return g;
    }),
  }));
  return ok({ steps, implied });
};

/**
 * Every group has a quantity; at most one group of a step is as needed; a pause has no doses.
 *
 * @example
 * checkGroups(collected('2 gånger dagligen')) // fails: no-quantity
 */
export const checkGroups: Refiner = eachStep((step) => {
  const missing = step.groups.find((g) => g.quantity === undefined && g.shorthand === undefined);
  if (missing !== undefined) return fail(missing.at, 'no-quantity');
  const asNeeded = step.groups.filter((g) => g.asNeeded);
  if (asNeeded.length > 1) return fail(asNeeded[1]!.at, 'not-representable');
  // A pause (`uppehåll`, `uppehåll i 3 dagar`) has no doses, and so no cycle or maximum either.
  const stray = step.period ?? step.interval ?? step.hourly ?? step.weekdays ?? step.maximum ?? step.minInterval;
  if (step.stop !== undefined && (step.groups.length > 0 || stray !== undefined)) return fail(step.stop.at, 'conflict');
  if (step.stop === undefined && step.groups.length === 0) return fail(step.at, 'no-quantity');
  return step;
});

/**
 * `var 8:e timme`: for a scheduled dose with no other time, a count of times a day (24 / 8, implied);
 * for an as-needed dose, its minimum interval.
 *
 * @example
 * resolveHourly(collected('1 tablett var 8:e timme')) // the group: 3 times a day
 */
export const resolveHourly: Refiner = eachStep((step, implied) => {
  if (step.hourly === undefined) return step;
  const { hours, at } = step.hourly;
  const untimed = step.groups.filter((g) => isScheduled(g) && !hasTime(g));
  if (untimed.length === 1) {
    if (24 % hours !== 0) return fail(at, 'not-representable');
    implied.push({ kind: 'times-from-hours', at });
    return { ...step, groups: step.groups.map((g) => (g === untimed[0] ? { ...g, times: { times: 24 / hours, period: 'day', periodImplied: false, at } } : g)) };
  }
  if (step.groups.some((g) => g.asNeeded) && untimed.length === 0) {
    if (step.minInterval !== undefined && step.minInterval.hours !== hours) return fail(at, 'conflict');
    return { ...step, minInterval: { hours, at } };
  }
  return fail(at, 'conflict');
});

/**
 * The cycle of a step: an interval and a period must agree (`dagligen` and `varannan dag` do not;
 * `i veckan` needs a multiple of 7 days), and a count per week needs as many named days.
 *
 * @example
 * checkCycle(collected('1 tablett 2 gånger i veckan')) // fails: not-representable (no days named)
 */
export const checkCycle: Refiner = eachStep((step) => {
  // A month has no fixed number of days: `en gång i månaden` is understood but not representable.
  const monthly = step.period?.period === 'month' ? step.period.at : step.groups.find((g) => g.times?.period === 'month')?.times?.at;
  if (monthly !== undefined) return fail(monthly, 'not-representable');
  const weekly = step.period?.period === 'week' || step.groups.some((g) => g.times?.period === 'week');
  const daily = step.period?.period === 'day' || step.groups.some((g) => g.times?.period === 'day' && !g.times.periodImplied);
  if (step.interval !== undefined) {
    if (weekly && step.interval.days % 7 !== 0) return fail(step.interval.at, 'conflict');
    if (daily && step.interval.days > 1) return fail(step.interval.at, 'conflict');
  }
  if (weekly && daily) return fail(step.period?.at ?? step.at, 'conflict');
  for (const g of step.groups) {
    if (g.times?.period !== 'week') continue;
    const days = step.weekdays?.days.length ?? 1;
    if (g.times.times !== days) return fail(g.times.at, step.weekdays === undefined ? 'not-representable' : 'conflict');
  }
  return step;
});

/**
 * When each scheduled group is given: its slots (a count of times must match them), a count of times
 * per dosing day (slots unknown), or — for a quantity with nothing but a period or an interval
 * (`1 tablett dagligen`, `1 plåster var 3:e dag`) — once per dosing day, implied. A scheduled range
 * cannot be compared and is not read.
 *
 * @example
 * resolveTimes(collected('1 plåster var 3:e dag')) // once per dosing day; implied: once-per-dosing-day
 */
export const resolveTimes: Refiner = eachStep((step, implied) => {
  const cycleStated = step.period !== undefined || step.interval !== undefined || step.weekdays !== undefined;
  const groups: GroupDraft[] = [];
  // A count per week becomes once per dosing day of a weekly cycle: the period moves to the step.
  const perWeek = step.groups.find((g) => isScheduled(g) && g.times?.period === 'week')?.times;
  const period = step.period ?? (perWeek === undefined ? undefined : { period: 'week' as const, at: perWeek.at });
  for (const g of step.groups) {
    if (g.asNeeded || g.shorthand !== undefined) {
      groups.push(g);
      continue;
    }
    const q = g.quantity!;
    if (q.max !== q.min) return fail(q.at, 'range-in-schedule');
    const t = g.times;
    if (t !== undefined && t.periodImplied && t.period === 'day' && step.interval === undefined && step.weekdays === undefined) implied.push({ kind: 'per-day', at: t.at });
    if (g.slots.length > 0) {
      // A count per week is the count of days, checked with the cycle; a count per day is the count of slots.
      if (t !== undefined && t.period !== 'week' && t.times !== g.slots.length) return fail(t.at, 'conflict');
      const { times: _times, ...rest } = g;
      groups.push(rest);
      continue;
    }
    if (t !== undefined) {
      if (t.period === 'week') groups.push({ ...g, times: { ...t, times: 1, period: 'day' } });
      else if (t.period === null && step.interval === undefined && step.weekdays === undefined) return fail(t.at, 'no-period');
      else groups.push(g);
      continue;
    }
    if (!cycleStated) return fail(q.at, 'no-time');
    implied.push({ kind: 'once-per-dosing-day', at: q.at });
    groups.push({ ...g, times: { times: 1, period: 'day', periodImplied: true, at: q.at } });
  }
  const unslotted = groups.filter((g) => isScheduled(g) && g.times !== undefined);
  const slotted = groups.filter((g) => isScheduled(g) && g.times === undefined);
  if (unslotted.length > 1 || (unslotted.length === 1 && slotted.length > 0)) return fail((unslotted[1] ?? slotted[0] ?? unslotted[0])!.at, 'not-representable');
  return { ...step, groups, ...(period === undefined ? {} : { period }) };
});

/**
 * The as-needed part: a maximum per day in the dose's unit (a maximum with no unit is in the dose's
 * unit; one in another unit, `max 4 g/dygn` against tablets, only the strength could convert), or a
 * count of doses (`högst 3 gånger per dygn`, or `3 gånger dagligen vid behov`), from which the most
 * units follow. A maximum or a minimum interval with no as-needed dose is not read.
 *
 * @example
 * checkAsNeeded(collected('1 tablett vid behov, max 4 g/dygn')) // fails: unit-mismatch
 */
export const checkAsNeeded: Refiner = eachStep((step) => {
  const prn = step.groups.find((g) => g.asNeeded);
  if (prn === undefined) {
    const stray = step.maximum ?? step.minInterval;
    return stray === undefined ? step : fail(stray.at, 'not-representable');
  }
  if (prn.times?.period === 'week') return fail(prn.times.at, 'not-representable');
  const m = step.maximum;
  const doseUnit = prn.quantity!.unit;
  // `st` counts pieces of whatever the dose is counted in (`max 8 st/dygn` of tablets).
  const sameUnit = m?.unit === doseUnit || (m?.unit === 'st' && doseUnit !== null && measureOf(doseUnit) === undefined);
  if (m !== undefined && m.per === 'unit' && m.unit !== null && doseUnit !== null && !sameUnit) return fail(m.at, 'unit-mismatch');
  if (m !== undefined && m.per === 'dose' && prn.times !== undefined && prn.times.times !== m.quantity) return fail(m.at, 'conflict');
  return step;
});

/** The refiners, in the order they apply. */
export const REFINERS: ReadonlyArray<Refiner> = [carryUnits, checkGroups, resolveHourly, checkCycle, resolveTimes, checkAsNeeded];

/**
 * Applies the refiners in order; the first failure ends it.
 *
 * @example
 * refine(collected) // { ok: true, value: { steps, implied } }
 */
export const refine = (start: Refined): Refined => REFINERS.reduce<Refined>((r, refiner) => (r.ok ? refiner(r.value) : r), start);

const slotDosesOf = (groups: ReadonlyArray<GroupDraft>): ReadonlyArray<TextSlotDose> => {
  const totals = new Map<string, TextSlotDose>();
  const add = (slot: Slot, quantity: number, unit: string | null) => {
    if (quantity === 0) return;
    const key = `${slot}\u0000${unit ?? ''}`;
    totals.set(key, { slot, unit, quantity: roundAmount((totals.get(key)?.quantity ?? 0) + quantity) });
  };
  for (const g of groups) {
    if (g.asNeeded) continue;
    if (g.shorthand !== undefined) for (const slot of SLOTS) add(slot, g.shorthand.perSlot[slot], g.shorthand.unit);
    else if (g.times === undefined) for (const slot of g.slots) add(slot, g.quantity!.min, g.quantity!.unit);
  }
  return [...totals.values()].sort((a, b) => SLOTS.indexOf(a.slot) - SLOTS.indexOf(b.slot) || ((a.unit ?? '') < (b.unit ?? '') ? -1 : (a.unit ?? '') > (b.unit ?? '') ? 1 : 0));
};

const asNeededOf = (step: StepDraft, implied: Implication[]): TextAsNeeded | undefined => {
  const g = step.groups.find((x) => x.asNeeded);
  if (g === undefined) return undefined;
  const q = g.quantity!;
  const m = step.maximum;
  const maxDoses = m?.per === 'dose' ? m.quantity : g.times?.times;
  let maxPerDay: number | undefined;
  if (m?.per === 'unit') {
    maxPerDay = m.quantity;
    if (m.unit === null && q.unit !== null) implied.push({ kind: 'maximum-unit', at: m.at });
  } else if (maxDoses !== undefined) {
    maxPerDay = roundAmount(q.max * maxDoses);
    implied.push({ kind: 'maximum-from-count', at: m?.at ?? g.times!.at });
  }
  return {
    quantity: q.min,
    ...(q.max > q.min ? { quantityMax: q.max } : {}),
    unit: q.unit,
    ...(maxPerDay === undefined ? {} : { maxPerDay }),
    ...(maxDoses === undefined ? {} : { maxDosesPerDay: maxDoses }),
    ...(step.minInterval === undefined ? {} : { minIntervalHours: step.minInterval.hours }),
    ...(step.indication === undefined ? {} : { indication: step.indication.text }),
    ...(g.slots.length > 0 ? { slots: SLOTS.filter((s) => g.slots.includes(s)) } : {}),
  };
};

/**
 * The step as the parse result states it, after the refiners: doses by slot, or a count of times a
 * day, the cycle (weekdays imply a weekly one), the as-needed part, the duration.
 *
 * @example
 * buildStep(refinedDraft, implied) // { doses: [morning 1 tablett, evening 1 tablett], intervalDays: 1, weekdays: [], stop: false, at: 0 }
 */
export const buildStep = (step: StepDraft, implied: Implication[]): TextStep | ReturnType<typeof fail> => {
  const doses = slotDosesOf(step.groups);
  const timed = step.groups.find((g) => !g.asNeeded && g.times !== undefined);
  const unslotted: TextUnslotted | undefined =
    timed === undefined ? undefined : { timesPerDay: timed.times!.times, quantity: timed.quantity!.min, unit: timed.quantity!.unit };
  const asNeeded = asNeededOf(step, implied);
  if (doses.length === 0 && unslotted === undefined && asNeeded === undefined && step.stop === undefined) return fail(step.at, 'empty');
  const weekly = step.period?.period === 'week' || step.groups.some((g) => g.times?.period === 'week');
  const weekdays = WEEKDAYS.filter((d) => step.weekdays?.days.includes(d) ?? false);
  const intervalDays = step.interval?.days ?? (weekly || weekdays.length > 0 ? 7 : 1);
  return {
    at: step.at,
    doses,
    ...(unslotted === undefined ? {} : { unslotted }),
    intervalDays,
    weekdays,
    ...(asNeeded === undefined ? {} : { asNeeded }),
    ...(step.duration === undefined ? {} : { duration: { amount: step.duration.amount, unit: step.duration.unit } }),
    stop: step.stop !== undefined,
  };
};
