import * as E from 'fp-ts/lib/Either.js';
import { describe, expect, it } from 'vitest';
import { fromFhir, type DecodedList } from '../../src/fhir';
import { reconcile } from '../../src/reconcile';
import { discrepancyText } from '../../src/render';
import { bundle, medication, request, statement, timed } from '../fhir/builders';

// A patient in palliative care with a morphine infusion (morfin 1 mg/ml) through a pump: the journal
// and the e-prescription list each say how fast it runs.
const AS_OF = '2026-11-20';

const morphine = medication('Morfin 1 mg/ml injektionsvätska', 'morfin', 1, 'mg', {
  form: { text: 'injektionsvätska, lösning' },
  ingredient: [{ itemCodeableConcept: { text: 'morfin' }, isActive: true, strength: { numerator: { value: 1, unit: 'mg' }, denominator: { value: 1, unit: 'ml' } } }],
});
const morphineTablet = medication('Morfin 10 mg tablett', 'morfin', 10);

const infusion = (text: string, value: number, unit: string) => ({ text, route: { text: 'intravenös' }, doseAndRate: [{ rateQuantity: { value, unit } }] });

const read = (doc: Record<string, unknown>, source: 'cosmic' | 'pascal'): DecodedList => {
  const list = fromFhir(doc, { source });
  if (E.isLeft(list)) throw new Error(list.left.message);
  return list.right;
};

/** The discrepancies about morphine, the journal saying `cosmic` and the e-prescription list `pascal`. */
const reconciled = (cosmic: Record<string, unknown>, pascal: Record<string, unknown>) => {
  const journal = read(bundle(cosmic), 'cosmic');
  const list = read(bundle(pascal), 'pascal');
  if (journal.source !== 'cosmic' || list.source !== 'pascal') throw new Error('one list of each');
  const result = reconcile(journal, list, { asOf: AS_OF });
  if (E.isLeft(result)) throw new Error(result.left.message);
  return result.right.discrepancies.filter((d) => d.drug === 'morfin');
};

describe('a morphine infusion on both lists', () => {
  it('2 mg an hour in the journal and 2 ml an hour of 1 mg/ml on the e-prescription agree', () => {
    expect(
      reconciled(
        statement('ms-1', morphine, [infusion('morfin 2 mg/timme', 2, 'mg/h')]),
        request('rx-1', morphine, [infusion('morfin 2 ml/timme', 2, 'ml/h')]),
      ),
    ).toEqual([]);
  });

  it('the same rate per day and per hour agree: 48 mg a day is 2 mg an hour', () => {
    expect(reconciled(statement('ms-1', morphine, [infusion('morfin 48 mg/dygn', 48, 'mg/d')]), request('rx-1', morphine, [infusion('morfin 2 mg/timme', 2, 'mg/h')]))).toEqual([]);
  });

  it('2 mg an hour against 4 mg an hour is a dose discrepancy that shows both rates', () => {
    const [found, ...rest] = reconciled(statement('ms-1', morphine, [infusion('morfin 2 mg/timme', 2, 'mg/h')]), request('rx-1', morphine, [infusion('morfin 4 mg/timme', 4, 'mg/h')]));
    expect(rest).toEqual([]);
    expect(found).toMatchObject({
      kind: 'dose',
      cosmic: ['ms-1'],
      pascal: ['rx-1'],
      values: {
        cosmic: { per: 'hour', amounts: [{ substance: 'morfin', value: 2000, unit: 'mikrog' }], dosage: 'morfin 2 mg/timme' },
        pascal: { per: 'hour', amounts: [{ substance: 'morfin', value: 4000, unit: 'mikrog' }], dosage: 'morfin 4 mg/timme' },
      },
    });
    expect(discrepancyText(found!)).toBe('Dosen skiljer: morfin. Journal: 2 mg per timme (morfin 2 mg/timme). Pascal: 4 mg per timme (morfin 4 mg/timme).');
  });

  it('an infusion against tablets is not comparable: both dosages shown, nothing guessed', () => {
    const found = reconciled(statement('ms-1', morphine, [infusion('morfin 2 mg/timme', 2, 'mg/h')]), request('rx-1', morphineTablet, [timed('1 tablett morgon', 1, ['08:00:00'])]));
    expect(found.filter((d) => d.kind === 'not-comparable' || d.kind === 'dose')).toEqual([
      expect.objectContaining({
        kind: 'not-comparable',
        values: { cosmic: { dosage: 'morfin 2 mg/timme', fields: ['dosage'], unknown: [] }, pascal: { dosage: '1 tablett morgon', fields: ['dosage'], unknown: [] } },
      }),
    ]);
  });

  it('a rate in ml an hour against one in mg an hour, with no strength to convert, is not comparable', () => {
    const noStrength = medication('Morfin injektionsvätska', 'morfin', 1, 'mg', { ingredient: [{ itemCodeableConcept: { text: 'morfin' }, isActive: true }] });
    const found = reconciled(statement('ms-1', noStrength, [infusion('morfin 2 mg/timme', 2, 'mg/h')]), request('rx-1', noStrength, [infusion('2 ml/timme', 2, 'ml/h')]));
    expect(found.map((d) => d.kind)).toEqual(['not-comparable']);
  });
});
