import * as E from 'fp-ts/lib/Either.js';
import { describe, expect, it } from 'vitest';
import { fromFhir, type DecodedList } from '../../src/fhir';
import { decodePreviousList, handoverList } from '../../src/handover';
import { reconcile } from '../../src/reconcile';
import { renderHandoverHtml, renderText, toHandoverJson } from '../../src/render';
import { renderReviewPage } from '../../src/review';
import { bundle, medication, request, statement } from '../fhir/builders';

// A morphine infusion of 2 ml an hour (1 mg/ml) on both lists, handed over to municipal care.
const AS_OF = '2026-11-20';
const morphine = medication('Morfin 1 mg/ml injektionsvätska', 'morfin', 1, 'mg', {
  form: { text: 'injektionsvätska, lösning' },
  ingredient: [{ itemCodeableConcept: { text: 'morfin' }, isActive: true, strength: { numerator: { value: 1, unit: 'mg' }, denominator: { value: 1, unit: 'ml' } } }],
});
const infusion = (value: number) => [{ route: { text: 'intravenös' }, doseAndRate: [{ rateQuantity: { value, unit: 'ml/h' } }] }];

const read = (doc: Record<string, unknown>, source: 'cosmic' | 'pascal'): DecodedList => {
  const list = fromFhir(doc, { source });
  if (E.isLeft(list)) throw new Error(list.left.message);
  return list.right;
};

const reconciled = (cosmicRate: number, pascalRate: number) => {
  const journal = read(bundle(statement('ms-1', morphine, infusion(cosmicRate))), 'cosmic');
  const list = read(bundle(request('rx-1', morphine, infusion(pascalRate))), 'pascal');
  if (journal.source !== 'cosmic' || list.source !== 'pascal') throw new Error('one list of each');
  const result = reconcile(journal, list, { asOf: AS_OF });
  if (E.isLeft(result)) throw new Error(result.left.message);
  return result.right;
};

describe('an infusion rate on the lists, in Swedish', () => {
  it('the handover list shows "2 ml/timme kontinuerligt" (HTML and review page) and its JSON carries the rate, which reads back as a previous list', () => {
    const r = reconciled(2, 2);
    const h = handoverList(r);
    if (E.isLeft(h)) throw new Error('a handover list');
    expect(renderHandoverHtml(h.right)).toContain('2 ml/timme kontinuerligt');
    expect(renderReviewPage(r)).toContain('2 ml/timme kontinuerligt');
    const json = toHandoverJson(h.right);
    expect(JSON.stringify(json)).toContain('{"kind":"rate","rate":{"quantity":2,"unit":"ml","per":"h"}}');
    expect(E.isRight(decodePreviousList(JSON.parse(JSON.stringify(json))))).toBe(true);
  });

  it('the text report gives both rates of a dose discrepancy per hour', () => {
    const text = renderText(reconciled(2, 4));
    expect(text).toContain('Dosen skiljer: morfin');
    expect(text).toContain('Journal ms-1: 2 mg per timme (2 ml/timme)');
    expect(text).toContain('Pascal rx-1: 4 mg per timme (4 ml/timme)');
  });
});
