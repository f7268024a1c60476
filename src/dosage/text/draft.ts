import type { Weekday } from '../../model';
import type { Slot } from '../slot';
import type { Period } from './lexicon';
import type { Phrase } from './phrase';
import type { Duration, Implication, UnparsedReason } from './result';

/** A quantity phrase with its offset. */
export interface QuantityDraft {
  readonly min: number;
  readonly max: number;
  readonly unit: string | null;
  readonly at: number;
}

/** A count of times with its offset. */
export interface TimesDraft {
  readonly times: number;
  readonly period: Period | null;
  readonly periodImplied: boolean;
  readonly at: number;
}

/**
 * One dose group of a step, as collected: a quantity and when it is given (slots, a count of
 * times, or a shorthand that holds both), and whether it is as needed.
 */
export interface GroupDraft {
  readonly at: number;
  readonly quantity?: QuantityDraft;
  readonly shorthand?: { readonly perSlot: Readonly<Record<Slot, number>>; readonly unit: string | null; readonly at: number };
  readonly slots: ReadonlyArray<Slot>;
  readonly times?: TimesDraft;
  readonly asNeeded: boolean;
  /** A period or interval followed the quantity (`1 tablett dagligen, …`): the group is complete. */
  readonly cycled?: boolean;
}

/** A value of a step-wide phrase and its offset. */
export type At<T> = T & { readonly at: number };

/** One dose step as collected, before the refiners resolve it. */
export interface StepDraft {
  readonly at: number;
  readonly groups: ReadonlyArray<GroupDraft>;
  readonly period?: At<{ readonly period: Period }>;
  readonly interval?: At<{ readonly days: number }>;
  readonly hourly?: At<{ readonly hours: number }>;
  readonly weekdays?: At<{ readonly days: ReadonlyArray<Weekday> }>;
  readonly duration?: At<Duration>;
  readonly maximum?: At<Extract<Phrase, { kind: 'maximum' }>>;
  readonly minInterval?: At<{ readonly hours: number }>;
  readonly indication?: At<{ readonly text: string }>;
  readonly stop?: At<object>;
  readonly notes: ReadonlyArray<string>;
}

/** Why and where refinement gave up. */
export interface Failure {
  readonly at: number;
  readonly reason: UnparsedReason;
}

/** The steps being refined and what has been implied so far. */
export interface Refining {
  readonly steps: ReadonlyArray<StepDraft>;
  readonly implied: ReadonlyArray<Implication>;
}

/** The outcome of one refiner: the refined steps, or a failure. */
export type Refined = { readonly ok: true; readonly value: Refining } | { readonly ok: false; readonly failure: Failure };

/**
 * A failed refinement.
 *
 * @example
 * fail(12, 'conflict') // { ok: false, failure: { at: 12, reason: 'conflict' } }
 */
export const fail = (at: number, reason: UnparsedReason): { readonly ok: false; readonly failure: Failure } => ({ ok: false, failure: { at, reason } });
