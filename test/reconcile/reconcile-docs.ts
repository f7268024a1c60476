import * as E from 'fp-ts/lib/Either.js';
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
