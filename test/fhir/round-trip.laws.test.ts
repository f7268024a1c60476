import * as E from 'fp-ts/lib/Either.js';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { decodeJournal, decodePrescriptionList } from '../../src/decode';
import { fromFhir, listToFhir, toFhir } from '../../src/fhir';
import { reconcile } from '../../src/reconcile';
import { arbEquivalentPair, AS_OF, changeItem, exportsOf, INJECTIONS } from '../arbitrary';
import { loadR4, R4_LOAD_TIMEOUT_MS, r4Errors } from './validate';

const withoutIndex = <T extends { readonly index: number }>(items: ReadonlyArray<T>) => items.map(({ index: _index, ...rest }) => rest);

const decodedPair = (docs: { cosmic: unknown; pascal: unknown }) => {
  const journal = decodeJournal(docs.cosmic);
  const list = decodePrescriptionList(docs.pascal);
  if (E.isLeft(journal) || E.isLeft(list)) throw new Error('generated exports must decode');
  return { journal: journal.right, list: list.right };
};

// A pair, possibly with one change injected into one item of the journal, so that the laws also
// cover lists that differ.
const arbPair = arbEquivalentPair(8).chain(({ list, cosmicWritings, pascalWritings }) =>
  fc.record({ docs: fc.constant(exportsOf(list, cosmicWritings, pascalWritings)), change: fc.option(fc.tuple(fc.nat(), fc.constantFrom(...INJECTIONS.filter((i) => i === 'dose' || i === 'strength' || i === 'form' || i === 'route' || i === 'status')))) }),
).map(({ docs, change }) => {
  const ordinations = (docs.cosmic as { ordinations: Array<Record<string, unknown>> }).ordinations;
  if (change === null || ordinations.length === 0) return docs;
  const [n, kind] = change;
  const k = n % ordinations.length;
  return { ...docs, cosmic: { ...docs.cosmic, ordinations: ordinations.map((o, i) => (i === k ? changeItem(o, kind as 'dose') : o)) } };
});


// The R4 definitions are indexed once per file; see validate.ts for why the timeout is generous.
beforeAll(loadR4, R4_LOAD_TIMEOUT_MS);

describe('laws of the FHIR round trip', () => {
  it('any list written to FHIR reads back to the same items, and reconciles to the same result', () => {
    fc.assert(
      fc.property(arbPair, (docs) => {
        const { journal, list } = decodedPair(docs);
        const journal2 = fromFhir(JSON.parse(JSON.stringify(listToFhir(journal))), { source: 'cosmic' });
        const list2 = fromFhir(JSON.parse(JSON.stringify(listToFhir(list))), { source: 'pascal' });
        if (E.isLeft(journal2) || E.isLeft(list2)) throw new Error('a written list must read back');
        expect(journal2.right.invalid).toEqual([]);
        expect(list2.right.invalid).toEqual([]);
        expect(withoutIndex(journal2.right.ordinations)).toEqual(withoutIndex(journal.ordinations));
        expect(withoutIndex(list2.right.prescriptions)).toEqual(withoutIndex(list.prescriptions));
        const before = reconcile(journal, list, { asOf: AS_OF });
        const after = reconcile(journal2.right, list2.right, { asOf: AS_OF });
        // The discrepancies carry their items, which differ in their position in the input only (compared above).
        const found = (r: typeof before) => E.isRight(r) && r.right.discrepancies.map(({ items: _items, ...d }) => d);
        expect(found(after)).toEqual(found(before));
      }),
      { numRuns: 60 },
    );
  }, 60_000); // 60 generated pairs: a second or two of CPU alone, far more on a shared, busy machine.

  it('every reconciliation exports as an R4 Bundle the validator finds no error in, with one DetectedIssue per discrepancy', () => {
    fc.assert(
      fc.property(arbPair, (docs) => {
        const { journal, list } = decodedPair(docs);
        const result = reconcile(journal, list, { asOf: AS_OF });
        if (E.isLeft(result)) throw new Error(result.left.message);
        const bundle = JSON.parse(JSON.stringify(toFhir(result.right, { previousReconciliation: result.right })));
        expect(r4Errors(bundle)).toEqual([]);
        const issues = bundle.entry.filter((e: { resource: { resourceType: string } }) => e.resource.resourceType === 'DetectedIssue');
        expect(issues).toHaveLength(result.right.discrepancies.length);
      }),
      { numRuns: 60 },
    );
  }, 60_000); // 60 generated pairs: a second or two of CPU alone, far more on a shared, busy machine.
});
