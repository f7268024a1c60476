/**
 * A small seeded pseudo-random generator (sfc32, seeded through splitmix32), so that synthetic data
 * is the same for the same seed on every machine. Not for anything secret.
 */
export interface Random {
  /** A float in [0, 1). */
  readonly next: () => number;
  /** An integer in [min, max], both included. */
  readonly int: (min: number, max: number) => number;
  /** True with probability `p`. */
  readonly chance: (p: number) => boolean;
  /** One element of a non-empty array. */
  readonly pick: <A>(items: ReadonlyArray<A>) => A;
  /** One element, each chosen with probability proportional to `weight(item)`. */
  readonly weighted: <A>(items: ReadonlyArray<A>, weight: (item: A) => number) => A;
}

/**
 * Mixes a number into a well-spread 32-bit integer (splitmix32's finaliser).
 *
 * @example
 * mix32(1) !== mix32(2) // true
 */
export const mix32 = (x: number): number => {
  let z = (x + 0x9e3779b9) | 0;
  z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
  z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
  return (z ^ (z >>> 16)) >>> 0;
};

/**
 * A generator seeded by a list of numbers (say the run's seed and a patient's index), so that each
 * patient has its own stream and patient 7 is the same whether 10 or a million are generated.
 *
 * @example
 * const random = seededRandom(42, 7);
 * random.int(1, 6) // the same number on every run
 */
export const seededRandom = (...seeds: ReadonlyArray<number>): Random => {
  let a = 0x9e3779b9;
  let b = 0x243f6a88;
  let c = 0xb7e15162;
  let d = 1;
  for (const s of seeds) {
    a = mix32(a ^ mix32(s >>> 0));
    b = mix32(b ^ a);
    c = mix32(c ^ b ^ Math.floor(s / 2 ** 32));
  }
  const next = (): number => {
    // sfc32
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    return (t >>> 0) / 4294967296;
  };
  for (let i = 0; i < 12; i++) next();
  const int = (min: number, max: number): number => min + Math.floor(next() * (max - min + 1));
  return {
    next,
    int,
    chance: (p) => next() < p,
    pick: (items) => items[int(0, items.length - 1)]!,
    weighted: (items, weight) => {
      const total = items.reduce((sum, item) => sum + weight(item), 0);
      let u = next() * total;
      for (const item of items) {
        u -= weight(item);
        if (u < 0) return item;
      }
      return items[items.length - 1]!;
    },
  };
};
