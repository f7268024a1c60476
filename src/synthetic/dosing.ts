import type { DosePattern } from './catalogue';
import { shiftDate } from './dates';
import type { DoseJson, DosageJson } from './export-json';
import type { Random } from './random';

/** A slot of the day, as the engine groups doses (morning 05–10:59, midday, evening, night). */
export type DaySlot = 'morning' | 'midday' | 'evening' | 'night';

/** A quantity of the drug's unit given in one slot. */
export interface SlotQuantity {
  readonly slot: DaySlot;
  readonly quantity: number;
}

/**
 * How a drug is really taken, before either system writes it down: regular doses (every
 * `intervalDays` days, on `weekdays` where given), as needed, or a taper of dose steps (one dose in
 * the morning, lower each step).
 */
export type Dosing =
  | { readonly kind: 'scheduled'; readonly doses: ReadonlyArray<SlotQuantity>; readonly intervalDays: number; readonly weekdays: ReadonlyArray<string> }
  | { readonly kind: 'as-needed'; readonly quantity: number; readonly maxPerDay: number; readonly minIntervalHours: number; readonly indication: string }
  | { readonly kind: 'taper'; readonly steps: ReadonlyArray<{ readonly from: string; readonly to: string; readonly quantity: number }> };

const SLOT_TIMES: Readonly<Record<DaySlot, ReadonlyArray<string>>> = {
  morning: ['07:00', '08:00', '09:00'],
  midday: ['12:00', '13:00'],
  evening: ['17:00', '18:00', '20:00'],
  night: ['21:00', '22:00'],
};

const SLOT_ORDER: ReadonlyArray<DaySlot> = ['morning', 'midday', 'evening', 'night'];

const SLOT_WORD: Readonly<Record<DaySlot, string>> = { morning: 'morgon', midday: 'mitt på dagen', evening: 'kväll', night: 'till natten' };

const WEEKDAY_WORD: Readonly<Record<string, string>> = { mon: 'måndagar', tue: 'tisdagar', wed: 'onsdagar', thu: 'torsdagar', fri: 'fredagar', sat: 'lördagar', sun: 'söndagar' };

const PLURAL: Readonly<Record<string, string>> = { tablett: 'tabletter', kapsel: 'kapslar', dos: 'doser', droppe: 'droppar' };

/**
 * The unit as Swedish writes it after a quantity: `1 tablett`, `2 tabletter`.
 *
 * @example
 * unitWord('tablett', 2) // 'tabletter'
 */
export const unitWord = (unit: string, quantity: number): string => (quantity === 1 ? unit : (PLURAL[unit] ?? unit));

/**
 * A number as Swedish writes it, with a decimal comma.
 *
 * @example
 * swedish(0.5) // '0,5'
 */
export const swedish = (n: number): string => String(n).replace('.', ',');

/**
 * Draws how a drug is taken for a dosing pattern, on dates around `asOf` (a taper is in its second
 * step on `asOf`).
 *
 * @example
 * drawDosing(random, 'twice', 1, undefined, '2026-11-20') // { kind: 'scheduled', doses: [morning 1, evening 1], intervalDays: 1, weekdays: [] }
 */
export const drawDosing = (
  random: Random,
  pattern: DosePattern,
  quantity: number,
  prn: { readonly maxPerDay: number; readonly minIntervalHours: number; readonly indication: string } | undefined,
  asOf: string,
): Dosing => {
  const daily = (...slots: DaySlot[]): Dosing => ({ kind: 'scheduled', doses: slots.map((slot) => ({ slot, quantity })), intervalDays: 1, weekdays: [] });
  switch (pattern) {
    case 'morning':
      return daily('morning');
    case 'evening':
      return daily('evening');
    case 'night':
      return daily('night');
    case 'twice':
      return daily('morning', 'evening');
    case 'morning-midday':
      return daily('morning', 'midday');
    case 'thrice':
      return daily('morning', 'midday', 'evening');
    case 'four-times':
      return daily('morning', 'midday', 'evening', 'night');
    case 'weekly':
      return { kind: 'scheduled', doses: [{ slot: 'morning', quantity }], intervalDays: 7, weekdays: [random.pick(['mon', 'tue', 'wed', 'thu', 'fri'])] };
    case 'every-third-day':
      return { kind: 'scheduled', doses: [{ slot: 'morning', quantity }], intervalDays: 3, weekdays: [] };
    case 'as-needed': {
      const p = prn ?? { maxPerDay: 4, minIntervalHours: 4, indication: 'smärta' };
      return { kind: 'as-needed', quantity, maxPerDay: p.maxPerDay * quantity, minIntervalHours: p.minIntervalHours, indication: p.indication };
    }
    case 'taper': {
      // Four steps of a week each, 4, 3, 2 then 1 tablets; asOf falls in the second or third.
      const start = shiftDate(asOf, -random.int(8, 18));
      return {
        kind: 'taper',
        steps: [4, 3, 2, 1].map((q, i) => ({ from: shiftDate(start, i * 7), to: shiftDate(start, i * 7 + 6), quantity: q * quantity })),
      };
    }
  }
};

/** How one system writes doses down: which clock time in each slot, and its style of text. */
export interface Writing {
  readonly times: Readonly<Record<DaySlot, string>>;
  readonly style: 'words' | 'plus';
  readonly pluralUnits: boolean;
}

/**
 * Draws one system's way of writing: a clock time within each slot (08:00 and 07:00 are the same
 * morning dose bag), dosage text in words or as `1+0+1+0`, and unit spelling.
 *
 * @example
 * drawWriting(random, 'plus').style // 'plus'
 */
export const drawWriting = (random: Random, style: Writing['style']): Writing => ({
  times: { morning: random.pick(SLOT_TIMES.morning), midday: random.pick(SLOT_TIMES.midday), evening: random.pick(SLOT_TIMES.evening), night: random.pick(SLOT_TIMES.night) },
  style,
  pluralUnits: random.chance(0.3),
});

const dosesJson = (doses: ReadonlyArray<SlotQuantity>, unit: string, w: Writing): ReadonlyArray<DoseJson> =>
  [...doses]
    .sort((a, b) => SLOT_ORDER.indexOf(a.slot) - SLOT_ORDER.indexOf(b.slot))
    .map((d) => ({ time: w.times[d.slot], quantity: d.quantity, unit: w.pluralUnits ? unitWord(unit, d.quantity) : unit }));

const plusText = (doses: ReadonlyArray<SlotQuantity>): string =>
  SLOT_ORDER.map((slot) => swedish(doses.filter((d) => d.slot === slot).reduce((sum, d) => sum + d.quantity, 0))).join('+');

const wordsText = (doses: ReadonlyArray<SlotQuantity>, unit: string): string => {
  const sorted = [...doses].sort((a, b) => SLOT_ORDER.indexOf(a.slot) - SLOT_ORDER.indexOf(b.slot));
  const same = sorted.every((d) => d.quantity === sorted[0]!.quantity);
  if (same && sorted.length > 0) {
    const q = sorted[0]!.quantity;
    const slots = sorted.map((d) => SLOT_WORD[d.slot]);
    const list = slots.length === 1 ? slots[0]! : `${slots.slice(0, -1).join(', ')} och ${slots[slots.length - 1]!}`;
    return `${swedish(q)} ${unitWord(unit, q)} ${list}`;
  }
  return sorted.map((d) => `${swedish(d.quantity)} ${unitWord(unit, d.quantity)} ${SLOT_WORD[d.slot]}`).join(', ');
};

/**
 * A dosing as one system writes it: structured doses (or steps, or as-needed dosing) and a text.
 *
 * @example
 * dosageJson({ kind: 'scheduled', doses: [{ slot: 'morning', quantity: 1 }], intervalDays: 1, weekdays: [] }, 'tablett', writing)
 * // { text: '1 tablett morgon', doses: [{ time: '08:00', quantity: 1, unit: 'tablett' }] }
 */
export const dosageJson = (dosing: Dosing, unit: string, w: Writing): DosageJson => {
  switch (dosing.kind) {
    case 'as-needed': {
      const text = `${swedish(dosing.quantity)} ${unitWord(unit, dosing.quantity)} vid behov mot ${dosing.indication}, högst ${swedish(dosing.maxPerDay)} per dygn`;
      return {
        text,
        asNeeded: { quantity: dosing.quantity, unit, maxPerDay: dosing.maxPerDay, minIntervalHours: dosing.minIntervalHours, indication: dosing.indication },
      };
    }
    case 'taper':
      return {
        text: `nedtrappning: ${dosing.steps.map((s) => `${swedish(s.quantity)} ${unitWord(unit, s.quantity)} morgon från ${s.from}`).join(', ')}`,
        steps: dosing.steps.map((s) => ({ from: s.from, to: s.to, doses: dosesJson([{ slot: 'morning', quantity: s.quantity }], unit, w) })),
      };
    case 'scheduled': {
      const doses = dosesJson(dosing.doses, unit, w);
      if (dosing.weekdays.length > 0) {
        const q = dosing.doses[0]?.quantity ?? 1;
        const days = dosing.weekdays.map((d) => WEEKDAY_WORD[d] ?? d).join(' och ');
        return { text: w.style === 'words' ? `${swedish(q)} ${unitWord(unit, q)} på ${days}` : `${swedish(q)} ${unitWord(unit, q)} en gång i veckan (${days})`, doses, intervalDays: dosing.intervalDays, weekdays: dosing.weekdays };
      }
      if (dosing.intervalDays !== 1) {
        const q = dosing.doses[0]?.quantity ?? 1;
        return { text: w.style === 'words' ? `${swedish(q)} ${unitWord(unit, q)} var ${dosing.intervalDays}:e dag` : `${swedish(q)} ${unitWord(unit, q)} byts var ${dosing.intervalDays}:e dag`, doses, intervalDays: dosing.intervalDays };
      }
      return { text: w.style === 'words' ? wordsText(dosing.doses, unit) : plusText(dosing.doses), doses };
    }
  }
};
