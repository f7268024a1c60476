import { isoDateOf, shownDateInput, type DateInput, type Either, type RecordedDosage } from '../model';
import { canonicalDosage, type CanonicalDosage } from './canonical';
import type { DosageContext } from './text/canonical';

/** A date input that is no date, with where it was given. */
export interface InvalidDate {
  readonly kind: 'invalid-date';
  readonly path: string;
  readonly message: string;
}

/**
 * The canonical dosage of a recorded one on a date given as the public API takes dates (`YYYY-MM-DD`
 * or a `Date`): `canonicalDosage` for callers outside the engine, who hold no branded `IsoDate`. Errs
 * only when `asOf` is no date.
 *
 * @example
 * canonicalDosageOn({ text: '1+0+1+0', doses: [], intervalDays: 1, weekdays: [], steps: [] }, '2026-11-20', { unit: 'tablett' })
 * // right({ kind: 'scheduled', schedule: { doses: [morning 1 tablett, evening 1 tablett], intervalDays: 1, weekdays: [] } })
 * canonicalDosageOn(recorded, '2026-02-30') // left({ kind: 'invalid-date', path: 'asOf', message: 'asOf: expected a date (YYYY-MM-DD, or a valid Date), got "2026-02-30"' })
 */
export const canonicalDosageOn = (dosage: RecordedDosage, asOf: DateInput, context: DosageContext = {}): Either<InvalidDate, CanonicalDosage> => {
  const date = isoDateOf(asOf);
  // Literal Eithers rather than fp-ts' constructors: medrec/dosage stays small in a browser bundle.
  return date === undefined
    ? { _tag: 'Left', left: { kind: 'invalid-date', path: 'asOf', message: `asOf: expected a date (YYYY-MM-DD, or a valid Date), got ${shownDateInput(asOf)}` } }
    : { _tag: 'Right', right: canonicalDosage(dosage, date, context) };
};
