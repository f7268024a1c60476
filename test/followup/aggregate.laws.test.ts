import * as E from 'fp-ts/lib/Either.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { aggregateOf, combineAggregates, EMPTY_AGGREGATE, followupReport, summaryLawsOf, type FollowupAggregate, type GroupCounts } from '../../src/followup';
import { shuffleWith } from '../arbitrary';
import { batchResults, factsOf } from './results';

const sum = (xs: Iterable<number>): number => [...xs].reduce((a, b) => a + b, 0);
const groupSums = (m: ReadonlyMap<unknown, GroupCounts>, f: (g: GroupCounts) => number): number => sum([...m.values()].map(f));

// One pool of generated results, reused: each property draws a slice of it.
const POOL = batchResults(2026, 0, 240);
const facts = POOL.results.map(factsOf);
const right = <T>(x: T) => E.right(x) as { readonly _tag: 'Right'; readonly right: T };

const arbSlice = fc.tuple(fc.nat(POOL.results.length - 1), fc.integer({ min: 1, max: 120 })).map(([start, n]) => ({ start, end: Math.min(POOL.results.length, start + n) }));

describe('the follow-up aggregate', () => {
  it('adds up to the batch totals: patients, discrepancies by kind, deviations by risk band, patients with discrepancies', () => {
    const a = aggregateOf(facts.map(right));
    expect(a.total.patients).toBe(POOL.summary.resultsWritten);
    expect(a.total.patientsWithDiscrepancies).toBe(POOL.summary.patients.withDiscrepancies);
    for (const [kind, n] of Object.entries(POOL.summary.tallies.discrepancies)) expect(a.discrepanciesByKind[kind] ?? 0).toBe(n);
    for (const [band, n] of Object.entries(POOL.summary.tallies.deviationsByRiskBand)) expect(a.total.deviationsByRiskBand[band] ?? 0).toBe(n);
    const laws = summaryLawsOf(a, JSON.parse(JSON.stringify(POOL.summary)));
    expect(E.isRight(laws) && laws.right.every((l) => l.holds)).toBe(true);
  });

  it('adds up within itself for any run of patients: every breakdown sums to the total', () => {
    fc.assert(
      fc.property(arbSlice, ({ start, end }) => {
        const part = facts.slice(start, end);
        const a = aggregateOf(part.map(right));
        const t = a.total;
        expect(t.patients).toBe(part.length);
        for (const by of [a.byUnit, a.byMunicipality, a.byMonth] as ReadonlyArray<ReadonlyMap<unknown, GroupCounts>>) {
          expect(groupSums(by, (g) => g.patients)).toBe(t.patients);
          expect(groupSums(by, (g) => g.discrepancies)).toBe(t.discrepancies);
          expect(groupSums(by, (g) => g.deviations)).toBe(t.deviations);
          expect(groupSums(by, (g) => g.serious)).toBe(t.serious);
          expect(groupSums(by, (g) => g.findings)).toBe(t.findings);
          expect(groupSums(by, (g) => g.indicators.palliative)).toBe(t.indicators.palliative);
        }
        expect(sum(Object.values(a.discrepanciesByKind))).toBe(t.discrepancies);
        expect(sum(Object.values(a.deviationsByKind))).toBe(t.deviations);
        expect(sum(Object.values(a.deviationsByCategory))).toBe(t.deviations);
        expect(sum(Object.values(a.deviationsBySubcategory))).toBe(t.deviations);
        expect(sum(Object.values(t.deviationsByRiskBand))).toBe(t.deviations);
        expect(sum(Object.values(a.findingsByKind))).toBe(t.findings);
        expect(sum(Object.values(a.findingsByRule))).toBe(t.findings);
        expect(sum(Object.values(a.findingsNotAssessableByRule))).toBe(t.findingsNotAssessable);
        expect(t.indicators.olderWithDrugToAvoid).toBeLessThanOrEqual(t.indicators.older);
        expect(t.indicators.palliativeBoth).toBeLessThanOrEqual(Math.min(t.indicators.palliativeOpioid, t.indicators.palliativeAnxiolytic));
        expect(t.indicators.doseDispensedAgreeing).toBeLessThanOrEqual(t.indicators.doseDispensed);
      }),
      { numRuns: 40 },
    );
  });

  it('is the same folded whole or in two parts combined, with the empty aggregate as unit', () => {
    fc.assert(
      fc.property(arbSlice, fc.nat(), ({ start, end }, cut) => {
        const part = facts.slice(start, end).map(right);
        const at = cut % (part.length + 1);
        const whole = aggregateOf(part);
        const split = combineAggregates(aggregateOf(part.slice(0, at)), aggregateOf(part.slice(at)));
        const report = (a: FollowupAggregate) => followupReport(a, { inputs: ['r.ndjson'] });
        expect(report(split)).toEqual(report(whole));
        expect(report(combineAggregates(EMPTY_AGGREGATE, whole))).toEqual(report(whole));
        expect(report(combineAggregates(whole, EMPTY_AGGREGATE))).toEqual(report(whole));
      }),
      { numRuns: 40 },
    );
  });

  it('does not depend on the order of the patients', () => {
    fc.assert(
      fc.property(arbSlice, fc.array(fc.nat(), { minLength: 120, maxLength: 120 }), ({ start, end }, choices) => {
        const part = facts.slice(start, end);
        const report = (xs: ReadonlyArray<(typeof part)[number]>) => followupReport(aggregateOf(xs.map(right)), { inputs: ['r.ndjson'] });
        expect(report(shuffleWith(part, choices))).toEqual(report(part));
      }),
      { numRuns: 30 },
    );
  });
});
