import { describe, expect, it } from 'vitest';
import { processLine } from '../../src/batch';
import { AS_OF, examplePair, goodLine } from './fixtures';

describe('one batch line: a patient with both exports', () => {
  it('reconciles the example pair into its five discrepancies, with the line number', () => {
    const outcome = processLine(JSON.stringify(examplePair()), 7, AS_OF);
    expect(outcome.kind).toBe('reconciled');
    if (outcome.kind !== 'reconciled') return;
    expect(outcome.result.line).toBe(7);
    expect(outcome.result.version).toBe(1);
    expect(outcome.result.discrepancies.map((d) => d.kind).sort()).toEqual(['dose', 'missing-in-cosmic', 'missing-in-pascal', 'status', 'strength']);
    expect(outcome.summary.items).toEqual({ cosmic: 10, pascal: 8, invalid: 0 });
    expect(outcome.summary.tallies.discrepancies).toMatchObject({ dose: 1, status: 1, strength: 1, 'missing-in-pascal': 1, 'missing-in-cosmic': 1, route: 0 });
  });

  it('is a pure function of the text, the number and the date', () => {
    const line = goodLine(3);
    expect(processLine(line, 1, AS_OF)).toEqual(processLine(line, 1, AS_OF));
  });

  it('keeps a bad item inside a good export in the result, not as a bad line', () => {
    const { cosmic, pascal } = examplePair();
    const ordinations = [...(cosmic.ordinations as unknown[]), { ordinationId: 'C-99', product: { name: 'Okänd' } }];
    const outcome = processLine(JSON.stringify({ cosmic: { ...cosmic, ordinations }, pascal }), 1, AS_OF);
    expect(outcome.kind).toBe('reconciled');
    if (outcome.kind === 'reconciled') expect(outcome.result.invalid.map((i) => i.id)).toEqual(['C-99']);
  });

  it('keeps unknown fields of the line and ignores them', () => {
    const outcome = processLine(JSON.stringify({ ...examplePair(), batch: 'natt 2026-11-20' }), 1, AS_OF);
    expect(outcome.kind).toBe('reconciled');
  });
});
