import { isIsoDate, type IsoDate } from '../model';
import type { RawQuantity } from './codecs';

/**
 * UCUM codes and English unit words as FHIR senders write them, with the Swedish unit medrec's
 * lexicon knows. A unit's human text (`Quantity.unit`) is preferred over its code when both are given.
 * A Map, never a plain object: the key is text from the input (`constructor`, `__proto__`).
 */
const FHIR_UNITS: ReadonlyMap<string, string> = new Map(Object.entries({
  ug: 'mikrog',
  mcg: 'mikrog',
  mg: 'mg',
  g: 'g',
  ng: 'ng',
  ml: 'ml',
  l: 'l',
  '[iu]': 'E',
  iu: 'E',
  mmol: 'mmol',
  tablet: 'tablett',
  tablets: 'tablett',
  tab: 'tablett',
  '{tbl}': 'tablett',
  '{tablet}': 'tablett',
  capsule: 'kapsel',
  capsules: 'kapsel',
  '{capsule}': 'kapsel',
  patch: 'plåster',
  patches: 'plåster',
  puff: 'dos',
  puffs: 'dos',
  '{puff}': 'dos',
  drop: 'droppe',
  drops: 'droppe',
  '[drp]': 'droppe',
  each: 'st',
  '{each}': 'st',
  '1': 'st',
}));

/**
 * The unit of a FHIR quantity in medrec's words, from its text or else its code; undefined when it has neither.
 *
 * @example
 * quantityUnit({ value: 100, system: 'http://unitsofmeasure.org', code: 'ug' }) // 'mikrog'
 * quantityUnit({ value: 1, unit: 'tablett' })                                  // 'tablett'
 */
export const quantityUnit = (q: RawQuantity): string | undefined => {
  const written = q.unit ?? q.code;
  if (written === undefined) return undefined;
  return FHIR_UNITS.get(written.trim().toLowerCase()) ?? written.trim();
};

/**
 * The calendar date a FHIR date or dateTime falls on, as written (the local date of its offset);
 * undefined for a partial date (a year or a month), which names no day.
 *
 * @example
 * dateOf('2026-11-17T09:12:00+01:00') // '2026-11-17'
 * dateOf('2026-11')                   // undefined
 */
export const dateOf = (dateTime: string): IsoDate | undefined => {
  const day = dateTime.slice(0, 10);
  return dateTime.length >= 10 && isIsoDate(day) ? day : undefined;
};

/**
 * UCUM codes medrec writes for the measures it knows, so that a receiver can convert (a Map: a unit
 * is text from the input, and `constructor` must find nothing).
 *
 * @example
 * UCUM_CODES.get('mikrog') // 'ug'
 */
export const UCUM_CODES: ReadonlyMap<string, string> = new Map([
  ['mikrog', 'ug'],
  ['mg', 'mg'],
  ['g', 'g'],
  ['ng', 'ng'],
  ['ml', 'mL'],
  ['l', 'L'],
  ['mmol', 'mmol'],
]);
