import type { Weekday } from '../../model';
import type { Slot } from '../slot';
import type { Period, TimeUnit } from './lexicon';
import type { Token } from './token';

/**
 * What one phrase of a dosage text says, before the refiners put the phrases together:
 * - `quantity`: `1 tablett`, `1-2 tabletter`, `½` (a range has `max` > `min`; `unit` null when not written);
 * - `shorthand`: `1+0+1+0`, `1-0-1`: a quantity per slot (morning, midday, evening, night);
 * - `times`: `2 gånger dagligen`, `x 2` (`period` null when the text does not say per what);
 * - `period`: `dagligen`, `i veckan` standing alone;
 * - `slot`: a time of day (`på morgonen`, `till natten`) or clock times (`kl 8 och 20`), one entry per time;
 * - `interval`: every Nth day (`varannan dag`, `var 3:e dag`, `var 14:e dag`);
 * - `hourly`: every Nth hour (`var 8:e timme`);
 * - `weekdays`: `på måndagar`, `måndag och torsdag`, `mån-fre`;
 * - `as-needed`: `vid behov`, `vb`; or an indication that implies it (`vid oro`);
 * - `indication`: `mot smärta`;
 * - `maximum`: `högst 4 tabletter per dygn` (per `unit`) or `högst 3 gånger per dygn` (per `dose`);
 * - `min-interval`: `med minst 4 timmars mellanrum`;
 * - `duration`: `i 5 dagar`, `i 1 vecka`; `firstDays` for `första dagen`, `de första 3 dagarna`, which also say per day;
 * - `step`: `därefter`, `sedan`; `stop`: `uppehåll`;
 * - `no-dose`: `enligt ordination` and the like;
 * - `note`: how to take it (`på fastande mage`, `peroralt`); `filler`: words that say nothing for the dose.
 */
export type Phrase =
  | { readonly kind: 'quantity'; readonly min: number; readonly max: number; readonly unit: string | null }
  | { readonly kind: 'shorthand'; readonly perSlot: Readonly<Record<Slot, number>>; readonly unit: string | null }
  | { readonly kind: 'times'; readonly times: number; readonly period: Period | null; readonly periodImplied: boolean }
  | { readonly kind: 'period'; readonly period: Period }
  | { readonly kind: 'slot'; readonly slots: ReadonlyArray<Slot> }
  | { readonly kind: 'interval'; readonly days: number }
  | { readonly kind: 'hourly'; readonly hours: number }
  | { readonly kind: 'weekdays'; readonly days: ReadonlyArray<Weekday> }
  | { readonly kind: 'as-needed'; readonly indication: string | null; readonly implied: boolean }
  | { readonly kind: 'indication'; readonly text: string }
  | { readonly kind: 'maximum'; readonly quantity: number; readonly per: 'unit' | 'dose'; readonly unit: string | null }
  | { readonly kind: 'min-interval'; readonly hours: number }
  | { readonly kind: 'duration'; readonly amount: number; readonly unit: Exclude<TimeUnit, 'hour'>; readonly firstDays: boolean }
  | { readonly kind: 'step' }
  | { readonly kind: 'stop' }
  | { readonly kind: 'no-dose'; readonly text: string }
  | { readonly kind: 'note'; readonly text: string }
  | { readonly kind: 'filler' };

/** A phrase with where it stands in the text (character offsets) and in the token list. */
export interface Located {
  readonly phrase: Phrase;
  readonly start: number;
  readonly end: number;
  readonly token: number;
}

/** What a phrase parser found: the phrase and the index of the first token after it. */
export interface PhraseMatch {
  readonly phrase: Phrase;
  readonly next: number;
}

/**
 * A parser of one phrase type: given the tokens and a position, the phrase that starts there, or
 * undefined. It reads a bounded number of tokens, so that trying every parser at every position of a
 * text stays linear.
 */
export type PhraseParser = (tokens: ReadonlyArray<Token>, at: number) => PhraseMatch | undefined;
