/**
 * Bounded memory (issue 10 §6): a result line never repeats a long text whole. (Memory itself is
 * measured in bench/long-texts.bench.ts, never asserted here.)
 */
import { describe, expect, it } from 'vitest';
import { cutLongText, MAX_RESULT_TEXT, processChunk } from '../../src/batch';
import { parseDosageText } from '../../src/dosage';
import { AS_OF, examplePair } from './fixtures';

describe('a long dosage text', () => {
  it('is cut with a marker in the result line, so the line stays small however long the text', () => {
    const { cosmic, pascal } = examplePair();
    const ordinations = structuredClone(cosmic['ordinations']) as Array<{ dosage: { text: string } }>;
    // C-2 has a dose discrepancy, which quotes the dosage text in its values and in its text.
    ordinations[1]!.dosage.text = `1 tablett ${'morgon och kväll '.repeat(6000)}`;
    const text = JSON.stringify({ cosmic: { ...cosmic, ordinations }, pascal });
    const result = processChunk({ asOf: AS_OF, lines: [{ kind: 'text', number: 1, end: text.length, text }] });
    expect(result.summary.resultsWritten).toBe(1);
    expect(result.output.length).toBeLessThan(30_000);
    expect(result.output).toContain('more characters cut]');
  });

  it('over 2000 characters is not read (unparsed, too-long), never tokenized', () => {
    const parse = parseDosageText(`1 tablett ${'x'.repeat(5000)}`);
    expect(parse.kind === 'unparsed' && parse.reason).toBe('too-long');
    expect(parse.text.length).toBeLessThanOrEqual(2000);
  });

  it('cutLongText keeps short texts as they are and says how much it cut', () => {
    expect(cutLongText('kort')).toBe('kort');
    expect(cutLongText('x'.repeat(MAX_RESULT_TEXT + 5))).toBe(`${'x'.repeat(MAX_RESULT_TEXT)}… [5 more characters cut]`);
  });
});
