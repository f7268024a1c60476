import * as E from 'fp-ts/lib/Either.js';
import { describe, expect, it } from 'vitest';
import { observationOf } from '../../src/register';

// A result line as `medrec batch` writes it, reduced to what the reader of result lines requires.
const line = (o: Record<string, unknown>) => ({ asOf: '2026-11-20', patient: { id: '19121212-1212', municipality: 'Karlstad' }, summary: { invalidItems: 0 }, discrepancies: [], deviations: [], findings: [], ...o });

describe('result lines the register cannot read', () => {
  it('say the JSON path and what was expected, and never quote the patient', () => {
    const cases: ReadonlyArray<readonly [unknown, string]> = [
      [[], '(line)'],
      [line({ asOf: '20 november' }), 'asOf'],
      [line({ patient: { municipality: 'Karlstad' } }), 'patient.id'],
      [line({ deviations: {} }), 'deviations'],
      [line({ deviations: [{ id: 'dose:C-1:P-1', discrepancy: { kind: 'dose', cosmic: ['C-1'], pascal: ['P-1'] }, riskBand: 'extreme', serious: true, category: 'x', subcategory: 'ordination' }] }), 'deviations[0].riskBand'],
      [line({ deviations: [{ id: 'dose:C-1:P-1', discrepancy: { kind: 'dose', cosmic: ['C-1'], pascal: ['P-1'] }, riskBand: 'high', serious: true, category: 'x', subcategory: 'ordination' }] }), 'deviations[0].discrepancy'],
      [line({ discrepancies: [{ kind: 'dose', drug: 'furosemid', cosmic: ['C-1'], pascal: 'P-1' }] }), 'discrepancies[0].pascal'],
    ];
    for (const [value, path] of cases) {
      const read = observationOf(value);
      expect(E.isLeft(read) && read.left.path).toBe(path);
      expect(JSON.stringify(read)).not.toContain('19121212-1212');
    }
  });
});
