import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../src/synthetic';

describe('the seeded random generator', () => {
  it('gives the same numbers for the same seeds', () => {
    const a = seededRandom(42, 7);
    const b = seededRandom(42, 7);
    expect(Array.from({ length: 10 }, () => a.next())).toEqual(Array.from({ length: 10 }, () => b.next()));
  });

  it('stays in [0, 1) and int stays within its bounds', () => {
    fc.assert(
      fc.property(fc.integer(), fc.integer({ min: -50, max: 50 }), fc.nat(100), (seed, min, span) => {
        const r = seededRandom(seed);
        for (let i = 0; i < 20; i++) {
          const x = r.next();
          expect(x >= 0 && x < 1).toBe(true);
          const n = r.int(min, min + span);
          expect(n >= min && n <= min + span && Number.isInteger(n)).toBe(true);
        }
      }),
    );
  });

  it('spreads its numbers: the mean of many is near one half', () => {
    const r = seededRandom(1);
    const mean = Array.from({ length: 10_000 }, () => r.next()).reduce((a, b) => a + b, 0) / 10_000;
    expect(Math.abs(mean - 0.5)).toBeLessThan(0.02);
  });
});
