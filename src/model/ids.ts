import type { Brand } from './brand';

/**
 * The id an item has in its own system: `ordinationId` in the journal, `prescriptionId` in the
 * e-prescription list. Unique within one export.
 *
 * @example
 * const id = 'C-1' as ItemId;
 */
export type ItemId = Brand<string, 'ItemId'>;

/** NPL-id (Nationellt produktregister för läkemedel): 14 digits naming one product. @example `20090915000019` */
export type NplId = Brand<string, 'NplId'>;

/** NPL-pack-id: 14 digits naming one package of a product. @example `19650410100016` */
export type NplPackId = Brand<string, 'NplPackId'>;

/** A WHO ATC code at any level, from `A` to `A10BA02`. @example `A10BA02` (metformin) */
export type AtcCode = Brand<string, 'AtcCode'>;

const NPL = /^\d{14}$/;
const ATC = /^[A-Z](\d\d([A-Z]([A-Z](\d\d)?)?)?)?$/;

/**
 * Whether a string is a well-formed NPL-id or NPL-pack-id (14 digits).
 *
 * @example
 * isNplNumber('20090915000019') // true
 */
export const isNplNumber = (s: string): boolean => NPL.test(s);

/**
 * Whether a string is a well-formed ATC code at one of its five levels.
 *
 * @example
 * isAtcCode('C09BA02') // true
 * isAtcCode('C9BA')    // false
 */
export const isAtcCode = (s: string): boolean => ATC.test(s);

/**
 * Orders ids by their UTF-16 code units: the same on every machine and locale, unlike `localeCompare`.
 *
 * @example
 * ['C-2', 'C-10', 'C-1'].sort(compareIds) // ['C-1', 'C-10', 'C-2']
 */
export const compareIds = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
