import type { Weekday } from '../../model';
import { roundAmount } from '../amount';
import type { AsNeeded, CanonicalDosage, Schedule } from '../canonical';
import { SLOTS, type Slot } from '../slot';

const SLOT_WORD: Readonly<Record<Slot, string>> = { morning: 'morgon', midday: 'middag', evening: 'kväll', night: 'natt' };

const WEEKDAY_PLURAL: Readonly<Record<Weekday, string>> = {
  mon: 'måndagar',
  tue: 'tisdagar',
  wed: 'onsdagar',
  thu: 'torsdagar',
  fri: 'fredagar',
  sat: 'lördagar',
  sun: 'söndagar',
};

const PLURAL: Readonly<Record<string, string>> = {
  tablett: 'tabletter',
  kapsel: 'kapslar',
  dos: 'doser',
  droppe: 'droppar',
  suppositorium: 'suppositorier',
  påse: 'påsar',
  ampull: 'ampuller',
};

const FRACTION_CHAR: Readonly<Record<string, string>> = { '0.5': '½', '0.25': '¼', '0.75': '¾' };

/**
 * A quantity as a Swedish dosage text writes it: halves and quarters as fractions (`½`, `1½`),
 * other decimals with a comma.
 *
 * @example
 * dosageNumber(0.5) // '½'
 * dosageNumber(2.5) // '2½'
 * dosageNumber(0.3) // '0,3'
 */
export const dosageNumber = (n: number): string => {
  const whole = Math.floor(n);
  const fraction = FRACTION_CHAR[String(roundAmount(n - whole))];
  if (fraction !== undefined) return `${whole === 0 ? '' : whole}${fraction}`;
  return String(roundAmount(n)).replace('.', ',');
};

/**
 * A unit in the number a quantity takes: `1 tablett`, `½ tablett`, `2 tabletter`, `1,5 tabletter`.
 *
 * @example
 * unitWord('kapsel', 2) // 'kapslar'
 */
export const unitWord = (unit: string, quantity: number): string => (quantity > 1 ? (PLURAL[unit] ?? unit) : unit);

/** `a`, `a och b`, `a, b och c`. */
const list = (words: ReadonlyArray<string>): string =>
  words.length <= 1 ? (words[0] ?? '') : `${words.slice(0, -1).join(', ')} och ${words[words.length - 1]!}`;

const amount = (quantity: number, unit: string, max?: number): string =>
  `${dosageNumber(quantity)}${max === undefined ? '' : `-${dosageNumber(max)}`} ${unitWord(unit, max ?? quantity)}`;

/** Doses by slot, the same quantity and unit together: `1 tablett morgon och kväll, 2 tabletter middag`. */
const slotText = (s: Schedule): string => {
  const groups = new Map<string, { quantity: number; unit: string; slots: Slot[] }>();
  for (const slot of SLOTS) {
    for (const d of s.doses.filter((x) => x.slot === slot)) {
      const key = `${d.quantity}\u0000${d.unit}`;
      const g = groups.get(key) ?? { quantity: d.quantity, unit: d.unit, slots: [] };
      g.slots.push(slot);
      groups.set(key, g);
    }
  }
  return [...groups.values()].map((g) => `${amount(g.quantity, g.unit)} ${list(g.slots.map((x) => SLOT_WORD[x]))}`).join(', ');
};

/** Every Nth day in words the parser reads back: `varannan dag`, `var 3:e dag`, `varje vecka`. */
const everyNth = (days: number, weeksAllowed: boolean): string => {
  if (days === 2) return 'varannan dag';
  if (weeksAllowed && days === 7) return 'varje vecka';
  if (weeksAllowed && days === 14) return 'varannan vecka';
  if (weeksAllowed && days % 7 === 0) return `var ${days / 7}:e vecka`;
  return `var ${days}:e dag`;
};

/** The cycle of a schedule: weekdays (`på måndagar och torsdagar`), an interval, or nothing for every day. */
const cycleText = (s: Schedule, weeksAllowed: boolean): string => {
  const days = s.weekdays.length > 0 ? `på ${list(s.weekdays.map((d) => WEEKDAY_PLURAL[d]))}` : '';
  if (s.weekdays.length > 0) {
    if (s.intervalDays === 7) return days;
    return `${s.intervalDays % 7 === 0 ? everyNth(s.intervalDays, true) : `var ${s.intervalDays}:e dag`} ${days}`;
  }
  return s.intervalDays === 1 ? '' : everyNth(s.intervalDays, weeksAllowed);
};

const scheduleText = (s: Schedule): string => {
  const u = s.unslotted;
  if (u !== undefined) {
    const times = u.timesPerDay === 1 ? '' : ` ${u.timesPerDay} gånger`;
    const cycle = cycleText(s, u.timesPerDay === 1);
    return `${amount(u.quantity, u.unit)}${times} ${cycle === '' ? 'dagligen' : cycle}`;
  }
  if (s.doses.length === 0) return 'uppehåll';
  const cycle = cycleText(s, true);
  return `${slotText(s)}${cycle === '' ? '' : ` ${cycle}`}`;
};

const asNeededText = (a: AsNeeded): string => {
  const unit = a.unit ?? 'st';
  const parts = [`${amount(a.quantity, unit, a.quantityMax)} vid behov${a.indication === undefined ? '' : ` mot ${a.indication}`}`];
  if (a.maxPerDay !== undefined) parts.push(`högst ${dosageNumber(a.maxPerDay)} ${unitWord(unit, a.maxPerDay)} per dygn`);
  if (a.minIntervalHours !== undefined) parts.push(`med minst ${dosageNumber(a.minIntervalHours)} timmars mellanrum`);
  return parts.join(', ');
};

/**
 * A canonical dosage in clear Swedish, for the handover list and for messages; the parser reads it
 * back to the same canonical dosage. A text that carries no dose or was not understood is shown as
 * written (folded).
 *
 * @example
 * renderDosage({ kind: 'scheduled', schedule: { doses: [morning 1 tablett, evening 1 tablett], intervalDays: 1, weekdays: [] } })
 * // '1 tablett morgon och kväll'
 * renderDosage({ kind: 'as-needed', asNeeded: { quantity: 1, unit: 'kapsel', maxPerDay: 4 } })
 * // '1 kapsel vid behov, högst 4 kapslar per dygn'
 */
export const renderDosage = (c: CanonicalDosage): string => {
  switch (c.kind) {
    case 'no-dose':
    case 'unparsed':
      return c.text;
    case 'as-needed':
      return asNeededText(c.asNeeded);
    case 'scheduled':
      return c.asNeeded === undefined ? scheduleText(c.schedule) : `${scheduleText(c.schedule)}, samt ${asNeededText(c.asNeeded)}`;
  }
};
