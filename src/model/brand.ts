declare const brandTag: unique symbol;

/**
 * A value tagged with the concept it stands for, so that an ordination id cannot be passed where an
 * NPL-id is expected even though both are strings at run time.
 *
 * @example
 * type NplId = Brand<string, 'NplId'>;
 */
export type Brand<T, Name extends string> = T & { readonly [brandTag]: Name };
