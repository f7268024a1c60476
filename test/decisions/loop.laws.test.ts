import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyCorrections, type DecisionChoice } from '../../src/decisions';
import type { Reconciliation } from '../../src/reconcile';
import { generatePatient } from '../../src/synthetic';
import { AS_OF } from '../arbitrary';
import { decideOrFail, decodeBoth, documentOn, ids, reconcileLists } from './fixtures';

type Strategy = 'cosmic' | 'pascal' | 'stop';

/**
 * A decision for every deviation, one strategy per line (the journal is right, Pascal is right, or
 * stop on both), so that the decisions on one drug agree with each other: a duplicate keeps the
 * first copy of the side that holds two and the other side's item; a text that disagrees with its
 * own item keeps the structured dose.
 */
const decisionsFor = (r: Reconciliation, strategies: ReadonlyArray<Strategy>) => {
  const choices = new Map<string, DecisionChoice>();
  for (const d of r.deviations) {
    const disc = d.discrepancy;
    const line = r.lines.findIndex((l) => [...disc.cosmic, ...disc.pascal].some((id) => l.cosmic.includes(id) || l.pascal.includes(id)));
    const strategy = strategies[Math.max(0, line) % strategies.length] ?? 'cosmic';
    if (strategy === 'stop') choices.set(d.id, { choice: 'stop' });
    else if (disc.kind === 'duplicate') {
      const doubled = disc.cosmic.length > 1 ? 'cosmic' : 'pascal';
      const other = doubled === 'cosmic' ? disc.pascal : disc.cosmic;
      choices.set(d.id, { choice: 'keep', keep: ids([disc[doubled][0]!, ...other]) });
    } else if (disc.kind === 'text-mismatch') choices.set(d.id, { choice: disc.cosmic.length > 0 ? 'cosmic' : 'pascal' });
    else choices.set(d.id, { choice: strategy });
  }
  return choices;
};

describe('the loop closes: corrections made in both systems leave nothing to decide', () => {
  it('on generated patients: apply the corrections, reconcile again, no discrepancy is left, and every decision is done', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 100_000 }), fc.array(fc.constantFrom<Strategy>('cosmic', 'pascal', 'stop'), { minLength: 1, maxLength: 8 }), (index, strategies) => {
        const patient = generatePatient(7, index, { asOf: AS_OF });
        const lists = decodeBoth(patient.line.cosmic, patient.line.pascal);
        const r = reconcileLists(lists);
        const doc = documentOn(r, decisionsFor(r, strategies));
        const decided = decideOrFail(r, [doc]);
        expect(decided.problems).toEqual([]);
        expect(decided.validity.kind).toBe(r.invalid.length > 0 ? 'not-valid' : r.deviations.length === 0 ? 'signed' : 'signed');
        const after = reconcileLists(applyCorrections(lists, decided.corrections));
        expect(after.discrepancies.map((d) => `${d.kind}:${d.cosmic.join(',')}:${d.pascal.join(',')} ${JSON.stringify(d.values)}`)).toEqual([]);
        const next = decideOrFail(after, [doc]);
        expect(next.problems).toEqual([]);
        expect(next.decisions.map((d) => d.state).filter((s) => s !== 'done')).toEqual([]);
        expect(next.corrections).toEqual([]);
      }),
      { numRuns: 60 },
    );
  }, 60_000); // generous: 60 generated patients reconciled twice each on a shared 2-core machine
});
