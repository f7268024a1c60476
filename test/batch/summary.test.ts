import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { combineSummaries, EMPTY_SUMMARY, processChunk, summaryAddsUp, type RawLine } from '../../src/batch';
import { DISCREPANCY_KINDS } from '../../src/diff';
import { batchLines } from './arbitrary';
import { AS_OF } from './fixtures';

const raw = (texts: ReadonlyArray<string>): RawLine[] =>
  texts.map((text, i) => (text.trim() === '' ? { kind: 'blank', number: i + 1, end: 0 } : { kind: 'text', number: i + 1, end: 0, text }));

describe('the batch summary', () => {
  it('adds up for any mix of good, bad and blank lines: lines read = results written + invalid lines', () => {
    fc.assert(
      fc.property(batchLines(), (lines) => {
        const s = processChunk({ asOf: AS_OF, lines: raw(lines.map((l) => l.text)) }).summary;
        expect(summaryAddsUp(s)).toBe(true);
        expect(s.resultsWritten).toBe(lines.filter((l) => l.kind === 'good').length);
        expect(s.invalidLines).toBe(lines.filter((l) => l.kind === 'bad').length);
        expect(s.blankLines).toBe(lines.filter((l) => l.kind === 'blank').length);
        for (const reason of new Set(lines.flatMap((l) => (l.kind === 'bad' ? [l.reason] : [])))) {
          expect(s.invalid.byReason[reason]).toBe(lines.filter((l) => l.kind === 'bad' && l.reason === reason).length);
        }
      }),
      { numRuns: 30 },
    );
  });

  it('is the same whether the lines are summed in one chunk or in any split into two', () => {
    fc.assert(
      fc.property(batchLines(20), fc.nat(20), (lines, at) => {
        const all = raw(lines.map((l) => l.text));
        const cut = Math.min(at, all.length);
        const whole = processChunk({ asOf: AS_OF, lines: all }).summary;
        const parts = combineSummaries(processChunk({ asOf: AS_OF, lines: all.slice(0, cut) }).summary, processChunk({ asOf: AS_OF, lines: all.slice(cut) }).summary);
        expect(parts).toEqual(whole);
      }),
      { numRuns: 30 },
    );
  });

  it('has the empty summary as identity on both sides', () => {
    const s = processChunk({ asOf: AS_OF, lines: raw(['{"x":', '']) }).summary;
    expect(combineSummaries(EMPTY_SUMMARY, s)).toEqual(s);
    expect(combineSummaries(s, EMPTY_SUMMARY)).toEqual(s);
  });

  it('keeps at most 100 error records, the first ones, and counts them all', () => {
    const s = processChunk({ asOf: AS_OF, lines: raw(Array.from({ length: 130 }, () => 'nope')) }).summary;
    expect(s.invalidLines).toBe(130);
    expect(s.invalid.first).toHaveLength(100);
    expect(s.invalid.first[0]?.line).toBe(1);
    expect(summaryAddsUp(s)).toBe(true);
  });

  it('lists every discrepancy kind, risk band and line state, zero or not', () => {
    expect(Object.keys(EMPTY_SUMMARY.tallies.discrepancies)).toEqual([...DISCREPANCY_KINDS]);
    expect(EMPTY_SUMMARY.tallies.deviationsByRiskBand).toEqual({ low: 0, moderate: 0, high: 0, 'very-high': 0 });
    expect(EMPTY_SUMMARY.tallies.lineStatus).toEqual({ 'needs-decision': 0, agreed: 0, 'not-on-prescription': 0, inactive: 0 });
  });

  it('counts one deviation per discrepancy, by risk band', () => {
    fc.assert(
      fc.property(batchLines(), (lines) => {
        const s = processChunk({ asOf: AS_OF, lines: raw(lines.map((l) => l.text)) }).summary;
        const sum = (t: Readonly<Record<string, number>>) => Object.values(t).reduce((a, b) => a + b, 0);
        expect(sum(s.tallies.deviationsByRiskBand)).toBe(sum(s.tallies.discrepancies));
      }),
      { numRuns: 30 },
    );
  });
});
