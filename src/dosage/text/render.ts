import type { DoseRate, RateTime, Weekday } from '../../model';
import { roundAmount } from '../amount';
import type { CanonicalDosage } from '../canonical';
import { SLOTS, type Slot } from '../slot';
import type { TextAsNeeded, TextStep } from './result';

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
  inhalation: 'inhalationer',
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
export const unitWord = (unit: string, quantity: number): string => (quantity > 1 && Object.hasOwn(PLURAL, unit) ? PLURAL[unit]! : unit);

/** `a`, `a och b`, `a, b och c`. */
const list = (words: ReadonlyArray<string>): string =>
  words.length <= 1 ? (words[0] ?? '') : `${words.slice(0, -1).join(', ')} och ${words[words.length - 1]!}`;

const amount = (quantity: number, unit: string | null, max?: number): string =>
  `${dosageNumber(quantity)}${max === undefined ? '' : `-${dosageNumber(max)}`}${unit === null ? '' : ` ${unitWord(unit, max ?? quantity)}`}`;

/** Doses by slot, the same quantity and unit together: `1 tablett morgon och kväll, 2 tabletter middag`. */
const slotText = (doses: TextStep['doses']): string => {
  const groups = new Map<string, { quantity: number; unit: string | null; slots: Slot[] }>();
  for (const slot of SLOTS) {
    for (const d of doses.filter((x) => x.slot === slot)) {
      const key = `${d.quantity}\u0000${d.unit ?? ''}`;
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

/** The cycle of a step: weekdays (`på måndagar och torsdagar`), an interval, or nothing for every day. */
const cycleText = (s: TextStep, weeksAllowed: boolean): string => {
  if (s.weekdays.length > 0) {
    const days = `på ${list(s.weekdays.map((d) => WEEKDAY_PLURAL[d]))}`;
    if (s.intervalDays === 7) return days;
    return `${s.intervalDays % 7 === 0 ? everyNth(s.intervalDays, true) : `var ${s.intervalDays}:e dag`} ${days}`;
  }
  return s.intervalDays === 1 ? '' : everyNth(s.intervalDays, weeksAllowed);
};

const scheduleText = (s: TextStep): string | undefined => {
  const u = s.unslotted;
  if (u !== undefined) {
    // A bare number reads better in the shorthand: `1 x 2`, not `1 2 gånger dagligen`.
    const bare = u.unit === null && u.timesPerDay > 1;
    const times = u.timesPerDay === 1 ? '' : bare ? ` x ${u.timesPerDay}` : ` ${u.timesPerDay} gånger`;
    // `2 gånger varje vecka` would read as twice a week: a count per dosing day takes days.
    const cycle = cycleText(s, u.timesPerDay === 1);
    return `${amount(u.quantity, u.unit)}${times}${cycle === '' ? (bare ? '' : ' dagligen') : ` ${cycle}`}`;
  }
  if (s.doses.length === 0) return s.stop || s.asNeeded === undefined ? 'uppehåll' : undefined;
  const cycle = cycleText(s, true);
  return `${slotText(s.doses)}${cycle === '' ? '' : ` ${cycle}`}`;
};

const asNeededText = (a: TextAsNeeded): string => {
  const parts = [`${amount(a.quantity, a.unit, a.quantityMax)} vid behov${a.indication === undefined ? '' : ` mot ${a.indication}`}`];
  if (a.maxPerDay !== undefined) parts.push(`högst ${amount(a.maxPerDay, a.unit)} per dygn`);
  if (a.minIntervalHours !== undefined) parts.push(`med minst ${dosageNumber(a.minIntervalHours)} ${a.minIntervalHours === 1 ? 'timmes' : 'timmars'} mellanrum`);
  return parts.join(', ');
};

/**
 * One dose step of a parsed text in clear Swedish, units as the text states them (none where it
 * writes none): `1 morgon och kväll` for `1+0+1+0`.
 *
 * @example
 * renderStep(parseDosageText('1 tbl x 2').steps[0]) // '1 tablett 2 gånger dagligen'
 */
export const renderStep = (step: TextStep): string => {
  const scheduled = scheduleText(step);
  const prn = step.asNeeded === undefined ? undefined : asNeededText(step.asNeeded);
  return [scheduled, prn].filter((x) => x !== undefined).join(', samt ');
};

const asStep = (c: Extract<CanonicalDosage, { kind: 'scheduled' | 'as-needed' }>): TextStep => {
  const a = c.asNeeded;
  const asNeeded: TextAsNeeded | undefined =
    a === undefined
      ? undefined
      : {
          quantity: a.quantity,
          ...(a.quantityMax === undefined ? {} : { quantityMax: a.quantityMax }),
          unit: a.unit ?? null,
          ...(a.maxPerDay === undefined ? {} : { maxPerDay: a.maxPerDay }),
          ...(a.minIntervalHours === undefined ? {} : { minIntervalHours: a.minIntervalHours }),
          ...(a.indication === undefined ? {} : { indication: a.indication }),
        };
  const base = { at: 0, stop: false, ...(asNeeded === undefined ? {} : { asNeeded }) };
  if (c.kind === 'as-needed') return { ...base, doses: [], intervalDays: 1, weekdays: [] };
  const u = c.schedule.unslotted;
  return {
    ...base,
    doses: c.schedule.doses,
    intervalDays: c.schedule.intervalDays,
    weekdays: c.schedule.weekdays,
    ...(u === undefined ? {} : { unslotted: u }),
    stop: c.schedule.doses.length === 0 && u === undefined,
  };
};

/**
 * A canonical dosage in clear Swedish, for the handover list and for messages; the parser reads it
 * back to the same canonical dosage. A text that carries no dose or was not understood is shown as
 * written (folded); an unreadable dosage says so.
 *
 * @example
 * renderDosage({ kind: 'scheduled', schedule: { doses: [morning 1 tablett, evening 1 tablett], intervalDays: 1, weekdays: [] } })
 * // '1 tablett morgon och kväll'
 * renderDosage({ kind: 'as-needed', asNeeded: { quantity: 1, unit: 'kapsel', maxPerDay: 4 } })
 * // '1 kapsel vid behov, högst 4 kapslar per dygn'
 * renderDosage({ kind: 'rate', rate: { quantity: 2, unit: 'mg', per: 'h' } }) // '2 mg/timme kontinuerligt'
 */
export const renderDosage = (c: CanonicalDosage): string =>
  c.kind === 'unknown'
    ? 'okänd dosering (kunde inte läsas)'
    : c.kind === 'no-dose' || c.kind === 'unparsed'
      ? c.text
      : c.kind === 'rate'
        ? `${rateText(c.rate)} kontinuerligt`
        : renderStep(asStep(c));

const TIME_WORD: Readonly<Record<RateTime, string>> = { min: 'minut', h: 'timme', d: 'dygn' };

/**
 * A dose rate in Swedish: `2 mg/timme`, `0,5 ml/minut`, `4 mikrog/kg/minut`.
 *
 * @example
 * rateText({ quantity: 2, unit: 'ml', per: 'h' }) // '2 ml/timme'
 */
export const rateText = (rate: DoseRate): string => `${dosageNumber(rate.quantity)} ${rate.unit}/${TIME_WORD[rate.per]}`;
