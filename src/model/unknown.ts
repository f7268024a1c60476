/**
 * A field the source states but that could not be read (oläslig uppgift): the item takes part as
 * usual, the field is neither guessed nor treated as absent. Absent (`undefined`) means "the source
 * does not say"; `Unknown` means "the source says something we cannot read". An unknown field against
 * a stated one on the other side is `not-comparable`; the JSON path and what was expected are in the
 * list's `problems` (one entry per item, the same shape as an `invalid` entry).
 *
 * Fields that may be unknown: the dosage (`UnknownDosage`, which keeps the instruction text when that
 * could be read), `route`, `product.form`, a substance's `strength`, `dispensing`, `validUntil`,
 * `period.end`, `prescriber`, `purpose`, an ordination's `type` (the item `kind`) and `supply`.
 *
 * @example
 * const route: string | Unknown = UNKNOWN;
 * isUnknown(route) // true
 * isUnknown('oral') // false
 */
export interface Unknown {
  readonly kind: 'unknown';
}

/** The one value of `Unknown`. */
export const UNKNOWN: Unknown = Object.freeze({ kind: 'unknown' as const });

/**
 * Whether a field is unknown (stated but unreadable). Works for every field type that may be unknown:
 * none of them is otherwise an object with `kind: 'unknown'`.
 *
 * @example
 * isUnknown({ kind: 'unknown' }) // true
 * isUnknown({ value: 5, unit: 'mg' }) // false
 */
export const isUnknown = (value: unknown): value is Unknown =>
  typeof value === 'object' && value !== null && (value as { readonly kind?: unknown }).kind === 'unknown';

/**
 * The value of a field when it is known (stated and readable), else undefined.
 *
 * @example
 * known(UNKNOWN) // undefined
 * known('oral')  // 'oral'
 */
export const known = <T>(value: T | Unknown | undefined): T | undefined => (value === undefined || isUnknown(value) ? undefined : (value as T));
