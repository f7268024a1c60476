import type { DoseRate, RateTime, Strength, Unknown } from '../model';
import { amountOf, roundAmount, type Amount } from './amount';
import { measureOf, unitKey } from './unit';

/** How many of each time a rate is given per an hour holds: 60 minutes, 1 hour, 1/24 of a day. */
const PER_HOUR: ReadonlyMap<RateTime, number> = new Map<RateTime, number>([
  ['min', 60],
  ['h', 1],
  ['d', 1 / 24],
]);

/**
 * A dose rate in its canonical form: its unit folded (`ML` is `ml`), its quantity as written.
 *
 * @example
 * canonicalRate({ quantity: 2, unit: 'Mg', per: 'h' }) // { quantity: 2, unit: 'mg', per: 'h' }
 */
export const canonicalRate = (rate: DoseRate): DoseRate => ({ quantity: roundAmount(rate.quantity), unit: unitKey(rate.unit), per: rate.per });

/**
 * A dose rate per hour in the base unit of its measure (mikrog, ml, E), or in its own unit where it
 * is not a measure (`mikrog/kg`), so that 2 mg/timme and 2000 mikrog/timme are the same rate.
 *
 * @example
 * ratePerHour({ quantity: 2, unit: 'mg', per: 'h' })     // { value: 2000, unit: 'mikrog' }
 * ratePerHour({ quantity: 0.5, unit: 'ml', per: 'min' }) // { value: 30, unit: 'ml' }
 */
export const ratePerHour = (rate: DoseRate): Amount => {
  const unit = unitKey(rate.unit);
  const measure = measureOf(unit);
  const perHour = PER_HOUR.get(rate.per) ?? 1;
  return measure === undefined ? { value: roundAmount(rate.quantity * perHour), unit } : { value: roundAmount(rate.quantity * measure.factor * perHour), unit: measure.base };
};

/**
 * The amount of one substance given per hour at a rate, from the substance's strength (2 ml/timme of
 * a 1 mg/ml solution is 2000 mikrog of the substance per hour); undefined where the units say nothing
 * about the substance (see `amountOf`).
 *
 * @example
 * substancePerHour({ quantity: 2, unit: 'ml', per: 'h' }, { value: 1, unit: 'mg/ml' }, 1) // { value: 2000, unit: 'mikrog' }
 */
export const substancePerHour = (rate: DoseRate, strength: Strength | Unknown | undefined, substanceCount: number): Amount | undefined => {
  const amount = amountOf(rate.quantity, rate.unit, strength, substanceCount);
  return amount === undefined ? undefined : { value: roundAmount(amount.value * (PER_HOUR.get(rate.per) ?? 1)), unit: amount.unit };
};

/**
 * A rate key equal for two rates exactly when they give the same amount per hour.
 *
 * @example
 * rateKey({ quantity: 2, unit: 'mg', per: 'h' }) === rateKey({ quantity: 48, unit: 'mg', per: 'd' }) // true
 */
export const rateKey = (rate: DoseRate): string => {
  const a = ratePerHour(rate);
  return `${a.value} ${a.unit}/h`;
};
