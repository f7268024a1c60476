import * as E from 'fp-ts/lib/Either.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { changesSince, handoverList, parsePreviousList, type HandoverList } from '../../src/handover';
import type { Reconciliation } from '../../src/reconcile';
import { renderHandoverHtml, toHandoverJson } from '../../src/render';
import { arbAgreeingPair, arbPair, decodePair, reconcilePair } from '../classify/arbitrary';

const listOf = (r: Reconciliation): HandoverList => {
  const list = handoverList(r);
  if (E.isLeft(list)) throw new Error(list.left.message);
  return list.right;
};

describe('the handover list, for any pair made from the example', () => {
  it('every input item appears exactly once: on one line, or among the items that could not be read', () => {
    fc.assert(
      fc.property(arbPair, (pair) => {
        const { journal, list: prescriptions } = decodePair(pair);
        const list = listOf(reconcilePair(pair));
        const listed = [
          ...[...list.lines, ...list.inactive].flatMap((l) => [...l.items.cosmic.map((i) => `cosmic ${i.id}`), ...l.items.pascal.map((i) => `pascal ${i.id}`)]),
          ...list.invalid.map((i) => `${i.source} ${i.id ?? `#${i.index}`}`),
        ].sort();
        const input = [
          ...pair.cosmic.ordinations.map((o, k) => `cosmic ${(o['ordinationId'] as string | undefined) ?? `#${k}`}`),
          ...pair.pascal.prescriptions.map((p, k) => `pascal ${(p['prescriptionId'] as string | undefined) ?? `#${k}`}`),
        ].sort();
        expect(listed).toEqual(input);
        expect(journal.ordinations.length + prescriptions.prescriptions.length + list.invalid.length).toBe(input.length);
      }),
      { numRuns: 150 },
    );
  });

  it('a line needs a decision exactly when a deviation is attached to it, and the list is not valid while one does', () => {
    fc.assert(
      fc.property(arbPair, (pair) => {
        const list = listOf(reconcilePair(pair));
        for (const l of [...list.lines, ...list.inactive]) expect(l.status === 'needs-decision').toBe(l.deviations.length > 0);
        const needsDecision = list.lines.some((l) => l.status === 'needs-decision');
        if (needsDecision) expect(list.validity.kind).toBe('not-valid');
        expect(renderHandoverHtml(list).includes('class="validity-warning"')).toBe(list.validity.kind === 'not-valid');
      }),
      { numRuns: 100 },
    );
  });

  it('is the same, to the byte, whatever the order of the items (unreadable items and fields aside: their index and path are positions)', () => {
    fc.assert(
      fc.property(arbPair, (pair) => {
        fc.pre(reconcilePair(pair).invalid.length === 0 && reconcilePair(pair).problems.length === 0);
        const reversed = {
          cosmic: { ...pair.cosmic, ordinations: [...pair.cosmic.ordinations].reverse() },
          pascal: { ...pair.pascal, prescriptions: [...pair.pascal.prescriptions].reverse() },
        };
        const a = listOf(reconcilePair(pair));
        const b = listOf(reconcilePair(reversed));
        expect(JSON.stringify(toHandoverJson(b))).toBe(JSON.stringify(toHandoverJson(a)));
        expect(renderHandoverHtml(b)).toBe(renderHandoverHtml(a));
      }),
      { numRuns: 60 },
    );
  });

  it('a list compared with itself, read back from its JSON, has no changes', () => {
    fc.assert(
      fc.property(arbPair, (pair) => {
        const list = listOf(reconcilePair(pair));
        const previous = parsePreviousList(JSON.stringify(toHandoverJson(list)));
        if (E.isLeft(previous)) throw new Error(previous.left.message);
        expect(changesSince(previous.right, [...list.lines, ...list.inactive]).entries).toEqual([]);
      }),
      { numRuns: 100 },
    );
  });
});

describe('a list with no discrepancies', () => {
  it('has no needs-decision line and no validity warning', () => {
    fc.assert(
      fc.property(arbAgreeingPair, (pair) => {
        const r = reconcilePair(pair);
        expect(r.discrepancies).toEqual([]);
        const list = listOf(r);
        expect([...list.lines, ...list.inactive].filter((l) => l.status === 'needs-decision')).toEqual([]);
        expect(list.validity).toEqual({ kind: 'to-be-signed' });
        const html = renderHandoverHtml(list);
        expect(html).not.toContain('class="validity-warning"');
        expect(html).not.toContain('inte giltig');
      }),
      { numRuns: 100 },
    );
  });
});
