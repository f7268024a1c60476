import { addMonths, parseISO } from 'date-fns';
import { addDaysTo, calendarDateOf, compareDates, foldText, type IsoDate } from '../../model';
import { roundAmount } from '../amount';
import type { AsNeeded, CanonicalDosage, SlotDose } from '../canonical';
import { SLOTS } from '../slot';
import { unitKey } from '../unit';
import type { Duration, TextParse, TextStep } from './result';

/**
 * What a text needs from its item to become a canonical dosage:
 * - `start`: the first day of the treatment, when the first dose step begins (`i 5 dagar, därefter …`);
 * - `unit`: the unit a quantity written without one is counted in (the product's own unit, such as
 *   `tablett` for a tablet, or the unit of the item's structured doses); `st` when not given, which
 *   counts pieces of the product (one piece holds one strength).
 */
export interface DosageContext {
  readonly start?: IsoDate;
  readonly unit?: string;
}

/** The first day after a step of `duration` that begins on `from`. */
const after = (from: IsoDate, duration: Duration): IsoDate => {
  switch (duration.unit) {
    case 'day':
      return addDaysTo(from, duration.amount);
    case 'week':
      return addDaysTo(from, 7 * duration.amount);
    case 'month':
      return calendarDateOf(addMonths(parseISO(from), duration.amount));
  }
};

/**
 * The index of the step in force on `asOf`: before the start, the first; after the last step's
 * duration, -1 (no dose that day). Undetermined when a step before the one in force has no duration.
 */
const stepOn = (steps: ReadonlyArray<TextStep>, asOf: IsoDate, start: IsoDate | undefined): number | 'undetermined' => {
  if (steps.length === 1 && steps[0]!.duration === undefined) return 0;
  if (start === undefined) return steps.length === 1 ? 0 : 'undetermined';
  if (compareDates(asOf, start) < 0) return 0;
  let from = start;
  for (const [i, step] of steps.entries()) {
    if (step.duration === undefined) return i === steps.length - 1 ? i : 'undetermined';
    const next = after(from, step.duration);
    if (compareDates(asOf, next) < 0) return i;
    from = next;
  }
  return -1;
};

/**
 * The canonical dosage of one parsed step, units resolved: `unit` for quantities written without one
 * (`st` when not given).
 *
 * @example
 * stepCanonical(parseDosageText('1+0+1+0').steps[0], 'tablett')
 * // { kind: 'scheduled', schedule: { doses: [morning 1 tablett, evening 1 tablett], intervalDays: 1, weekdays: [] } }
 */
export const stepCanonical = (step: TextStep, unit: string | undefined): CanonicalDosage => {
  const unitOf = (u: string | null): string => unitKey(u ?? unit ?? 'st');
  const totals = new Map<string, SlotDose>();
  for (const d of step.doses) {
    const u = unitOf(d.unit);
    const key = `${d.slot}\u0000${u}`;
    totals.set(key, { slot: d.slot, unit: u, quantity: roundAmount((totals.get(key)?.quantity ?? 0) + d.quantity) });
  }
  const doses = [...totals.values()].sort((a, b) => SLOTS.indexOf(a.slot) - SLOTS.indexOf(b.slot) || (a.unit < b.unit ? -1 : a.unit > b.unit ? 1 : 0));
  const prn = step.asNeeded;
  const asNeeded: AsNeeded | undefined =
    prn === undefined
      ? undefined
      : {
          quantity: prn.quantity,
          ...(prn.quantityMax === undefined ? {} : { quantityMax: prn.quantityMax }),
          unit: unitOf(prn.unit),
          ...(prn.maxPerDay === undefined ? {} : { maxPerDay: prn.maxPerDay }),
          ...(prn.minIntervalHours === undefined ? {} : { minIntervalHours: prn.minIntervalHours }),
          ...(prn.indication === undefined ? {} : { indication: prn.indication }),
        };
  const u = step.unslotted;
  if (doses.length === 0 && u === undefined && !step.stop && asNeeded !== undefined) return { kind: 'as-needed', asNeeded };
  return {
    kind: 'scheduled',
    schedule: {
      doses,
      intervalDays: step.intervalDays,
      weekdays: step.weekdays,
      ...(u === undefined ? {} : { unslotted: { timesPerDay: u.timesPerDay, quantity: u.quantity, unit: unitOf(u.unit) } }),
    },
    ...(asNeeded === undefined ? {} : { asNeeded }),
  };
};

/**
 * The canonical dosage a parsed text gives on `asOf`: the dose step in force, with units resolved
 * (`context.unit` for quantities written without one). A text that is no-dose or not understood
 * keeps its folded text and, for the latter, where it stopped.
 *
 * @example
 * textCanonical(parseDosageText('1+0+1+0'), '2026-11-20', { unit: 'tablett' })
 * // { kind: 'scheduled', schedule: { doses: [morning 1 tablett, evening 1 tablett], intervalDays: 1, weekdays: [] } }
 */
export const textCanonical = (parse: TextParse, asOf: IsoDate, context: DosageContext = {}): CanonicalDosage => {
  if (parse.kind === 'no-dose') return { kind: 'no-dose', text: foldText(parse.text) };
  if (parse.kind === 'unparsed') return { kind: 'unparsed', text: foldText(parse.text), stoppedAt: parse.stoppedAt, reason: parse.reason };
  const index = stepOn(parse.steps, asOf, context.start);
  if (index === 'undetermined') {
    const second = parse.steps[1]!;
    return { kind: 'unparsed', text: foldText(parse.text), stoppedAt: { offset: second.at, rest: parse.text.slice(second.at, second.at + 60) }, reason: 'step-undetermined' };
  }
  const step = parse.steps[index];
  const stepField = parse.steps.length > 1 || index === -1 ? { step: index } : {};
  if (step === undefined) return { kind: 'scheduled', schedule: { doses: [], intervalDays: 1, weekdays: [] }, ...stepField };
  const c = stepCanonical(step, context.unit);
  return c.kind === 'scheduled' ? { ...c, ...stepField } : c;
};
