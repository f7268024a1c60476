/** `medrec report` quotes a bad value redacted first and cut after, never 11 of 12 digits (issue 10 §4). */
import * as E from 'fp-ts/lib/Either.js';
import { describe, expect, it } from 'vitest';
import { patientFacts } from '../../src/followup';
import { batchResults } from './results';

describe('an unreadable result line', () => {
  it('quotes the bad value with any personnummer redacted before it is cut, whatever its position and form', () => {
    const result = JSON.parse(JSON.stringify(batchResults(7, 0, 1).results[0])) as Record<string, unknown>;
    for (let pad = 20; pad <= 40; pad++) {
      for (const pnr of ['191212121212', '19121212-1212']) {
        const discrepancies = [{ kind: `${'x'.repeat(pad)}${pnr}` }];
        const facts = patientFacts({ ...result, discrepancies }, 1);
        expect(E.isLeft(facts)).toBe(true);
        const message = E.isLeft(facts) ? facts.left.message : '';
        expect(message).not.toMatch(/\d{5,}/u);
      }
    }
    const numeric = patientFacts({ ...result, discrepancies: [{ kind: 191212121212 }] }, 1);
    expect(E.isLeft(numeric) && numeric.left.message).toContain('[personnummer]');
  });
});
