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
    // One lookup on a hit; `has` only for a result that is itself undefined.
    const found = cache.get(s);
    if (found !== undefined || cache.has(s)) return found as A;
    if (cache.size >= limit) cache.clear();
    const value = fn(s);
    cache.set(s, value);
    return value;
  };
};
