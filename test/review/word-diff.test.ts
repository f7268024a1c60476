import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { wordDiff, type DiffPiece } from '../../src/review';

const joined = (pieces: ReadonlyArray<DiffPiece>) => pieces.map((p) => p.text).join('');
const marked = (pieces: ReadonlyArray<DiffPiece>) => pieces.filter((p) => p.changed).map((p) => p.text);

describe('what differs between two values, word by word', () => {
  it('marks the midday dose that only the journal gives', () => {
    const d = wordDiff('morgon 1 tablett, middag 1 tablett', 'morgon 1 tablett');
    expect(d.cosmic).toEqual([
      { text: 'morgon 1 tablett, ', changed: false },
      { text: 'middag 1 tablett', changed: true },
    ]);
    expect(d.pascal).toEqual([{ text: 'morgon 1 tablett', changed: false }]);
  });

  it('marks the numbers of two strengths, a decimal comma kept whole', () => {
    expect(marked(wordDiff('Levaxin 100 mikrog tablett', 'Levaxin 50 mikrog tablett').cosmic)).toEqual(['100']);
    expect(marked(wordDiff('0,5 tablett', '1,5 tablett').pascal)).toEqual(['1,5']);
  });

  it('marks nothing in equal texts, and every word of a text against an empty one', () => {
    expect(marked(wordDiff('1 kapsel på morgonen', '1 kapsel på morgonen').cosmic)).toEqual([]);
    expect(marked(wordDiff('1 kapsel', '').cosmic)).toEqual(['1 kapsel']);
  });

  it('gives each text back whole, and marks nothing when the texts are equal (any texts)', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 60 }), fc.string({ maxLength: 60 }), (a, b) => {
        const d = wordDiff(a, b);
        expect(joined(d.cosmic)).toBe(a);
        expect(joined(d.pascal)).toBe(b);
        expect(marked(wordDiff(a, a).cosmic)).toEqual([]);
      }),
    );
  });

  it('marks a very long text wholly rather than comparing it word by word', () => {
    const long = Array.from({ length: 500 }, (_, k) => `ord${k}`).join(' ');
    expect(wordDiff(long, 'kort').cosmic).toEqual([{ text: long, changed: true }]);
  });
});
