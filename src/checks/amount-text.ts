/**
 * A number as Swedes write it: decimal comma, at most three decimals.
 *
 * @example
 * decimal(7.5) // '7,5'
 */
export const decimal = (n: number): string => String(Math.round(n * 1000) / 1000).replace('.', ',');

/**
 * An amount in mikrog (or another base unit) as a clinician writes it: 7500 mikrog is `7,5 mg`.
 *
 * @example
 * amountText(4_000_000, 'mikrog') // '4 g'
 * amountText(7500, 'mikrog')      // '7,5 mg'
 */
export const amountText = (value: number, unit: string): string =>
  unit === 'mikrog' && value >= 1_000_000 ? `${decimal(value / 1_000_000)} g` : unit === 'mikrog' && value >= 1000 ? `${decimal(value / 1000)} mg` : `${decimal(value)} ${unit}`;
