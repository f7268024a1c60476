import type { Weekday } from '../../model';
import type { Slot } from '../slot';

/** A dose in one slot of the day, as the text states it; `unit` null when the text names none. */
export interface TextSlotDose {
  readonly slot: Slot;
  readonly quantity: number;
  readonly unit: string | null;
}

/**
 * Doses whose times of day the text does not state: `1 tablett 2 gånger dagligen` says two doses a
 * (dosing) day of one tablet, not when. The slots stay unknown; they are never guessed.
 */
export interface TextUnslotted {
  readonly timesPerDay: number;
  readonly quantity: number;
  readonly unit: string | null;
}

/** As-needed dosing (vid behov) as the text states it. */
export interface TextAsNeeded {
  /** The dose, or the low end of a range (`1-2 tabletter`). */
  readonly quantity: number;
  /** The high end of a range; absent for a single quantity. */
  readonly quantityMax?: number;
  readonly unit: string | null;
  /** The most units per day: stated, or implied by a count of doses times the largest dose. */
  readonly maxPerDay?: number;
  /** The most doses per day, where the text counts doses (`högst 3 gånger per dygn`). */
  readonly maxDosesPerDay?: number;
  readonly minIntervalHours?: number;
  readonly indication?: string;
  /** Times of day the as-needed dose is tied to (`1 tablett till natten vid behov`). */
  readonly slots?: ReadonlyArray<Slot>;
}

/** A duration of a dose step: `i 5 dagar`, `i 1 vecka`, `i 3 månader`. */
export interface Duration {
  readonly amount: number;
  readonly unit: 'day' | 'week' | 'month';
}

/**
 * One dose step (doseringssteg) of a text; a text without `därefter` has one. `doses` by slot where
 * the text states times of day; `unslotted` where it states only how many times; neither for a step
 * that only gives as-needed doses or ends the treatment (`stop`).
 */
export interface TextStep {
  /** Offset of the step's first phrase in the text. */
  readonly at: number;
  readonly doses: ReadonlyArray<TextSlotDose>;
  readonly unslotted?: TextUnslotted;
  readonly intervalDays: number;
  readonly weekdays: ReadonlyArray<Weekday>;
  readonly asNeeded?: TextAsNeeded;
  readonly duration?: Duration;
  readonly stop: boolean;
}

/**
 * What the parser concluded without the text saying it in so many words, so that a reader can tell
 * stated from implied:
 * - `once-per-dosing-day`: `1 tablett dagligen`, `1 plåster var 3:e dag` — one dose per dosing day;
 * - `per-day`: `1x2` — two a day (the convention of the multiplication shorthand);
 * - `unit-carried-over`: `1 tablett morgon, ½ kväll` — the half is a tablet;
 * - `as-needed-from-indication`: `vid oro` — as needed;
 * - `maximum-from-count`: `1-2 tabletter högst 3 gånger per dygn` — at most 6 tablets;
 * - `maximum-unit`: `1 tablett vid behov, högst 4 per dygn` — 4 tablets;
 * - `times-from-hours`: `var 8:e timme` — three times a day.
 */
export type ImplicationKind =
  | 'once-per-dosing-day'
  | 'per-day'
  | 'unit-carried-over'
  | 'as-needed-from-indication'
  | 'maximum-from-count'
  | 'maximum-unit'
  | 'times-from-hours';

/** One implication and the offset of the phrase it was drawn from. */
export interface Implication {
  readonly kind: ImplicationKind;
  readonly at: number;
}

/**
 * Why a text was not fully understood:
 * - `unknown-word`: a word or sign the lexicon does not know;
 * - `no-quantity`: a time or frequency with no quantity (`2 gånger dagligen` alone);
 * - `no-time`: a quantity with no time, frequency or interval (`1 tablett`);
 * - `no-period`: a count of times with no period (`1 tablett 2 gånger`);
 * - `conflict`: two phrases that contradict each other (`3 gånger dagligen morgon och kväll`);
 * - `range-in-schedule`: a range for a scheduled dose (`1-2 tabletter 3 gånger dagligen`);
 * - `unit-mismatch`: a maximum in another unit than the dose, which only the strength could convert;
 * - `not-representable`: understood but outside what the canonical form holds (`2 gånger i veckan` with no days named);
 * - `empty`: nothing to dose;
 * - `step-undetermined`: dose steps without durations, so that which one is in force on a given day
 *   cannot be told (only when a canonical dosage is asked for on a date).
 */
export type UnparsedReason =
  | 'unknown-word'
  | 'no-quantity'
  | 'no-time'
  | 'no-period'
  | 'conflict'
  | 'range-in-schedule'
  | 'unit-mismatch'
  | 'not-representable'
  | 'empty'
  | 'step-undetermined'
  | 'too-long';

/** Where parsing stopped: the offset into the text and the rest of the text from there (at most 60 characters). */
export interface StopPoint {
  readonly offset: number;
  readonly rest: string;
}

/**
 * The result of parsing a dosage text (doseringsanvisning):
 * - `parsed`: fully understood, as dose steps, with what was implied and the notes kept;
 * - `no-dose`: an instruction that carries no comparable dose (`enligt ordination`);
 * - `unparsed`: not fully understood, with where it stopped and why; never a guess.
 */
export type TextParse =
  | {
      readonly kind: 'parsed';
      readonly text: string;
      readonly steps: ReadonlyArray<TextStep>;
      readonly implied: ReadonlyArray<Implication>;
      readonly notes: ReadonlyArray<string>;
    }
  | { readonly kind: 'no-dose'; readonly text: string; readonly phrase: string }
  | { readonly kind: 'unparsed'; readonly text: string; readonly stoppedAt: StopPoint; readonly reason: UnparsedReason };
