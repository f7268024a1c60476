/**
 * Remembers the results of a pure function of one string, so that the same text met again (the same
 * unit, substance, form or dosage text in patient after patient of a batch) is not worked out again.
 * The cache forgets everything once it holds `limit` entries, and texts longer than `maxLength` are
 * never kept, so memory stays bounded however long the batch. Callers never see the difference.
 *
 * @example
 * const key = memoizeByString((s: string) => s.trim().toLowerCase());
 * key(' Tablett ') // 'tablett', worked out once
 */
export const memoizeByString = <A>(fn: (s: string) => A, limit = 20_000, maxLength = 400): ((s: string) => A) => {
  const cache = new Map<string, A>();
  return (s) => {
    if (s.length > maxLength) return fn(s);
    if (cache.has(s)) return cache.get(s) as A;
    if (cache.size >= limit) cache.clear();
    const value = fn(s);
    cache.set(s, value);
    return value;
  };
};

/**
 * Remembers the results of a pure function of an (immutable) object and a string, for as long as the
 * object lives: an item's canonical dosage on a date is worked out once however many stages ask.
 *
 * @example
 * const dosageOn = memoizeByObject((item: MedicationItem, asOf: string) => canonicalDosage(item.dosage, asOf));
 */
export const memoizeByObject = <O extends object, A>(fn: (o: O, s: string) => A): ((o: O, s: string) => A) => {
  const cache = new WeakMap<O, Map<string, A>>();
  return (o, s) => {
    let byString = cache.get(o);
    if (byString === undefined) {
      byString = new Map();
      cache.set(o, byString);
    }
    if (byString.has(s)) return byString.get(s) as A;
    const value = fn(o, s);
    byString.set(s, value);
    return value;
  };
};
