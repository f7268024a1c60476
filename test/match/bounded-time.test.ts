import * as E from 'fp-ts/lib/Either.js';
import { describe, expect, it } from 'vitest';
import { processLine } from '../../src/batch';
import { decodeJournal, decodePrescriptionList } from '../../src/decode';
import { coverCombination, matchItems, MAX_COVER_STEPS } from '../../src/match';
import type { IsoDate } from '../../src/model';
import { adversarialPatient, type AdversarialShape } from '../../src/synthetic';

// Regression tests for issue 10 §1 (bounded time on every input): each runs an adversarial shape at
// a size that takes well under a second with the fix (and took seconds to minutes, or overflowed the
// stack, before it) and asserts the outcome, never the time: `npm run bench` measures the time.

const AS_OF = '2026-11-20' as IsoDate;

// Each test needs a fraction of a second of CPU, most of it decoding thousands of items; on a shared
// machine under load the wall time can be many times that, hence a generous timeout (not a limit on
// speed: the benchmark measures that).
const GENEROUS = { timeout: 60_000 };

const decoded = (shape: AdversarialShape, size: number, seed?: number) => {
  const line = adversarialPatient(shape, size, seed);
  const journal = decodeJournal(line.cosmic);
  const list = decodePrescriptionList(line.pascal);
  if (E.isLeft(journal) || E.isLeft(list)) throw new Error('an adversarial patient must decode');
  expect(journal.right.invalid).toEqual([]);
  expect(list.right.invalid).toEqual([]);
  return { ordinations: journal.right.ordinations, prescriptions: list.right.prescriptions };
};

const reconciled = (shape: AdversarialShape, size: number, seed?: number) => {
  const outcome = processLine(JSON.stringify(adversarialPatient(shape, size, seed)), 1, AS_OF);
  if (outcome.kind !== 'reconciled') throw new Error(`expected a reconciled line, got ${JSON.stringify(outcome.error)}`);
  return outcome.result;
};

describe('a combination product whose parts do not cover it', () => {
  it('leaves the combination and every separate product unpaired, each with its own discrepancy (20 substances, 57 products)', GENEROUS, () => {
    const result = reconciled('combination-no-cover', 20);
    expect(result.lines).toHaveLength(1 + 3 * 19);
    expect(result.lines.every((l) => l.basis === 'unpaired')).toBe(true);
    expect(result.discrepancies.map((d) => d.kind).sort()).toEqual(['missing-in-cosmic', ...Array<string>(57).fill('missing-in-pascal')]);
  });
});

describe('a combination product as wide as an export can make it', () => {
  // The search recursed once per part: 6 000 overflowed the stack.
  it('is covered by its separate products without overflowing the stack (8 000 substances)', GENEROUS, () => {
    const { ordinations, prescriptions } = decoded('combination-wide', 8000);
    const parts = coverCombination(prescriptions[0]!, ordinations, AS_OF);
    expect(parts?.length).toBe(8000);
  });

  it('reconciles as one combination line with nothing to decide (1 000 substances)', GENEROUS, () => {
    const result = reconciled('combination-wide', 1000);
    expect(result.lines.map((l) => [l.basis, l.cosmic.length, l.pascal.length, l.status])).toEqual([['combination', 1000, 1, 'agreed']]);
  });
});

describe('the limit on the combination search', () => {
  it('finds a cover well within MAX_COVER_STEPS for a realistic list (4 substances against 20 products)', GENEROUS, () => {
    const { ordinations, prescriptions } = decoded('combination-wide', 4);
    const others = decoded('one-substance', 16).ordinations.map((o, i) => ({ ...o, id: `X-${i}` as typeof o.id }));
    expect(coverCombination(prescriptions[0]!, [...others, ...ordinations], AS_OF, 200)?.map((o) => o.id)).toEqual(['C-1', 'C-2', 'C-3', 'C-4']);
    expect(MAX_COVER_STEPS).toBeGreaterThanOrEqual(100 * 200);
  });

  it('beyond its limit, finds no cover, so nothing is paired by guess', GENEROUS, () => {
    const { ordinations, prescriptions } = decoded('combination-wide', 50);
    expect(coverCombination(prescriptions[0]!, ordinations, AS_OF, 49)).toBeUndefined();
    expect(coverCombination(prescriptions[0]!, ordinations, AS_OF, 50)).toHaveLength(50);
  });
});

describe('many copies of one drug on each side', () => {
  // 300 a side is above the size solved item by item, so the group is solved on its kinds of items.
  it('pairs every copy one to one, by the strongest evidence there is, the same whatever the order of the items (300 a side)', GENEROUS, () => {
    const { ordinations, prescriptions } = decoded('one-substance', 300);
    const matches = matchItems(ordinations, prescriptions, AS_OF);
    expect(matches.filter((m) => m.kind === 'unpaired')).toEqual([]);
    const seen = new Set(matches.flatMap((m) => [...m.cosmic, ...m.pascal].map((i) => `${i.source}:${i.id}`)));
    expect(seen.size).toBe(600);
    const key = (ms: typeof matches) => ms.map((m) => `${m.kind}:${m.cosmic.map((i) => i.id).join(',')}:${m.pascal.map((i) => i.id).join(',')}`).sort();
    const shuffled = matchItems([...ordinations].reverse(), [...prescriptions].sort((a, b) => ((a.dosage.text ?? '') < (b.dosage.text ?? '') ? -1 : 1)), AS_OF);
    expect(key(shuffled)).toEqual(key(matches));
    // Every copy of a product in the journal has one of the same product (NPL-id or same strength and form) when the list holds one left.
    const evidence = matches.flatMap((m) => (m.kind === 'pair' || m.kind === 'duplicate' ? [m.evidence] : []));
    expect(evidence.filter((e) => e === 'npl-id' || e === 'same-product').length).toBeGreaterThan(250);
  });

  it('pairs identical copies one to one (2 × 300 copies of one product)', GENEROUS, () => {
    const { ordinations, prescriptions } = decoded('one-substance', 300);
    const one = ordinations[0]!;
    const copies = ordinations.map((o) => ({ ...one, id: o.id }));
    const theirs = prescriptions.map((p) => ({ ...prescriptions[0]!, id: p.id }));
    const matches = matchItems(copies, theirs, AS_OF);
    expect(matches.every((m) => m.kind === 'pair')).toBe(true);
    expect(matches).toHaveLength(300);
  });
});
