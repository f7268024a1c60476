/**
 * Generators and builders for the classification and handover tests: the shared example pair as raw
 * documents, mutated item by item, and lists that agree by construction. (The project's domain
 * generators are to live in test/arbitrary.ts; these are this branch's own.)
 */
import * as E from 'fp-ts/lib/Either.js';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { decodeJournal, decodePrescriptionList, type JournalList, type PrescriptionList } from '../../src/decode';
import { reconcile, type Reconciliation } from '../../src/reconcile';

/** The fixed reconciliation date of these tests. */
export const AS_OF = '2026-11-20';

/** A raw item of either export, as JSON. */
export type RawItem = Record<string, unknown>;

/** A raw export: the frame and its items. */
export interface RawPair {
  readonly cosmic: { readonly ordinations: ReadonlyArray<RawItem> } & RawItem;
  readonly pascal: { readonly prescriptions: ReadonlyArray<RawItem> } & RawItem;
}

/** A deep copy of the shared example pair (examples/data) as raw JSON. */
export const examplePair = (): RawPair => ({
  cosmic: JSON.parse(readFileSync('examples/data/cosmic-export.json', 'utf8')) as RawPair['cosmic'],
  pascal: JSON.parse(readFileSync('examples/data/pascal-export.json', 'utf8')) as RawPair['pascal'],
});

/** Decodes a raw pair; the generators only make documents that decode. */
export const decodePair = (pair: RawPair): { readonly journal: JournalList; readonly list: PrescriptionList } => {
  const journal = decodeJournal(pair.cosmic);
  const list = decodePrescriptionList(pair.pascal);
  if (E.isLeft(journal) || E.isLeft(list)) throw new Error('a generated pair must decode');
  return { journal: journal.right, list: list.right };
};

/** Decodes and reconciles a raw pair on `asOf`. */
export const reconcilePair = (pair: RawPair, asOf: string = AS_OF): Reconciliation => {
  const { journal, list } = decodePair(pair);
  const result = reconcile(journal, list, { asOf });
  if (E.isLeft(result)) throw new Error(result.left.message);
  return result.right;
};

/** The example pair with the item `id` of either side edited in place (on a copy). */
export const editExample = (edits: Readonly<Record<string, (item: RawItem) => void>>, remove: ReadonlyArray<string> = []): RawPair => {
  const pair = examplePair();
  const apply = (items: ReadonlyArray<RawItem>, idField: string) =>
    items.filter((item) => !remove.includes(item[idField] as string)).map((item) => {
      const copy = structuredClone(item);
      edits[copy[idField] as string]?.(copy);
      return copy;
    });
  return {
    cosmic: { ...pair.cosmic, ordinations: apply(pair.cosmic.ordinations, 'ordinationId') },
    pascal: { ...pair.pascal, prescriptions: apply(pair.pascal.prescriptions, 'prescriptionId') },
  };
};

/** One way an item may be changed by `arbPair`. */
type Mutation =
  | { readonly kind: 'none' }
  | { readonly kind: 'double-dose' }
  | { readonly kind: 'evening-dose' }
  | { readonly kind: 'discontinue'; readonly reason: boolean }
  | { readonly kind: 'cancel' }
  | { readonly kind: 'dispensing'; readonly to: 'dose-dispensed' | 'whole-package' }
  | { readonly kind: 'purpose' }
  | { readonly kind: 'high-alert'; readonly atc: string }
  | { readonly kind: 'updated'; readonly at: string }
  | { readonly kind: 'ends'; readonly end: string };

const arbMutation: fc.Arbitrary<Mutation> = fc.oneof(
  { arbitrary: fc.constant<Mutation>({ kind: 'none' }), weight: 4 },
  { arbitrary: fc.constant<Mutation>({ kind: 'double-dose' }), weight: 1 },
  { arbitrary: fc.constant<Mutation>({ kind: 'evening-dose' }), weight: 1 },
  { arbitrary: fc.boolean().map<Mutation>((reason) => ({ kind: 'discontinue', reason })), weight: 1 },
  { arbitrary: fc.constant<Mutation>({ kind: 'cancel' }), weight: 1 },
  { arbitrary: fc.constantFrom('dose-dispensed' as const, 'whole-package' as const).map<Mutation>((to) => ({ kind: 'dispensing', to })), weight: 1 },
  { arbitrary: fc.constant<Mutation>({ kind: 'purpose' }), weight: 1 },
  { arbitrary: fc.constantFrom('B01AA03', 'A10AB05', 'N02AA01', 'L04AX03', 'N05AN01').map<Mutation>((atc) => ({ kind: 'high-alert', atc })), weight: 1 },
  { arbitrary: fc.constantFrom('2026-11-10T08:00:00+01:00', '2026-11-19T15:30:00+01:00').map<Mutation>((at) => ({ kind: 'updated', at })), weight: 1 },
  { arbitrary: fc.constantFrom('2026-11-01', '2026-12-31').map<Mutation>((end) => ({ kind: 'ends', end })), weight: 1 },
);

const mutate = (item: RawItem, m: Mutation, source: 'cosmic' | 'pascal'): RawItem => {
  const copy = structuredClone(item) as RawItem & { dosage: { doses?: Array<{ time: string; quantity: number }> }; product: RawItem; period: RawItem };
  switch (m.kind) {
    case 'none':
      break;
    case 'double-dose':
      for (const d of copy.dosage.doses ?? []) d.quantity *= 2;
      break;
    case 'evening-dose':
      for (const d of copy.dosage.doses ?? []) d.time = '19:00';
      break;
    case 'discontinue':
      copy['discontinued'] = m.reason ? { date: '2026-11-12', reason: 'biverkningar' } : { date: '2026-11-12' };
      if (source === 'pascal') copy['status'] = 'discontinued';
      break;
    case 'cancel':
      if (source === 'pascal') copy['status'] = 'cancelled';
      break;
    case 'dispensing':
      copy['dispensing'] = m.to;
      break;
    case 'purpose':
      copy['purpose'] = 'enligt ordination från sjukhuset';
      break;
    case 'high-alert':
      copy.product['atc'] = m.atc;
      break;
    case 'updated':
      copy['updatedAt'] = m.at;
      break;
    case 'ends':
      copy.period['end'] = m.end;
      break;
  }
  return copy;
};

/**
 * A pair made from the example pair: any subset of either list, each item possibly mutated (dose,
 * time, status, dispensing, purpose, ATC, updatedAt, end), in any order.
 */
export const arbPair: fc.Arbitrary<RawPair> = (() => {
  const pair = examplePair();
  const side = (items: ReadonlyArray<RawItem>, source: 'cosmic' | 'pascal') =>
    fc
      .tuple(...items.map((item) => fc.option(arbMutation.map((m) => mutate(item, m, source)), { nil: undefined, freq: 5 })))
      .map((chosen) => chosen.flatMap((i) => (i === undefined ? [] : [i])))
      .chain((kept) => fc.shuffledSubarray(kept, { minLength: kept.length, maxLength: kept.length }));
  return fc
    .tuple(side(pair.cosmic.ordinations, 'cosmic'), side(pair.pascal.prescriptions, 'pascal'))
    .map(([ordinations, prescriptions]) => ({ cosmic: { ...pair.cosmic, ordinations }, pascal: { ...pair.pascal, prescriptions } }));
})();

/** The prescription that says exactly what a journal ordination says. */
const mirror = (ordination: RawItem, n: number): RawItem => {
  const { ordinationId: _id, type: _type, supply: _supply, dispensing, discontinued, ...shared } = ordination;
  return {
    ...structuredClone(shared),
    prescriptionId: `P-M${n}`,
    dispensing: dispensing ?? 'whole-package',
    status: discontinued === undefined ? 'active' : 'discontinued',
    ...(discontinued === undefined ? {} : { discontinued: structuredClone(discontinued) }),
  };
};

/**
 * Two lists that agree by construction: a subset of the example's journal ordinations (some stopped,
 * some with an `updatedAt`), and for each on prescription a prescription saying the same, in any order.
 */
export const arbAgreeingPair: fc.Arbitrary<RawPair> = (() => {
  const pair = examplePair();
  const harmless = fc.constantFrom<Mutation>({ kind: 'none' }, { kind: 'discontinue', reason: true }, { kind: 'updated', at: '2026-11-19T15:30:00+01:00' }, { kind: 'high-alert', atc: 'B01AA03' });
  return fc
    .tuple(...pair.cosmic.ordinations.map((item) => fc.option(harmless.map((m) => mutate(item, m, 'cosmic')), { nil: undefined, freq: 4 })))
    .map((chosen) => chosen.flatMap((i) => (i === undefined ? [] : [i])))
    .chain((ordinations) => {
      const prescriptions = ordinations.flatMap((o, n) => (o['supply'] === 'prescription' ? [mirror(o, n)] : []));
      return fc.tuple(
        fc.shuffledSubarray(ordinations, { minLength: ordinations.length, maxLength: ordinations.length }),
        fc.shuffledSubarray(prescriptions, { minLength: prescriptions.length, maxLength: prescriptions.length }),
      );
    })
    .map(([ordinations, prescriptions]) => ({ cosmic: { ...pair.cosmic, ordinations }, pascal: { ...pair.pascal, prescriptions } }));
})();
