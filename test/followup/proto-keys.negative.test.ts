/** A category or rule named `__proto__` is counted like any other (issue 10 §7). */
import * as E from 'fp-ts/lib/Either.js';
import { describe, expect, it } from 'vitest';
import { aggregateOf, combineAggregates, followupReport, patientFacts } from '../../src/followup';
import { batchResults } from './results';

describe('report aggregates', () => {
  it('keep a deviation category and a finding rule named __proto__ (counted in a Map, never assigned to an object)', () => {
    const result = JSON.parse(JSON.stringify(batchResults(7, 0, 12).results.find((r) => r.deviations.length > 0 && r.findings.length > 0)!)) as Record<string, unknown>;
    const deviations = result['deviations'] as Array<Record<string, unknown>>;
    const findings = result['findings'] as Array<Record<string, unknown>>;
    for (const d of deviations) d['category'] = '__proto__';
    for (const f of findings) f['rule'] = '__proto__';
    const facts = patientFacts(result, 1);
    expect(E.isRight(facts)).toBe(true);
    const one = aggregateOf([facts]);
    const total = combineAggregates(one, one);
    expect(Object.hasOwn(total.deviationsByCategory, '__proto__')).toBe(true);
    expect(total.deviationsByCategory['__proto__']).toBe(2 * deviations.length);
    expect(total.findingsByRule['__proto__']).toBe(2 * findings.length);
    expect(Object.getPrototypeOf(total.deviationsByCategory)).toBe(Object.prototype);
    const report = followupReport(total, { inputs: ['r.ndjson'] });
    expect(JSON.stringify(report)).toContain('__proto__');
  });
});
