import * as E from 'fp-ts/lib/Either.js';
import { describe, expect, it } from 'vitest';
import { patientFacts } from '../../src/followup';
import { batchResults } from './results';

const { results } = batchResults(3, 0, 2);
const good = () => JSON.parse(JSON.stringify(results[0]!)) as Record<string, unknown>;

const problem = (value: unknown) => {
  const read = patientFacts(value, 12);
  if (E.isRight(read)) throw new Error('expected a problem');
  return read.left;
};

describe('a result line follow-up cannot read', () => {
  it('is not an object', () => {
    expect(problem([1, 2])).toEqual({ line: 12, path: '(line)', message: 'expected an object, got an array' });
  });

  it('lacks the clinical checks: written by an older medrec', () => {
    const v = good();
    delete v['checks'];
    expect(problem(v)).toMatchObject({ path: 'checks', message: expect.stringContaining('run medrec batch again') });
  });

  it('has a date that is not one', () => {
    expect(problem({ ...good(), asOf: '2026-02-30' })).toMatchObject({ path: 'asOf', message: 'expected a date YYYY-MM-DD, got "2026-02-30"' });
  });

  it('has a discrepancy kind, risk band or finding kind that does not exist, with its path', () => {
    const v = good();
    (v['discrepancies'] as Array<Record<string, unknown>>).splice(0, 0, { kind: 'mystery' });
    expect(problem(v)).toMatchObject({ path: 'discrepancies[0].kind' });
    const w = good();
    w['deviations'] = [{ discrepancy: { kind: 'dose' }, category: 'x', subcategory: 'ordination', riskBand: 'extreme', serious: true }];
    expect(problem(w)).toMatchObject({ path: 'deviations[0].riskBand' });
    const x = good();
    x['findings'] = [{ kind: 'avoid', rule: 'avoid-tramadol', assessment: 'maybe' }];
    expect(problem(x)).toMatchObject({ path: 'findings[0].assessment' });
  });

  it('never echoes a personnummer found where a name should be', () => {
    const p = problem({ ...good(), unit: 42, asOf: '19121212-1212' });
    expect(p.message).not.toContain('19121212-1212');
    expect(p.message).toContain('[personnummer]');
  });
});
