import * as E from 'fp-ts/lib/Either.js';
import { describe, expect, it } from 'vitest';
import { readResultLine } from '../../src/followup';
import { batchResults } from './results';

const good = () => JSON.parse(JSON.stringify(batchResults(3, 0, 1).results[0]!)) as Record<string, unknown>;

describe('a result line the reader cannot read', () => {
  it('is a fault with the JSON path of its first problem, never a throw', () => {
    const cases: ReadonlyArray<readonly [unknown, string]> = [
      [null, '(line)'],
      ['text', '(line)'],
      [{ ...good(), asOf: 20261120 }, 'asOf'],
      [{ ...good(), patient: [] }, 'patient'],
      [{ ...good(), summary: { invalidItems: -1 } }, 'summary.invalidItems'],
      [{ ...good(), discrepancies: [{ kind: 'dose', cosmic: ['C-1'], pascal: [''] }] }, 'discrepancies[0].pascal[0]'],
      [{ ...good(), deviations: [{ id: 'x', discrepancy: { kind: 'dose', cosmic: [], pascal: [] }, category: 'x', subcategory: 'läkemedel', riskBand: 'high', serious: true }] }, 'deviations[0].subcategory'],
      [{ ...good(), findings: [{ kind: 'avoid', rule: '', assessment: 'flagged' }] }, 'findings[0].rule'],
    ];
    for (const [value, path] of cases) {
      const read = readResultLine(value);
      expect(E.isLeft(read) && read.left.path).toBe(path);
    }
  });

  it('never quotes a personnummer, wherever it stands', () => {
    const read = readResultLine({ ...good(), patient: { id: '19121212-1212' }, unit: '19121212-1212 avd 3', doseDispensing: '19121212-1212' });
    expect(E.isLeft(read) && read.left.path).toBe('doseDispensing');
    expect(JSON.stringify(read)).not.toContain('19121212-1212');
  });
});
