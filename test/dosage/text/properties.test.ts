import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDosageText, renderDosage, stepCanonical, textCanonical, type TextParse } from '../../../src/dosage';
import { foldText, type IsoDate } from '../../../src/model';
import { arbCorpusText, arbDosageLikeText, arbRewritten, arbTextCanonical } from '../arbitrary';

const AS_OF = '2026-11-20' as IsoDate;

/** What a parse says, independent of where in the text things stand: the canonical steps, or where and why it stopped. */
const meaning = (parse: TextParse) => {
  switch (parse.kind) {
    case 'parsed':
      return { kind: 'parsed', steps: parse.steps.map((s) => ({ dosage: stepCanonical(s, undefined), duration: s.duration })), notes: parse.notes };
    case 'no-dose':
      return { kind: 'no-dose', phrase: foldText(parse.phrase) };
    case 'unparsed':
      return { kind: 'unparsed', reason: parse.reason, rest: foldText(parse.text.slice(parse.stoppedAt.offset)) };
  }
};

describe('laws of the dosage-text parser', () => {
  it('round trip: a canonical dosage rendered in Swedish parses back to the same dosage', () => {
    fc.assert(
      fc.property(arbTextCanonical, (dosage) => {
        const text = renderDosage(dosage);
        expect(textCanonical(parseDosageText(text), AS_OF)).toEqual(dosage);
      }),
      { numRuns: 1000 },
    );
  });

  it('totality: any string at all gets a result, and never an exception; a stop lies within the text', () => {
    const anyText = fc.oneof(fc.string({ unit: 'binary', maxLength: 200 }), fc.string({ unit: 'grapheme', maxLength: 200 }), arbDosageLikeText);
    fc.assert(
      fc.property(anyText, (text) => {
        const parse = parseDosageText(text);
        expect(['parsed', 'no-dose', 'unparsed']).toContain(parse.kind);
        if (parse.kind === 'unparsed') {
          expect(parse.stoppedAt.offset).toBeGreaterThanOrEqual(0);
          expect(parse.stoppedAt.offset).toBeLessThanOrEqual(parse.text.length);
          expect(parse.text.slice(parse.stoppedAt.offset).startsWith(parse.stoppedAt.rest)).toBe(true);
        }
        // Whatever was understood can be compared and rendered without an exception either.
        expect(typeof renderDosage(textCanonical(parse, AS_OF, { start: AS_OF }))).toBe('string');
      }),
      { numRuns: 3000 },
    );
  });

  it('a parsed text is always stated in numbers it can stand behind: finite, positive quantities and whole cycles', () => {
    fc.assert(
      fc.property(arbDosageLikeText, (text) => {
        const parse = parseDosageText(text);
        if (parse.kind !== 'parsed') return;
        for (const s of parse.steps) {
          for (const d of s.doses) expect(Number.isFinite(d.quantity) && d.quantity > 0).toBe(true);
          if (s.unslotted !== undefined) expect(Number.isInteger(s.unslotted.timesPerDay) && s.unslotted.timesPerDay > 0).toBe(true);
          expect(Number.isInteger(s.intervalDays) && s.intervalDays >= 1).toBe(true);
        }
      }),
      { numRuns: 3000 },
    );
  });

  it('whitespace and case do not change the result: the same words re-spaced and re-cased mean the same', () => {
    fc.assert(
      fc.property(
        arbCorpusText.chain((text) => fc.tuple(fc.constant(text), arbRewritten(text))),
        ([text, rewritten]) => {
          expect(meaning(parseDosageText(rewritten))).toEqual(meaning(parseDosageText(text)));
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('whitespace and case do not change the reading of a rendered dosage either', () => {
    fc.assert(
      fc.property(
        arbTextCanonical.chain((dosage) => fc.tuple(fc.constant(dosage), arbRewritten(renderDosage(dosage)))),
        ([dosage, rewritten]) => {
          expect(textCanonical(parseDosageText(rewritten), AS_OF)).toEqual(dosage);
        },
      ),
      { numRuns: 500 },
    );
  });
});
