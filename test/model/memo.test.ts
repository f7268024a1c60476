import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { memoizeByString } from '../../src/model';

describe('memoisation of pure functions', () => {
  it('law: a memoised function gives what the function gives, for any strings in any order, past its limit', () => {
    const fold = (s: string) => `${s.trim().toLowerCase()}|${s.length}`;
    const memo = memoizeByString(fold, 5, 10);
    fc.assert(fc.property(fc.array(fc.string({ maxLength: 15 }), { maxLength: 40 }), (texts) => texts.every((t) => memo(t) === fold(t))));
  });

  it('works a string out once while it is remembered, and never keeps long texts', () => {
    let calls = 0;
    const memo = memoizeByString((s: string) => {
      calls += 1;
      return s.length;
    }, 100, 5);
    memo('abc');
    memo('abc');
    expect(calls).toBe(1);
    memo('abcdefgh');
    memo('abcdefgh');
    expect(calls).toBe(3);
  });
});
