import * as E from 'fp-ts/lib/Either.js';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { bundleTexts } from '../../examples/fhir/make-bundles';
import { parseJournal, parsePrescriptionList } from '../../src/decode';
import { fromFhir, listToFhir, parseFhirBundle } from '../../src/fhir';
import { samePatient } from '../../src/model';
import { reconcile } from '../../src/reconcile';
import { EXAMPLE_DISCREPANCIES } from '../reconcile/reconcile-docs';
import { bareDiscrepancy, bareLine } from '../reconcile/without-items';

const AS_OF = '2026-11-20';

const jsonPair = () => {
  const journal = parseJournal(readFileSync('examples/data/cosmic-export.json', 'utf8'));
  const list = parsePrescriptionList(readFileSync('examples/data/pascal-export.json', 'utf8'));
  if (E.isLeft(journal) || E.isLeft(list)) throw new Error('the example pair must decode');
  return { journal: journal.right, list: list.right };
};

const fhirPair = () => {
  const journal = parseFhirBundle(readFileSync('examples/fhir/cosmic-bundle.json', 'utf8'), { source: 'cosmic', file: 'cosmic-bundle.json' });
  const list = parseFhirBundle(readFileSync('examples/fhir/pascal-bundle.json', 'utf8'), { source: 'pascal', file: 'pascal-bundle.json' });
  if (E.isLeft(journal) || E.isLeft(list)) throw new Error('the committed bundles must decode');
  return { journal: journal.right, list: list.right };
};

const withoutIndex = <T extends { readonly index: number }>(items: ReadonlyArray<T>) => items.map(({ index: _index, ...rest }) => rest);

describe('the example pair as FHIR bundles (examples/fhir)', () => {
  it('are what examples/fhir/make-bundles.ts writes (run it with tsx after changing the pair or the export)', () => {
    const { cosmic, pascal } = bundleTexts();
    expect(readFileSync('examples/fhir/cosmic-bundle.json', 'utf8')).toBe(cosmic);
    expect(readFileSync('examples/fhir/pascal-bundle.json', 'utf8')).toBe(pascal);
  });

  it('reconciled from FHIR on 2026-11-20 give exactly the five documented discrepancies', () => {
    const { journal, list } = fhirPair();
    expect(journal.invalid).toEqual([]);
    expect(list.invalid).toEqual([]);
    const result = reconcile(journal, list, { asOf: AS_OF });
    if (E.isLeft(result)) throw new Error(result.left.message);
    expect(result.right.discrepancies.map((d) => ({ kind: d.kind, cosmic: d.cosmic, pascal: d.pascal }))).toEqual(EXAMPLE_DISCREPANCIES);
  });

  it('read back to the same items as the JSON exports: the round trip loses nothing', () => {
    const json = jsonPair();
    const fhir = fhirPair();
    expect(withoutIndex(fhir.journal.ordinations)).toEqual(withoutIndex(json.journal.ordinations));
    expect(withoutIndex(fhir.list.prescriptions)).toEqual(withoutIndex(json.list.prescriptions));
    expect(samePatient(fhir.journal.patient, json.journal.patient)).toBe(true);
    expect(fhir.list.doseDispensing).toBe(json.list.doseDispensing);
    expect(fhir.journal.exportedAt).toBe(json.journal.exportedAt);
  });

  it('reconcile to the same discrepancies, with the same values, as the JSON pair, and when the two kinds of input are mixed', () => {
    const json = jsonPair();
    const fhir = fhirPair();
    const run = (j: typeof json.journal, l: typeof json.list) => {
      const r = reconcile(j, l, { asOf: AS_OF });
      if (E.isLeft(r)) throw new Error(r.left.message);
      return r.right;
    };
    // Compared with their items named by id: an item read from FHIR has its place in the Bundle, not in the JSON.
    const discrepancies = (r: ReturnType<typeof run>) => r.discrepancies.map(bareDiscrepancy);
    const fromJson = run(json.journal, json.list);
    expect(discrepancies(run(fhir.journal, fhir.list))).toEqual(discrepancies(fromJson));
    expect(discrepancies(run(fhir.journal, json.list))).toEqual(discrepancies(fromJson));
    expect(discrepancies(run(json.journal, fhir.list))).toEqual(discrepancies(fromJson));
    expect(run(fhir.journal, fhir.list).lines.map(bareLine)).toEqual(fromJson.lines.map(bareLine));
  });

  it('survive a second round trip unchanged', () => {
    const { journal } = fhirPair();
    const again = fromFhir(JSON.parse(JSON.stringify(listToFhir(journal))), { source: 'cosmic' });
    expect(E.isRight(again) && withoutIndex(again.right.ordinations)).toEqual(withoutIndex(journal.ordinations));
  });
});

describe('the complete example of the README', () => {
  it('is examples/fhir/readme-example.json, and reads and reconciles as the README says', () => {
    const readme = readFileSync('README.md', 'utf8');
    const section = readme.slice(readme.indexOf('### A complete example'));
    const block = /```json\n([\s\S]*?)\n```/u.exec(section)?.[1];
    const text = readFileSync('examples/fhir/readme-example.json', 'utf8');
    expect(JSON.parse(block ?? 'null')).toEqual(JSON.parse(text));
    const list = parseFhirBundle(text, { source: 'pascal', file: 'readme-example.json' });
    if (E.isLeft(list)) throw new Error(list.left.message);
    expect(list.right.invalid).toEqual([]);
    const result = reconcile(jsonPair().journal, list.right, { asOf: AS_OF });
    if (E.isLeft(result)) throw new Error(result.left.message);
    const agreed = result.right.lines.filter((l) => l.status === 'agreed').map((l) => [l.items.cosmic.map((i) => i.id), l.items.pascal.map((i) => i.id)]);
    expect(agreed).toEqual([[['C-2'], ['P-2']], [['C-5'], ['P-9']]]);
    expect(new Set(result.right.discrepancies.map((d) => d.kind))).toEqual(new Set(['missing-in-pascal']));
  });
});
