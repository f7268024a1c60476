/** Batch error records stay short and never carry a personnummer (issue 10 §4, §7). */
import { describe, expect, it } from 'vitest';
import { lineError, processLine } from '../../src/batch';
import type { IsoDate } from '../../src/model';
import { examplePair } from './fixtures';

const AS_OF = '2026-11-20' as IsoDate;

describe('an error record of a batch line', () => {
  it('keeps a deep __proto__ path short: head and tail around …, never a 400 KB record', () => {
    const depth = 50_000;
    const line = `{"cosmic":${'{"a":'.repeat(depth)}{"__proto__":1}${'}'.repeat(depth)},"pascal":{}}`;
    const outcome = processLine(line, 1, AS_OF);
    expect(outcome.kind).toBe('invalid');
    const record = JSON.stringify(outcome.kind === 'invalid' ? outcome.error : null);
    expect(record.length).toBeLessThan(2000);
    expect(record).toContain('cosmic.a.a');
    expect(record).toContain('…');
    expect(record).toContain('.__proto__');
  });

  it('redacts personnummer in every path and message, however the problem was built', () => {
    const record = lineError(3, null, 'invalid-document', [
      { path: 'cosmic.191212121212', message: 'got 19121212-1212' },
      { path: 'x', message: `got ${191212121212}` },
    ]);
    expect(JSON.stringify(record)).not.toMatch(/\d{10}|\d{6,8}[-+ ]\d{4}/u);
  });

  it('redacts a patient id written as a JSON number, in the line error of a patient mismatch too', () => {
    const { cosmic, pascal } = examplePair();
    const outcome = processLine(JSON.stringify({ cosmic: { ...cosmic, patient: { id: 191212121212 } }, pascal }), 4, AS_OF);
    expect(outcome.kind).toBe('invalid');
    expect(JSON.stringify(outcome)).not.toMatch(/\d{10}|\d{6,8}[-+ ]\d{4}/u);
  });
});

describe('the two forms of one personnummer', () => {
  it('are the same patient: 10 and 12 digits, with or without separator, reconcile without patient-mismatch', () => {
    const { cosmic, pascal } = examplePair();
    for (const [a, b] of [['19121212-1212', '121212-1212'], ['191212121212', '1212121212'], ['121212-1212', '19121212-1212']] as const) {
      const outcome = processLine(JSON.stringify({ cosmic: { ...cosmic, patient: { id: a } }, pascal: { ...pascal, patient: { id: b } } }), 1, AS_OF);
      expect(outcome.kind).toBe('reconciled');
    }
  });

  it('and two different numbers are still two patients', () => {
    const { cosmic, pascal } = examplePair();
    const outcome = processLine(JSON.stringify({ cosmic: { ...cosmic, patient: { id: '19121212-1212' } }, pascal: { ...pascal, patient: { id: 'SYN-0000001' } } }), 1, AS_OF);
    expect(outcome.kind === 'invalid' && outcome.error.reason).toBe('patient-mismatch');
  });
});
