import { describe, expect, it } from 'vitest';
import { classifyDiscrepancy } from '../../src/classify';
import type { Discrepancy } from '../../src/diff';
import type { IsoDate, ItemId } from '../../src/model';
import { AS_OF } from './arbitrary';

describe('classifying a discrepancy whose items are not at hand', () => {
  // Built by hand, as an older caller might: ids that name items the discrepancy does not carry.
  const d: Discrepancy = { kind: 'dose', drug: 'furosemid', cosmic: ['C-404' as ItemId], pascal: ['P-404' as ItemId], values: { cosmic: null, pascal: null }, items: { cosmic: [], pascal: [] } };
  const v = classifyDiscrepancy(d, { asOf: AS_OF as IsoDate });

  it('still gives exactly one deviation, judged on the kind alone', () => {
    expect(v).toMatchObject({ id: 'dose:C-404:P-404', consequence: 3, probability: 2, riskScore: 6, serious: false });
  });

  it('says the high-alert check could not be made rather than guessing', () => {
    expect(v.basis).toMatchObject({ highAlert: { kind: 'unknown' }, doseDispensed: false, activeNow: false });
  });

  it('claims no intent and names no list to update', () => {
    expect(v.intent).toEqual({ kind: 'unexplained', changedMostRecently: null, documentedBy: [], evidence: [] });
    expect(v.action.sv).toContain('den lista som inte stämmer');
  });
});
