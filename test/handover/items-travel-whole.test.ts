import * as E from 'fp-ts/lib/Either.js';
import { describe, expect, it } from 'vitest';
import { decodeJournal, decodePrescriptionList } from '../../src/decode';
import { handoverList } from '../../src/handover';
import { reconcile } from '../../src/reconcile';
import { renderHandoverHtml, toHandoverJson } from '../../src/render';
import { exampleDocs } from '../reconcile/reconcile-docs';

// Issue #12: one item can be followed from decode to the handover list as one object, never looked up
// again by its id. The furosemid of the shared example pair: C-2 in the journal at 40 mg, P-2 on the
// e-prescription list at 20 mg, a dose discrepancy.
describe('the furosemid of the example pair, followed from decode to the handover list', () => {
  const { cosmic, pascal } = exampleDocs();
  const journal = decodeJournal(cosmic);
  const prescriptions = decodePrescriptionList(pascal);
  if (E.isLeft(journal) || E.isLeft(prescriptions)) throw new Error('the example pair did not decode');
  const result = reconcile(journal.right, prescriptions.right, { asOf: '2026-11-20' });
  if (E.isLeft(result)) throw new Error(result.left.message);
  const r = result.right;
  const c2 = journal.right.ordinations.find((o) => o.id === 'C-2')!;
  const p2 = prescriptions.right.prescriptions.find((p) => p.id === 'P-2')!;
  const line = r.lines.find((l) => l.items.cosmic.includes(c2))!;

  it('is on its reconciled line as the very object decode made, with its counterpart', () => {
    expect(line.drug).toBe('furosemid');
    expect(line.items.cosmic[0]).toBe(c2);
    expect(line.items.pascal[0]).toBe(p2);
  });

  it('is carried by the line’s discrepancy and deviation, the same objects the result lists', () => {
    const [discrepancy] = line.discrepancies;
    const [deviation] = line.deviations;
    expect(discrepancy?.kind).toBe('dose');
    expect(discrepancy?.items.cosmic[0]).toBe(c2);
    expect(discrepancy?.items.pascal[0]).toBe(p2);
    expect(r.discrepancies).toContain(discrepancy);
    expect(deviation?.discrepancy).toBe(discrepancy);
    expect(r.deviations).toContain(deviation);
  });

  it('is on the handover line as the same object, and the HTML and JSON name it by its id', () => {
    const list = handoverList(r);
    if (E.isLeft(list)) throw new Error(list.left.message);
    const handed = list.right.lines.find((l) => l.drug === 'furosemid')!;
    expect(handed.items.cosmic[0]).toBe(c2);
    expect(handed.items.pascal[0]).toBe(p2);
    expect(handed.deviations).toEqual(line.deviations.map((d) => d.id));
    const json = toHandoverJson(list.right).lines.find((l) => l.drug === 'furosemid')!;
    expect([json.cosmic, json.pascal]).toEqual([['C-2'], ['P-2']]);
    expect(json).not.toHaveProperty('items');
    expect(renderHandoverHtml(list.right)).toContain('J C-2, P P-2');
  });

  it('is in exactly one line, as every decoded item is', () => {
    const onLines = r.lines.flatMap((l) => [...l.items.cosmic, ...l.items.pascal]);
    expect(onLines.filter((i) => i === c2)).toHaveLength(1);
    expect(new Set(onLines).size).toBe(r.items.cosmic.length + r.items.pascal.length);
  });
});
