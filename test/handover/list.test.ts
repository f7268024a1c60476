import * as E from 'fp-ts/lib/Either.js';
import { describe, expect, it } from 'vitest';
import { handoverList, type HandoverLine, type HandoverList } from '../../src/handover';
import { examplePair, reconcilePair } from '../classify/arbitrary';

const exampleList = (): HandoverList => {
  const list = handoverList(reconcilePair(examplePair()));
  if (E.isLeft(list)) throw new Error(list.left.message);
  return list.right;
};

const line = (list: HandoverList, key: string): HandoverLine => {
  const found = [...list.lines, ...list.inactive].find((l) => l.key === key);
  if (found === undefined) throw new Error(`no line ${key}`);
  return found;
};

describe('the handover list of the shared example pair, on 2026-11-20', () => {
  const list = exampleList();

  it('is not valid as an ordination document: five lines need a decision', () => {
    expect(list.validity).toEqual({ kind: 'not-valid', needsDecision: 5, unreadable: 0, partlyRead: 0 });
  });

  it('lists the lines that need a decision first, then the agreed ones, then self-care', () => {
    expect(list.lines.map((l) => l.status)).toEqual([...Array(5).fill('needs-decision'), ...Array(4).fill('agreed'), 'not-on-prescription']);
    expect(list.inactive).toEqual([]);
  });

  it('shows both furosemid doses, by slot, and chooses neither', () => {
    const dose = line(list, 'furosemid').columns.dose;
    expect(dose.kind).toBe('differs');
    if (dose.kind !== 'differs') return;
    expect(dose.cosmic[0]).toMatchObject({ kind: 'scheduled', slots: { morning: [{ quantity: 1, unit: 'tablett' }], midday: [{ quantity: 1, unit: 'tablett' }] } });
    expect(dose.pascal[0]).toMatchObject({ kind: 'scheduled', slots: { morning: [{ quantity: 1, unit: 'tablett' }], midday: [] } });
  });

  it('shows both product names of generic equivalents (Furosemid Accord and Furix)', () => {
    expect(line(list, 'furosemid').columns.product).toEqual({ kind: 'differs', cosmic: ['Furosemid Accord 40 mg tablett'], pascal: ['Furix 40 mg tablett'] });
  });

  it('shows the metformin dose once: 20:00 and 18:00 are both evening doses', () => {
    expect(line(list, 'metformin').columns.dose.kind).toBe('same');
  });

  it('shows zopiklon stopped in the journal and active in Pascal, with the date and reason', () => {
    expect(line(list, 'zopiklon').columns.state).toEqual({
      kind: 'differs',
      cosmic: [{ kind: 'discontinued', date: '2026-11-15', reason: 'fallrisk, dagtrötthet' }],
      pascal: [{ kind: 'active', date: null, reason: null }],
    });
  });

  it('gives oxikodon its as-needed dose with the maximum per day, from the journal only', () => {
    expect(line(list, 'oxikodon').columns.asNeeded).toEqual({
      kind: 'one-side',
      source: 'cosmic',
      value: [{ quantity: 1, unit: 'kapsel', maxPerDay: 4, minIntervalHours: 4, indication: 'smärta' }],
    });
  });

  it('marks paracetamol as self-care, not on prescription', () => {
    expect(line(list, 'paracetamol')).toMatchObject({ status: 'not-on-prescription', supply: ['self-care'], deviations: [] });
  });

  it('attaches each deviation to its line', () => {
    expect(line(list, 'zopiklon').deviations).toEqual(['status:C-4:P-4']);
    expect(line(list, 'levotyroxin').deviations).toEqual(['strength:C-9:P-7']);
    const enalapril = line(list, 'enalapril + hydroklortiazid');
    expect(enalapril).toMatchObject({ status: 'agreed', deviations: [] });
    expect([enalapril.items.cosmic.map((i) => i.id), enalapril.items.pascal.map((i) => i.id)]).toEqual([['C-7', 'C-8'], ['P-6']]);
  });

  it('carries the deviations highest risk first, zopiklon and furosemid above Levaxin', () => {
    const ids = list.deviations.map((d) => d.id);
    expect(ids.indexOf('status:C-4:P-4')).toBeLessThan(ids.indexOf('strength:C-9:P-7'));
    expect(ids.indexOf('dose:C-2:P-2')).toBeLessThan(ids.indexOf('strength:C-9:P-7'));
  });
});
