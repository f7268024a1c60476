import * as E from 'fp-ts/lib/Either.js';
import type * as t from 'io-ts';

// Decoding fast, explaining well. An io-ts `decode` builds a context (an array of every codec on the
// way) for each field it visits, so that a failure can say where it is; on the happy path, which is
// almost every item, that context is thrown away. A guard answers only "would `decode` succeed?", and
// where it would, the decoded value is the input itself: every codec of medrec is an identity codec
// (it checks, it never transforms; none strips keys as `t.exact` does, none converts as a refinement
// of a branded number would). So `validate` runs the guard first and calls `decode` only for a value
// that fails, to produce the very paths and messages it always did.
//
// A guard is compiled from the codec's structure, combinator by combinator, with exactly the success
// condition of that combinator's `validate` in io-ts 2.2 (io-ts's own `is` is close but not the same:
// its `t.array` skips the holes of a sparse array that `decode` rejects). A codec the compiler does
// not know (a union, `t.exact`, a refinement, a custom type not made by `checkedString` or
// `checkedNumber`) has no guard, and is always decoded: the fast path is only taken where it is
// provably the same result.

/** Answers whether `decode` of the codec it was compiled from succeeds on a value (and then returns the value itself). */
export type Guard = (u: unknown) => boolean;

/** The checks of the custom codecs known to decode to their input exactly when they hold. */
const PURE_CHECKS = new WeakMap<t.Decoder<unknown, unknown>, Guard>();

/**
 * Registers the exact success condition of a custom identity codec (one whose `validate` succeeds with
 * the input itself exactly when `check` holds), so that codecs containing it can be guarded.
 *
 * @example
 * const codec = new t.Type<string, string, unknown>('x', isX, (u, c) => (isX(u) ? t.success(u) : t.failure(u, c)), (a) => a);
 * registerPureCheck(codec, isX);
 */
export const registerPureCheck = <C extends t.Decoder<unknown, unknown>>(codec: C, check: Guard): C => {
  PURE_CHECKS.set(codec, check);
  return codec;
};

const hasOwn = Object.prototype.hasOwnProperty;

/** io-ts's `UnknownRecord`: an object that is not null and not an array. */
const isRecord = (u: unknown): u is Record<string, unknown> => u !== null && typeof u === 'object' && !Array.isArray(u);

interface Structure {
  readonly _tag?: string;
  readonly props?: Readonly<Record<string, t.Decoder<unknown, unknown>>>;
  readonly types?: ReadonlyArray<t.Decoder<unknown, unknown>>;
  readonly type?: t.Decoder<unknown, unknown>;
  readonly keys?: Readonly<Record<string, unknown>>;
  readonly value?: unknown;
}

const compile = (codec: t.Decoder<unknown, unknown>): Guard | undefined => {
  const custom = PURE_CHECKS.get(codec);
  if (custom !== undefined) return custom;
  const s = codec as unknown as Structure;
  switch (s._tag) {
    case 'StringType':
      return (u) => typeof u === 'string';
    case 'NumberType':
      return (u) => typeof u === 'number';
    case 'BooleanType':
      return (u) => typeof u === 'boolean';
    case 'UnknownType':
      return () => true;
    case 'LiteralType': {
      const value = s.value;
      return (u) => u === value;
    }
    case 'KeyofType': {
      const keys = s.keys!;
      return (u) => typeof u === 'string' && hasOwn.call(keys, u);
    }
    case 'InterfaceType': {
      // `validate` reads `u[k]` (inherited members too) and copies the object when a key is absent
      // but its codec accepts undefined: the guard then fails, and `decode` decides.
      const fields = compileFields(s.props!);
      if (fields === undefined) return undefined;
      const { keys, guards } = fields;
      return (u) => {
        if (!isRecord(u)) return false;
        for (let i = 0; i < keys.length; i++) {
          const key = keys[i]!;
          const v = u[key];
          if ((v === undefined && !hasOwn.call(u, key)) || !guards[i]!(v)) return false;
        }
        return true;
      };
    }
    case 'PartialType': {
      // An undefined field is skipped by `validate` whatever its codec says of it, and never copied.
      const fields = compileFields(s.props!);
      if (fields === undefined) return undefined;
      const { keys, guards } = fields;
      return (u) => {
        if (!isRecord(u)) return false;
        for (let i = 0; i < keys.length; i++) {
          const v = u[keys[i]!];
          if (v !== undefined && !guards[i]!(v)) return false;
        }
        return true;
      };
    }
    case 'IntersectionType': {
      // Every member succeeding with the input itself, io-ts's `mergeAll` returns the input.
      const members = s.types!.map(compile);
      if (members.some((m) => m === undefined)) return undefined;
      const guards = members as Guard[];
      return (u) => {
        for (let i = 0; i < guards.length; i++) if (!guards[i]!(u)) return false;
        return true;
      };
    }
    case 'ArrayType': {
      // Every index below the length, holes included (read as undefined), as `validate` visits them.
      const item = compile(s.type!);
      if (item === undefined) return undefined;
      return (u) => {
        if (!Array.isArray(u)) return false;
        for (let i = 0; i < u.length; i++) if (!item(u[i])) return false;
        return true;
      };
    }
    default:
      return undefined;
  }
};

/** The keys of an object codec and, index for index, their guards; undefined when one has none. */
const compileFields = (props: Readonly<Record<string, t.Decoder<unknown, unknown>>>): { readonly keys: ReadonlyArray<string>; readonly guards: ReadonlyArray<Guard> } | undefined => {
  const keys = Object.keys(props);
  const guards: Guard[] = [];
  for (const key of keys) {
    const guard = compile(props[key]!);
    if (guard === undefined) return undefined;
    guards.push(guard);
  }
  return { keys, guards };
};

const GUARDS = new WeakMap<t.Decoder<unknown, unknown>, Guard | null>();

/**
 * The compiled guard of a codec (compiled once, then cached), or undefined when the codec holds a
 * combinator whose `decode` may differ from a plain check (a union, `t.exact`, a refinement…).
 *
 * @example
 * guardOf(t.type({ id: NonEmptyString }))?.({ id: 'C-1' }) // true
 * guardOf(t.exact(t.type({ id: t.string })))                // undefined: decode strips keys
 */
export const guardOf = (codec: t.Decoder<unknown, unknown>): Guard | undefined => {
  let guard = GUARDS.get(codec);
  if (guard === undefined) {
    guard = compile(codec) ?? null;
    GUARDS.set(codec, guard);
  }
  return guard ?? undefined;
};

/**
 * Decodes as `codec.decode` does, same result, faster on a good value: a value its guard accepts is
 * returned as it is (what `decode` returns for it), and only a value it rejects is decoded in full,
 * for the errors with their paths.
 *
 * @example
 * validate(IsoDateCodec, '2026-11-20') // right('2026-11-20'), without building a context
 * validate(IsoDateCodec, '2026-02-30') // left([...]): the errors `IsoDateCodec.decode` gives
 */
export const validate = <A>(codec: t.Decoder<unknown, A>, u: unknown): E.Either<t.Errors, A> => {
  const guard = guardOf(codec);
  return guard !== undefined && guard(u) ? E.right(u as A) : codec.decode(u);
};
