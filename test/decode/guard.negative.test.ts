/**
 * Where a plain check and io-ts `decode` part, the guard refuses to stand in for `decode`: a codec
 * with such a combinator gets no guard and is always decoded in full; a sparse array, which io-ts's
 * own `is` lets through and `decode` rejects, fails the guard.
 */
import * as E from 'fp-ts/lib/Either.js';
import * as t from 'io-ts';
import { describe, expect, it } from 'vitest';
import { guardOf, validate } from '../../src/decode/guard';
import { IsoDateCodec, NonEmptyString } from '../../src/decode';

describe('codecs the guard does not stand in for', () => {
  it('t.exact strips unknown keys on decode: no guard, decode always', () => {
    const codec = t.exact(t.type({ id: NonEmptyString }));
    expect(guardOf(codec)).toBeUndefined();
    const decoded = validate(codec, { id: 'C-1', extra: 1 });
    expect(decoded).toEqual(E.right({ id: 'C-1' }));
  });

  it('a union, a refinement, a branded type or a custom codec not registered as pure: no guard', () => {
    expect(guardOf(t.union([t.string, t.number]))).toBeUndefined();
    expect(guardOf(t.refinement(t.number, (n) => n > 0))).toBeUndefined();
    expect(guardOf(t.brand(t.number, (n): n is t.Branded<number, { readonly Positive: unique symbol }> => n > 0, 'Positive'))).toBeUndefined();
    const trimmed = new t.Type<string, string, unknown>('trimmed', (u): u is string => typeof u === 'string', (u, c) => (typeof u === 'string' ? t.success(u.trim()) : t.failure(u, c)), (a) => a);
    expect(guardOf(trimmed)).toBeUndefined();
    expect(guardOf(t.type({ text: trimmed }))).toBeUndefined();
    expect(validate(t.type({ text: trimmed }), { text: ' x ' })).toEqual(E.right({ text: 'x' }));
  });

  it('a sparse array: io-ts `is` says yes, decode says no, and so does the guard', () => {
    const codec = t.array(IsoDateCodec);
    // eslint-disable-next-line no-sparse-arrays
    const sparse = ['2026-11-20', , '2026-11-21'];
    expect(codec.is(sparse)).toBe(true);
    expect(E.isLeft(codec.decode(sparse))).toBe(true);
    expect(guardOf(codec)!(sparse)).toBe(false);
    expect(validate(codec, sparse)).toEqual(codec.decode(sparse));
  });

  it('a required key that is absent but whose codec accepts undefined: decode copies the object, the guard lets decode do it', () => {
    const codec = t.type({ note: t.unknown });
    expect(guardOf(codec)!({})).toBe(false);
    const input = {};
    const decoded = validate(codec, input);
    expect(E.isRight(decoded) && decoded.right !== input && 'note' in decoded.right).toBe(true);
  });

  it('a failing value gets the errors decode gives, path for path', () => {
    const codec = t.type({ period: t.type({ start: IsoDateCodec }) });
    expect(validate(codec, { period: { start: '2026-02-30' } })).toEqual(codec.decode({ period: { start: '2026-02-30' } }));
  });
});
