import { foldText, memoizeByString } from '../model';

/**
 * Dose units as clinicians write them, folded to one name each: dosage-form units (tablett, kapsel,
 * plåster, dos, droppe, st, suppositorium) and measures (mg, mikrog, g, ml, E for insulin units).
 */
const UNIT_NAMES: Readonly<Record<string, string>> = {
  tablett: 'tablett',
  tabletter: 'tablett',
  tabl: 'tablett',
  'tabl.': 'tablett',
  tbl: 'tablett',
  'tbl.': 'tablett',
  t: 'tablett',
  kapsel: 'kapsel',
  kapslar: 'kapsel',
  kaps: 'kapsel',
  'kaps.': 'kapsel',
  plåster: 'plåster',
  dos: 'dos',
  doser: 'dos',
  inhalation: 'dos',
  inhalationer: 'dos',
  sprayning: 'dos',
  sprayningar: 'dos',
  puff: 'dos',
  puffar: 'dos',
  droppe: 'droppe',
  droppar: 'droppe',
  st: 'st',
  'st.': 'st',
  styck: 'st',
  suppositorium: 'suppositorium',
  suppositorier: 'suppositorium',
  supp: 'suppositorium',
  mg: 'mg',
  mikrog: 'mikrog',
  µg: 'mikrog',
  μg: 'mikrog',
  mcg: 'mikrog',
  ug: 'mikrog',
  g: 'g',
  ng: 'ng',
  ml: 'ml',
  l: 'l',
  e: 'E',
  ie: 'E',
  enheter: 'E',
  mmol: 'mmol',
};

/**
 * The canonical name of a dose unit; an unknown unit keeps its folded text.
 *
 * @example
 * unitKey('Tabletter') // 'tablett'
 * unitKey('E')         // 'E'
 */
export const unitKey: (unit: string) => string = memoizeByString((unit) => {
  const folded = foldText(unit);
  // Own keys only: a unit written "constructor" or "__proto__" must not find Object.prototype's members.
  return Object.hasOwn(UNIT_NAMES, folded) ? UNIT_NAMES[folded]! : folded;
});

/** A measurable unit's base and the factor that converts to it: mass to mikrog, volume to ml. */
export interface Measure {
  readonly base: string;
  readonly factor: number;
}

const MEASURES: Readonly<Record<string, Measure>> = {
  g: { base: 'mikrog', factor: 1_000_000 },
  mg: { base: 'mikrog', factor: 1_000 },
  mikrog: { base: 'mikrog', factor: 1 },
  ng: { base: 'mikrog', factor: 0.001 },
  ml: { base: 'ml', factor: 1 },
  l: { base: 'ml', factor: 1_000 },
  E: { base: 'E', factor: 1 },
  mmol: { base: 'mmol', factor: 1 },
};

/**
 * The measure a unit is, or undefined for a dosage-form unit (tablett, plåster …) that is counted.
 *
 * @example
 * measureOf('mg')      // { base: 'mikrog', factor: 1000 }
 * measureOf('tablett') // undefined
 */
export const measureOf = (unit: string): Measure | undefined => {
  const key = unitKey(unit);
  return Object.hasOwn(MEASURES, key) ? MEASURES[key] : undefined;
};

/** Denominators that make a strength a rate (a patch releasing 12 mikrog per hour). */
export const RATE_DENOMINATORS: ReadonlySet<string> = new Set(['timme', 'tim', 'h', 'dygn', '24 timmar', '24 h']);
