/**
 * Decode fast, explain well (issue 12 §3): the fast path (each codec's compiled guard, io-ts `decode`
 * only for what fails) gives exactly what decoding everything with io-ts gives, on valid exports and
 * on exports with wrong, near-miss and hostile values anywhere: the same items, the same unknown
 * fields, the same invalid items with the same paths and messages.
 *
 * Seeded and bounded: each property a fraction of a second of CPU alone; the timeout is generous for
 * a shared, busy machine.
 */
import * as E from 'fp-ts/lib/Either.js';
import fc from 'fast-check';
import type * as t from 'io-ts';
import { describe, expect, it } from 'vitest';
import * as codecs from '../../src/decode/codecs';
import { decodeJournalIn, decodePrescriptionListIn } from '../../src/decode/documents';
import { guardOf } from '../../src/decode/guard';
import { generatePatient } from '../../src/synthetic';
import { arbEquivalentPair, arbMutation, arbNearMiss, exportsOf, mutate, pathsOf, type Mutation } from '../arbitrary';

const RUNS = { seed: 20261130, numRuns: 60 } as const;
const TIMEOUT = 60_000;

/** Every codec the decoder reads with: the frames, the item cores, each field's and the whole items'. */
const CODECS: ReadonlyArray<readonly [string, t.Decoder<unknown, unknown>]> = [
  ...Object.entries(codecs as Readonly<Record<string, unknown>>).flatMap(([k, c]): Array<[string, t.Decoder<unknown, unknown>]> =>
    typeof (c as { decode?: unknown }).decode === 'function' ? [[k, c as t.Decoder<unknown, unknown>]] : [],
  ),
  ...Object.entries(codecs.FIELD_CODECS).map(([k, c]): [string, t.Decoder<unknown, unknown>] => [`FIELD_CODECS.${k}`, c]),
];

/** A generated patient's two exports, as the batch reads them (a JSON round trip). */
const arbGeneratedLine = fc.nat({ max: 100_000 }).map((i) => JSON.parse(JSON.stringify(generatePatient(2026, i, { asOf: '2026-11-20' }).line)) as { readonly cosmic: unknown; readonly pascal: unknown });

/** Exports written from a base list, each system its own way. */
const arbWrittenLine = arbEquivalentPair(8).map(({ list, cosmicWritings, pascalWritings }) => exportsOf(list, cosmicWritings, pascalWritings));

const arbLine = fc.oneof(arbGeneratedLine, arbWrittenLine);
const arbChanges = fc.array(fc.oneof(arbMutation, arbNearMiss), { minLength: 1, maxLength: 3 });

const applied = (doc: unknown, changes: ReadonlyArray<Mutation>): unknown => changes.reduce(mutate, doc);

/** Both modes decode both exports to the same values, and to the same JSON text. */
const sameBothWays = (cosmic: unknown, pascal: unknown): void => {
  const journal = decodeJournalIn('fast', cosmic);
  expect(journal).toStrictEqual(decodeJournalIn('full', cosmic));
  expect(JSON.stringify(journal)).toBe(JSON.stringify(decodeJournalIn('full', cosmic)));
  const list = decodePrescriptionListIn('fast', pascal);
  expect(list).toStrictEqual(decodePrescriptionListIn('full', pascal));
  expect(JSON.stringify(list)).toBe(JSON.stringify(decodePrescriptionListIn('full', pascal)));
};

describe('the fast path of decoding', () => {
  it('has a guard for every codec the decoder reads with: the fast path is taken everywhere', () => {
    expect(CODECS.length).toBeGreaterThan(20);
    for (const [name, codec] of CODECS) expect([name, guardOf(codec) !== undefined]).toEqual([name, true]);
  });

  it('decodes valid exports as io-ts decode does', { timeout: TIMEOUT }, () => {
    fc.assert(
      fc.property(arbLine, (line) => {
        sameBothWays(line.cosmic, line.pascal);
        expect(E.isRight(decodeJournalIn('fast', line.cosmic))).toBe(true);
      }),
      RUNS,
    );
  });

  it('decodes exports with wrong, near-miss and hostile values as io-ts decode does: the same invalid items, paths and messages', { timeout: TIMEOUT }, () => {
    fc.assert(
      fc.property(arbLine, arbChanges, arbChanges, (line, cosmicChanges, pascalChanges) => {
        sameBothWays(applied(line.cosmic, cosmicChanges), applied(line.pascal, pascalChanges));
      }),
      RUNS,
    );
  });

  it("each guard says yes exactly where its codec's decode succeeds, and then decode gives back the value itself", { timeout: TIMEOUT }, () => {
    fc.assert(
      fc.property(arbLine, arbChanges, (line, changes) => {
        const doc = applied(line.cosmic, changes);
        // Every value of the export, from the whole document down to each date, against every codec.
        const values = pathsOf(doc).map((path) => path.reduce((v: unknown, step) => (v as Record<string | number, unknown>)[step], doc));
        for (const value of values.slice(0, 300)) {
          for (const [name, codec] of CODECS) {
            const decoded = codec.decode(value);
            const guarded = guardOf(codec)!(value);
            expect([name, guarded]).toEqual([name, E.isRight(decoded)]);
            if (guarded && E.isRight(decoded)) expect(decoded.right).toBe(value);
          }
        }
      }),
      { ...RUNS, numRuns: 15 },
    );
  });
});
