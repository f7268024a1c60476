import * as E from 'fp-ts/lib/Either.js';
import { readFileSync } from 'node:fs';
import { decodeJournal, decodePrescriptionList } from '../../src/decode';
import type { Discrepancy } from '../../src/diff';
import { reconcile, type Reconciliation } from '../../src/reconcile';
import { AS_OF } from '../arbitrary';

/** Decodes two export documents and reconciles them on the fixed test date; a test fails loudly on a Left. */
export const reconcileDocs = (cosmic: unknown, pascal: unknown, asOf: string = AS_OF): Reconciliation => {
  const journal = decodeJournal(cosmic);
  const list = decodePrescriptionList(pascal);
  if (E.isLeft(journal)) throw new Error(`journal did not decode: ${journal.left.message}`);
  if (E.isLeft(list)) throw new Error(`list did not decode: ${list.left.message}`);
  const result = reconcile(journal.right, list.right, { asOf });
  if (E.isLeft(result)) throw new Error(result.left.message);
  return result.right;
};

/** A discrepancy reduced to what a law talks about: its kind and the items it names. */
export const brief = (d: Discrepancy) => ({ kind: d.kind, cosmic: [...d.cosmic], pascal: [...d.pascal] });

type Json = Record<string, unknown>;

/** The shared example pair as its two export documents (examples/data, copies of ../shared/formats). */
export const exampleDocs = (): { readonly cosmic: Json; readonly pascal: Json } => ({
  cosmic: JSON.parse(readFileSync('examples/data/cosmic-export.json', 'utf8')) as Json,
  pascal: JSON.parse(readFileSync('examples/data/pascal-export.json', 'utf8')) as Json,
});

/** The five discrepancies the shared example pair holds on 2026-11-20, in the order `reconcile` reports them. */
export const EXAMPLE_DISCREPANCIES: ReadonlyArray<{ readonly kind: string; readonly cosmic: ReadonlyArray<string>; readonly pascal: ReadonlyArray<string> }> = [
  { kind: 'status', cosmic: ['C-4'], pascal: ['P-4'] },
  { kind: 'missing-in-pascal', cosmic: ['C-5'], pascal: [] },
  { kind: 'missing-in-cosmic', cosmic: [], pascal: ['P-5'] },
  { kind: 'dose', cosmic: ['C-2'], pascal: ['P-2'] },
  { kind: 'strength', cosmic: ['C-9'], pascal: ['P-7'] },
];
