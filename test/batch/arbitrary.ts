import fc from 'fast-check';
import { BAD_LINES, goodLine } from './fixtures';

/** One line of a batch input: a good patient, a bad line of some kind, or a blank line. */
export type ArbitraryLine = { readonly kind: 'good'; readonly text: string } | { readonly kind: 'bad'; readonly reason: string; readonly text: string } | { readonly kind: 'blank'; readonly text: string };

const GOOD = goodLine(1);

/** Batch inputs mixing good lines, every kind of bad line, and blank lines, in any order. */
export const batchLines = (maxLength = 40): fc.Arbitrary<ReadonlyArray<ArbitraryLine>> =>
  fc.array(
    fc.oneof(
      { weight: 5, arbitrary: fc.constant<ArbitraryLine>({ kind: 'good', text: GOOD }) },
      { weight: 2, arbitrary: fc.constantFrom(...Object.entries(BAD_LINES)).map(([reason, text]): ArbitraryLine => ({ kind: 'bad', reason, text })) },
      { weight: 1, arbitrary: fc.constantFrom<ArbitraryLine>({ kind: 'blank', text: '' }, { kind: 'blank', text: '   ' }) },
    ),
    { maxLength },
  );
