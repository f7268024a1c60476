import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyCorrections, type DecisionChoice } from '../../src/decisions';
import type { Reconciliation } from '../../src/reconcile';
import { generatePatient } from '../../src/synthetic';
import { arbDecidedPatient, AS_OF, type DecisionStrategy } from '../arbitrary';
import { decideOrFail, decodeBoth, documentOn, ids, reconcileLists } from './fixtures';

type Strategy = DecisionStrategy;

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
    const line = r.lines.findIndex((l) => l.discrepancies.includes(disc));
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
      fc.property(arbDecidedPatient(), ({ index, strategies }) => {
        const patient = generatePatient(7, index, { asOf: AS_OF });
        const lists = decodeBoth(patient.line.cosmic, patient.line.pascal);
        const r = reconcileLists(lists);
        const doc = documentOn(r, decisionsFor(r, strategies));
        const decided = decideOrFail(r, [doc]);
        expect(decided.problems).toEqual([]);
        expect(decided.validity.kind).toBe(r.invalid.length > 0 ? 'not-valid' : 'signed');
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

  it('a decision made on other values is never applied: a wrong fingerprint makes it stale, with no correction and the list not valid', () => {
    fc.assert(
      fc.property(arbDecidedPatient(), fc.nat(), ({ index, strategies }, pick) => {
        const patient = generatePatient(7, index, { asOf: AS_OF });
        const r = reconcileLists(decodeBoth(patient.line.cosmic, patient.line.pascal));
        fc.pre(r.deviations.length > 0);
        const doc = documentOn(r, decisionsFor(r, strategies));
        const victim = doc.decisions[pick % doc.decisions.length]!;
        const tampered = { ...doc, decisions: doc.decisions.map((d) => (d === victim ? { ...d, fingerprint: 'v1:0000000000000000' as typeof d.fingerprint } : d)) };
        const decided = decideOrFail(r, [tampered]);
        expect(decided.decisions.find((d) => d.deviation === victim.deviation)?.state).toBe('stale');
        expect(decided.corrections.filter((c) => c.deviation === victim.deviation)).toEqual([]);
        expect(decided.validity.kind).toBe('not-valid');
      }),
      { numRuns: 40 },
    );
  }, 60_000); // generous: 40 generated patients on a shared 2-core machine
});
