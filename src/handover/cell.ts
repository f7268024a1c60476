import { canonicalJson, type Source } from '../model';

/**
 * One column of one line of the handover list, as the two sources give it:
 * - `same`: both sides record it, alike;
 * - `one-side`: only one side records it (the other has no item on the line, or is silent);
 * - `differs`: the sides record different values — both are kept, nothing is chosen;
 * - `none`: neither side records it.
 * Values are lists, one entry per item of the side (a combination line has several), duplicates removed
 * except where each item's value counts (the dose of each of two products).
 */
export type Cell<T> =
  | { readonly kind: 'same'; readonly value: ReadonlyArray<T> }
  | { readonly kind: 'one-side'; readonly source: Source; readonly value: ReadonlyArray<T> }
  | { readonly kind: 'differs'; readonly cosmic: ReadonlyArray<T>; readonly pascal: ReadonlyArray<T> }
  | { readonly kind: 'none' };

/**
 * JSON with object keys sorted (the model's `canonicalJson`): the same value gives the same text
 * whatever order its keys were written in, so values read back from a file compare equal to values
 * built in memory.
 *
 * @example
 * stableJson({ b: 1, a: [2, { d: 3, c: 4 }] }) // '{"a":[2,{"c":4,"d":3}],"b":1}'
 */
export const stableJson: (value: unknown) => string = canonicalJson;

const unique = <T>(values: ReadonlyArray<T>): ReadonlyArray<T> => {
  const seen = new Set<string>();
  return values.filter((v) => {
    const key = stableJson(v);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
};

/**
 * The cell of one column, from the values of each side's items (undefined where an item is silent);
 * equal values of one side are kept once unless `perItem`.
 *
 * @example
 * cellOf(['mot hjärtsvikt'], ['mot hjärtsvikt'])   // { kind: 'same', value: ['mot hjärtsvikt'] }
 * cellOf(['tablett'], [undefined])                  // { kind: 'one-side', source: 'cosmic', value: ['tablett'] }
 * cellOf([{ value: 100 }], [{ value: 50 }])         // { kind: 'differs', cosmic: [{ value: 100 }], pascal: [{ value: 50 }] }
 */
export const cellOf = <T>(cosmic: ReadonlyArray<T | undefined>, pascal: ReadonlyArray<T | undefined>, perItem = false): Cell<T> => {
  const keep = perItem ? (vs: ReadonlyArray<T>) => vs : unique;
  const c = keep(cosmic.flatMap((v) => (v === undefined ? [] : [v])));
  const p = keep(pascal.flatMap((v) => (v === undefined ? [] : [v])));
  if (c.length === 0 && p.length === 0) return { kind: 'none' };
  if (p.length === 0) return { kind: 'one-side', source: 'cosmic', value: c };
  if (c.length === 0) return { kind: 'one-side', source: 'pascal', value: p };
  return stableJson(c) === stableJson(p) ? { kind: 'same', value: c } : { kind: 'differs', cosmic: c, pascal: p };
};

/**
 * Whether two cells say the same thing (by value, whatever the order of object keys).
 *
 * @example
 * sameCell({ kind: 'same', value: ['tablett'] }, { kind: 'same', value: ['tablett'] }) // true
 */
export const sameCell = <T>(a: Cell<T>, b: Cell<T>): boolean => stableJson(a) === stableJson(b);

/**
 * The values a side records in a cell (empty when it records none).
 *
 * @example
 * sideValues({ kind: 'differs', cosmic: ['a'], pascal: ['b'] }, 'pascal') // ['b']
 */
export const sideValues = <T>(cell: Cell<T>, source: Source): ReadonlyArray<T> => {
  switch (cell.kind) {
    case 'same':
      return cell.value;
    case 'one-side':
      return cell.source === source ? cell.value : [];
    case 'differs':
      return cell[source];
    case 'none':
      return [];
  }
};
