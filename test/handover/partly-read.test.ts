import * as E from 'fp-ts/lib/Either.js';
import { describe, expect, it } from 'vitest';
import { handoverList, parsePreviousList } from '../../src/handover';
import { renderHandoverHtml, renderText, toHandoverJson, toJson } from '../../src/render';
import { dose, doses, journal, ordination, prescription, prescriptionList, product } from '../builders';
import { reconcileDocs } from '../reconcile/reconcile-docs';

// Graceful degradation (issue 11, §2): an item with an unreadable field stays on its line, the field
// unknown; every output lists the problem, and the handover list is not valid until someone has looked.

const furix = product('Furix 40 mg tablett', 'furosemid', 40, 'mg', 'tablett', { nplId: '19650410000016', atc: 'C03CA01' });
const morning = doses('1 tablett på morgonen', dose('08:00'));

const result = () =>
  reconcileDocs(
    journal(ordination('C-1', furix, doses('1 tablett kl 8', dose('8.00')), { route: 'oral', purpose: 'mot ödem' })),
    prescriptionList(prescription('P-1', furix, morning, { purpose: 'mot ödem', route: 12 })),
  );

describe('a furosemid ordination with its dose time written 8.00 and a prescription with an unreadable route', () => {
  it('pairs the two on one line, not comparable in dosage and route, each problem with its item and path', () => {
    const r = result();
    expect(r.lines.map((l) => [l.items.cosmic.map((i) => i.id), l.items.pascal.map((i) => i.id)])).toEqual([[['C-1'], ['P-1']]]);
    expect(r.invalid).toEqual([]);
    expect(r.problems.map((p) => [p.source, p.id, p.path])).toEqual([
      ['cosmic', 'C-1', 'ordinations[0].dosage.doses[0].time'],
      ['pascal', 'P-1', 'prescriptions[0].route'],
    ]);
    expect(r.discrepancies.map((d) => [d.kind, d.values.cosmic, d.values.pascal])).toEqual([
      ['not-comparable', { dosage: '1 tablett kl 8', fields: ['dosage', 'route'], unknown: ['dosage'] }, { dosage: '1 tablett på morgonen', fields: ['dosage', 'route'], unknown: ['route'] }],
    ]);
  });

  it('lists the problems in the reconcile JSON and the text summary', () => {
    const r = result();
    const json = toJson(r);
    expect(json.summary.partlyReadItems).toBe(2);
    expect(json.problems.map((p) => p.id)).toEqual(['C-1', 'P-1']);
    const text = renderText(r);
    expect(text).toContain('Uppgifter som inte kunde läsas (2 poster, jämförda som okända)');
    expect(text).toContain('Journal C-1: ordinations[0].dosage.doses[0].time: expected HH:MM, got "8.00"');
    expect(text).toContain('Går inte att jämföra (dosering, administreringssätt): furosemid');
  });

  it('keeps the handover list not valid, and shows the unreadable fields in its JSON and printed list', () => {
    const list = handoverList(result());
    if (E.isLeft(list)) throw new Error(list.left.message);
    expect(list.right.validity).toEqual({ kind: 'not-valid', needsDecision: 1, unreadable: 0, partlyRead: 2 });
    const json = toHandoverJson(list.right);
    expect(json.problems.map((p) => p.path)).toEqual(['ordinations[0].dosage.doses[0].time', 'prescriptions[0].route']);
    expect(json.lines[0]!.columns.route).toEqual({ kind: 'differs', cosmic: ['oral'], pascal: [{ kind: 'unknown' }] });
    expect(json.lines[0]!.columns.dose).toMatchObject({ cosmic: [{ kind: 'unknown', text: '1 tablett kl 8' }] });
    const html = renderHandoverHtml(list.right);
    expect(html).toContain('Uppgifter som inte kunde läsas (2 poster)');
    expect(html).toContain('prescriptions[0].route');
    expect(html).toContain('oläslig (kunde inte läsas)');
    expect(html).toContain('uppgifter i 2 poster kunde inte läsas');
    // Read back as the previous list of a later run.
    expect(E.isRight(parsePreviousList(JSON.stringify(json)))).toBe(true);
  });
});
