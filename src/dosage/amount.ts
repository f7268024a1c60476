import { foldText, isUnknown, memoizeByString, type Strength, type Unknown } from '../model';
import { measureOf, RATE_DENOMINATORS, unitKey } from './unit';

/**
 * An amount of active substance in a base unit: mikrog for mass, ml for volume, E for insulin units,
 * a rate such as `mikrog/timme` for patches, or the dose unit itself where the product has no strength.
 */
export interface Amount {
  readonly value: number;
  readonly unit: string;
}

/**
 * Rounds away floating-point noise (0.1 + 0.2) so that equal amounts compare equal.
 *
 * @example
 * roundAmount(0.1 + 0.2) // 0.3
 */
export const roundAmount = (value: number): number => Math.round(value * 1e6) / 1e6;

// The same few strength units come back item after item: each is split once.
const splitStrengthUnit: (unit: string) => { readonly numerator: string; readonly denominator?: string } = memoizeByString((unit) => {
  const [numerator = '', denominator] = foldText(unit).split('/').map((p) => p.trim());
  return denominator === undefined ? { numerator } : { numerator, denominator };
});

/**
 * How much of one substance `quantity` of `doseUnit` holds, given the substance's strength; undefined
 * when the units say nothing about it (a drop of a mg/ml solution, a mass dose of a combination product)
 * or the strength is unknown (stated but unreadable).
 *
 * @example
 * amountOf(2, 'tablett', { value: 50, unit: 'mikrog' }, 1)       // { value: 100, unit: 'mikrog' }
 * amountOf(1, 'plåster', { value: 12, unit: 'mikrog/timme' }, 1) // { value: 12, unit: 'mikrog/timme' }
 * amountOf(5, 'ml', { value: 1, unit: 'mg/ml' }, 1)              // { value: 5000, unit: 'mikrog' }
 */
export const amountOf = (quantity: number, doseUnit: string, strength: Strength | Unknown | undefined, substanceCount: number): Amount | undefined => {
  // An unreadable strength says nothing about the amount: never guessed.
  if (isUnknown(strength)) return undefined;
  const unit = unitKey(doseUnit);
  const doseMeasure = measureOf(unit);
  if (strength === undefined) {
    // Without a strength the dose unit is all there is: 2 tablets of an unknown strength are 2 tablets.
    if (doseMeasure !== undefined && substanceCount > 1) return undefined;
    return doseMeasure === undefined ? { value: roundAmount(quantity), unit } : { value: roundAmount(quantity * doseMeasure.factor), unit: doseMeasure.base };
  }
  const { numerator, denominator } = splitStrengthUnit(strength.unit);
  const num = measureOf(numerator) ?? { base: unitKey(numerator), factor: 1 };
  const perUnit = strength.value * num.factor;
  if (doseMeasure === undefined) {
    // A counted unit (tablett, plåster, dos): each holds one strength of the substance.
    if (denominator === undefined) return { value: roundAmount(quantity * perUnit), unit: num.base };
    if (RATE_DENOMINATORS.has(denominator)) return { value: roundAmount(quantity * perUnit), unit: `${num.base}/${denominator}` };
    if (unitKey(denominator) === unit) return { value: roundAmount(quantity * perUnit), unit: num.base };
    return undefined;
  }
  // A measured dose: of a combination product it does not say which substance it measures.
  if (substanceCount > 1) return undefined;
  if (denominator === undefined) {
    return num.base === doseMeasure.base ? { value: roundAmount(quantity * doseMeasure.factor), unit: num.base } : undefined;
  }
  const den = measureOf(denominator);
  if (den !== undefined && den.base === doseMeasure.base) {
    return { value: roundAmount(((quantity * doseMeasure.factor) / den.factor) * perUnit), unit: num.base };
  }
  return num.base === doseMeasure.base ? { value: roundAmount(quantity * doseMeasure.factor), unit: num.base } : undefined;
};

/**
 * Whether two amounts are the same quantity in the same unit.
 *
 * @example
 * sameAmount({ value: 100, unit: 'mikrog' }, { value: 100, unit: 'mikrog' }) // true
 */
export const sameAmount = (a: Amount, b: Amount): boolean => a.unit === b.unit && roundAmount(a.value) === roundAmount(b.value);

/**
 * A strength in base units, so that 0,5 mg and 500 mikrog compare equal; a strength whose unit cannot
 * be converted keeps its folded text.
 *
 * @example
 * strengthKey({ value: 0.5, unit: 'mg' })      // '500 mikrog'
 * strengthKey({ value: 10, unit: 'mg/ml' })    // '10 mg/ml'
 */
export const strengthKey = (strength: Strength): string => {
  const amount = amountOf(1, 'st', strength, 1);
  return amount === undefined ? `${roundAmount(strength.value)} ${foldText(strength.unit)}` : `${amount.value} ${amount.unit}`;
};
