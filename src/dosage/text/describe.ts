import type { Weekday } from '../../model';
import { roundAmount } from '../amount';
import type { Slot } from '../slot';
import { SLOTS } from '../slot';
import { renderStep } from './render';
import type { Duration, Implication, StopPoint, TextParse, TextStep, UnparsedReason } from './result';

/** Why a text was not understood, in Swedish. */
export const UNPARSED_REASON_TEXT: Readonly<Record<UnparsedReason, string>> = {
  'unknown-word': 'okänt ord eller tecken',
  'no-quantity': 'ingen mängd angiven',
  'no-time': 'ingen tid, frekvens eller intervall angiven',
  'no-period': 'antal gånger utan att det står per dag eller vecka',
  conflict: 'motstridiga uppgifter',
  'range-in-schedule': 'ett intervall (t.ex. 1-2) i en schemalagd dos',
  'unit-mismatch': 'maxdosen står i en annan enhet än dosen',
  'not-representable': 'förstås, men kan inte uttryckas som en jämförbar dosering',
  empty: 'ingen dosering',
  'step-undetermined': 'doseringsstegen saknar längd, så vilket steg som gäller kan inte avgöras',
  'too-long': 'texten är längre än 2000 tecken och tolkas inte',
};

/** The as-needed part of a description; null fields are not stated. */
export interface AsNeededDescription {
  readonly quantity: number;
  readonly quantityMax: number | null;
  readonly unit: string | null;
  readonly maxPerDay: number | null;
  readonly maxDosesPerDay: number | null;
  readonly minIntervalHours: number | null;
  readonly indication: string | null;
}

/**
 * One dose step described flat, for JSON: `perDay` is the quantity on each dosing day (see
 * `intervalDays`) in `unit`; `slots` the quantity per time of day, or null when the text gives no
 * times of day (then `timesPerDay` says how many doses); null where the text does not say.
 */
export interface StepDescription {
  readonly asNeeded: AsNeededDescription | null;
  readonly perDay: number | null;
  readonly timesPerDay: number | null;
  readonly unit: string | null;
  readonly slots: Readonly<Record<Slot, number>> | null;
  readonly intervalDays: number;
  readonly weekdays: ReadonlyArray<Weekday>;
  readonly maxPerDay: number | null;
  readonly duration: Duration | null;
  readonly stop: boolean;
  readonly normalised: string;
}

/**
 * A parsed dosage text described flat for JSON (the `medrec dosage` output): `parsed` is true, false
 * or `no-dose`; the fields of the first dose step at the top, every step in `steps` when there are
 * several; what was implied, the notes kept, and, when not parsed, where it stopped and why.
 */
export type DosageDescription =
  | ({
      readonly text: string;
      readonly parsed: true;
      readonly steps: ReadonlyArray<StepDescription>;
      readonly implied: ReadonlyArray<Implication>;
      readonly notes: ReadonlyArray<string>;
    } & StepDescription)
  | {
      readonly text: string;
      readonly parsed: false | 'no-dose';
      readonly asNeeded: null;
      readonly perDay: null;
      readonly timesPerDay: null;
      readonly unit: null;
      readonly slots: null;
      readonly intervalDays: null;
      readonly weekdays: ReadonlyArray<Weekday>;
      readonly maxPerDay: null;
      readonly phrase?: string;
      readonly stoppedAt?: StopPoint;
      readonly reason?: UnparsedReason;
      readonly reasonText?: string;
    };

const durationText = (d: Duration): string => {
  const words = { day: ['dag', 'dagar'], week: ['vecka', 'veckor'], month: ['månad', 'månader'] } as const;
  return `i ${String(d.amount).replace('.', ',')} ${words[d.unit][d.amount === 1 ? 0 : 1]}`;
};

const describeStep = (step: TextStep): StepDescription => {
  const units = new Set([...step.doses.map((d) => d.unit), ...(step.unslotted === undefined ? [] : [step.unslotted.unit])]);
  const oneUnit = units.size <= 1;
  const scheduledUnit = oneUnit ? ([...units][0] ?? null) : null;
  const perSlot: Record<Slot, number> = { morning: 0, midday: 0, evening: 0, night: 0 };
  for (const d of step.doses) perSlot[d.slot] = roundAmount(perSlot[d.slot] + d.quantity);
  const u = step.unslotted;
  const a = step.asNeeded;
  const scheduled = step.doses.length > 0 || u !== undefined;
  const perDay = !oneUnit ? null : u !== undefined ? roundAmount(u.quantity * u.timesPerDay) : scheduled ? roundAmount(SLOTS.reduce((s, slot) => s + perSlot[slot], 0)) : step.stop ? 0 : null;
  const canonical = renderStep(step);
  return {
    asNeeded:
      a === undefined
        ? null
        : {
            quantity: a.quantity,
            quantityMax: a.quantityMax ?? null,
            unit: a.unit,
            maxPerDay: a.maxPerDay ?? null,
            maxDosesPerDay: a.maxDosesPerDay ?? null,
            minIntervalHours: a.minIntervalHours ?? null,
            indication: a.indication ?? null,
          },
    perDay,
    timesPerDay: u !== undefined ? u.timesPerDay : scheduled ? SLOTS.filter((s) => perSlot[s] > 0).length : null,
    unit: scheduled ? scheduledUnit : (a?.unit ?? null),
    slots: step.doses.length > 0 && oneUnit ? perSlot : null,
    intervalDays: step.intervalDays,
    weekdays: step.weekdays,
    maxPerDay: a?.maxPerDay ?? null,
    duration: step.duration ?? null,
    stop: step.stop,
    normalised: step.duration === undefined ? canonical : `${canonical} ${durationText(step.duration)}`,
  };
};

/**
 * Describes a parse flat, as `medrec dosage` prints it. Quantities written without a unit have
 * `unit` null, and no unit in `normalised`.
 *
 * @example
 * describeDosage(parseDosageText('1 tablett morgon och kväll'))
 * // { text: '1 tablett morgon och kväll', parsed: true, asNeeded: null, perDay: 2, timesPerDay: 2, unit: 'tablett',
 * //   slots: { morning: 1, midday: 0, evening: 1, night: 0 }, intervalDays: 1, weekdays: [], maxPerDay: null, ... }
 */
export const describeDosage = (parse: TextParse): DosageDescription => {
  const none = { asNeeded: null, perDay: null, timesPerDay: null, unit: null, slots: null, intervalDays: null, weekdays: [], maxPerDay: null } as const;
  switch (parse.kind) {
    case 'no-dose':
      return { text: parse.text, parsed: 'no-dose', ...none, phrase: parse.phrase };
    case 'unparsed':
      return { text: parse.text, parsed: false, ...none, stoppedAt: parse.stoppedAt, reason: parse.reason, reasonText: UNPARSED_REASON_TEXT[parse.reason] };
    case 'parsed': {
      const steps = parse.steps.map(describeStep);
      const normalised = steps.map((s) => s.normalised).join(', därefter ');
      return { text: parse.text, parsed: true, ...steps[0]!, normalised, steps, implied: parse.implied, notes: parse.notes };
    }
  }
};
