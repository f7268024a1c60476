import { describe, expect, it } from 'vitest';
import { describeDosage, parseDosageText, stepCanonical, type TextParse } from '../../../src/dosage';
import { CORPUS } from './corpus';

/** The canonical dosage of each step with its duration: what a reading must give back. */
const canonicalSteps = (parse: TextParse) => (parse.kind === 'parsed' ? parse.steps.map((s) => ({ dosage: stepCanonical(s, undefined), duration: s.duration })) : parse.kind);

describe('a corpus of real-world dosage instructions', () => {
  it('holds at least 300 instructions, each once', () => {
    expect(CORPUS.length).toBeGreaterThanOrEqual(300);
    expect(new Set(CORPUS.map((e) => e.text)).size).toBe(CORPUS.length);
  });

  for (const entry of CORPUS) {
    switch (entry.kind) {
      case 'parsed':
        it(`reads "${entry.text}" as "${entry.reading}"`, () => {
          const parse = parseDosageText(entry.text);
          const described = describeDosage(parse);
          expect(described.parsed === true ? described.normalised : described).toBe(entry.reading);
          // The reading is itself canonical: read again, it is the same dosage.
          expect(canonicalSteps(parseDosageText(entry.reading))).toEqual(canonicalSteps(parse));
        });
        break;
      case 'no-dose':
        it(`finds no comparable dose in "${entry.text}"`, () => {
          expect(parseDosageText(entry.text).kind).toBe('no-dose');
        });
        break;
      case 'unparsed':
        it(`stops at "${entry.rest}" in "${entry.text}" (${entry.reason}), guessing nothing`, () => {
          const parse = parseDosageText(entry.text);
          expect(parse.kind).toBe('unparsed');
          if (parse.kind !== 'unparsed') return;
          expect(parse.stoppedAt.rest.startsWith(entry.rest)).toBe(true);
          expect(entry.text.slice(parse.stoppedAt.offset).startsWith(entry.rest)).toBe(true);
          expect(parse.reason).toBe(entry.reason);
        });
        break;
    }
  }
});
