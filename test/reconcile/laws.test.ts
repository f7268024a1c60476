import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeJournal, decodePrescriptionList, parseJson } from '../../src/decode';
import type { Discrepancy } from '../../src/diff';
import { reconcile, type Reconciliation } from '../../src/reconcile';
import {
  AS_OF,
  arbEquivalentPair,
  changeItem,
  exportsOf,
  injectable,
  INJECTIONS,
  journalDoc,
  ordinationJson,
  prescriptionDoc,
  prescriptionJson,
  productNotIn,
  shuffleWith,
  type BaseItem,
  type Injection,
  type Writing,
} from '../arbitrary';
import { brief, reconcileDocs } from './reconcile-docs';
import { bareDiscrepancy, bareLine } from './without-items';

type Json = Record<string, unknown>;
type Side = 'cosmic' | 'pascal';

interface Injected {
  readonly cosmic: Json;
  readonly pascal: Json;
  readonly expected: ReturnType<typeof brief>;
}

const itemsOf = (doc: Json, side: Side): Json[] => doc[side === 'cosmic' ? 'ordinations' : 'prescriptions'] as Json[];
const withItems = (doc: Json, side: Side, items: ReadonlyArray<Json>): Json => ({ ...doc, [side === 'cosmic' ? 'ordinations' : 'prescriptions']: items });
const idOf = (side: Side, key: string) => `${side === 'cosmic' ? 'C' : 'P'}-${key}`;

/** A fresh drug for an addition: in force, on prescription, one tablet in the morning. */
const newDrug = (product: BaseItem['product']): BaseItem => ({
  key: 'new',
  product,
  slots: { morning: 1, midday: 0, evening: 0, night: 0 },
  intervalDays: 1,
  supply: 'prescription',
  dispensing: 'dose-dispensed',
  state: 'active',
  start: '2026-11-01',
  validUntil: '2027-10-31',
  purpose: 'ny behandling',
});

/**
 * Writes the base list down on both sides and makes one change on `side`; says which discrepancy
 * must follow. Undefined when the list has nothing the change can apply to.
 */
const inject = (
  list: ReadonlyArray<BaseItem>,
  writings: { readonly cosmic: ReadonlyArray<Writing>; readonly pascal: ReadonlyArray<Writing> },
  injection: Injection,
  side: Side,
  target: number,
): Injected | undefined => {
  const docs = exportsOf(list, writings.cosmic, writings.pascal);
  const other: Side = side === 'cosmic' ? 'pascal' : 'cosmic';
  const ids = (s: Side, ...keys: string[]) => (s === side ? keys.map((k) => idOf(s, k)) : []);
  if (injection === 'addition') {
    const product = productNotIn(list, target);
    if (product === undefined) return undefined;
    const drug = newDrug(product);
    const written = side === 'cosmic' ? ordinationJson(drug, { productChoice: 0, timeChoice: 0 }) : prescriptionJson(drug, { productChoice: 0, timeChoice: 0 });
    const kind = side === 'cosmic' ? 'missing-in-pascal' : 'missing-in-cosmic';
    return {
      ...docs,
      [side]: withItems(docs[side], side, [...itemsOf(docs[side], side), written]),
      expected: { kind, cosmic: ids('cosmic', 'new'), pascal: ids('pascal', 'new') },
    } as Injected;
  }
  const candidates = injectable(list);
  if (candidates.length === 0) return undefined;
  const base = candidates[target % candidates.length]!;
  const id = idOf(side, base.key);
  const items = itemsOf(docs[side], side);
  const both = { cosmic: [idOf('cosmic', base.key)], pascal: [idOf('pascal', base.key)] };
  if (injection === 'removal') {
    const kind = side === 'cosmic' ? 'missing-in-cosmic' : 'missing-in-pascal';
    return {
      ...docs,
      [side]: withItems(docs[side], side, items.filter((i) => i[side === 'cosmic' ? 'ordinationId' : 'prescriptionId'] !== id)),
      expected: { kind, cosmic: other === 'cosmic' ? both.cosmic : [], pascal: other === 'pascal' ? both.pascal : [] },
    } as Injected;
  }
  const idField = side === 'cosmic' ? 'ordinationId' : 'prescriptionId';
  if (injection === 'duplicate') {
    const original = items.find((i) => i[idField] === id)!;
    const copy = { ...original, [idField]: idOf(side, 'dup') };
    return {
      ...docs,
      [side]: withItems(docs[side], side, [...items, copy]),
      expected: { kind: 'duplicate', ...both, [side]: [id, idOf(side, 'dup')].sort() },
    } as Injected;
  }
  return {
    ...docs,
    [side]: withItems(docs[side], side, items.map((i) => (i[idField] === id ? changeItem(i, injection) : i))),
    expected: { kind: injection, ...both },
  } as Injected;
};

const arbInjection = arbEquivalentPair().chain((pair) =>
  fc.record({
    pair: fc.constant(pair),
    injection: fc.constantFrom(...INJECTIONS),
    side: fc.constantFrom<Side>('cosmic', 'pascal'),
    target: fc.nat(),
  }),
);

/** A discrepancy with ids reduced to their base key (`C-3` and `P-3` are both `3`), for comparing across sides. */
const keyed = (d: Discrepancy): unknown => JSON.parse(JSON.stringify(bareDiscrepancy(d)).replace(/"[CP]-([^"]+)"/g, '"$1"'));

/** The discrepancy as it would read if the difference were on the other side. */
const mirrored = (d: Discrepancy): unknown => {
  const k = keyed(d) as { kind: string; cosmic: unknown; pascal: unknown; values: { cosmic: unknown; pascal: unknown } };
  const kind = k.kind === 'missing-in-pascal' ? 'missing-in-cosmic' : k.kind === 'missing-in-cosmic' ? 'missing-in-pascal' : k.kind;
  return { ...k, kind, cosmic: k.pascal, pascal: k.cosmic, values: { cosmic: k.values.pascal, pascal: k.values.cosmic } };
};

/** The parts of a result that must not depend on the order of the input (an invalid item's index does). */
const orderFree = (r: Reconciliation) => ({
  lines: r.lines.map(bareLine),
  discrepancies: r.discrepancies.map(bareDiscrepancy),
  invalid: [...r.invalid].map(({ index: _index, ...rest }) => rest).sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b))),
  problems: [...r.problems].map(({ source, id }) => `${source} ${id}`).sort(),
});

describe('laws of reconciliation', () => {
  it('identity: a list reconciled against an equivalent copy of itself has no discrepancies', () => {
    fc.assert(
      fc.property(arbEquivalentPair(), ({ list, cosmicWritings, pascalWritings }) => {
        const { cosmic, pascal } = exportsOf(list, cosmicWritings, pascalWritings);
        const result = reconcileDocs(cosmic, pascal);
        expect(result.discrepancies.map(brief)).toEqual([]);
        expect(result.invalid).toEqual([]);
        expect(result.lines.every((l) => l.status !== 'needs-decision')).toBe(true);
      }),
    );
  });

  it('sensitivity: one injected change into an otherwise equal copy yields exactly that one discrepancy', () => {
    fc.assert(
      fc.property(arbInjection, ({ pair, injection, side, target }) => {
        const injected = inject(pair.list, { cosmic: pair.cosmicWritings, pascal: pair.pascalWritings }, injection, side, target);
        fc.pre(injected !== undefined);
        const result = reconcileDocs(injected!.cosmic, injected!.pascal);
        expect(result.discrepancies.map(brief)).toEqual([injected!.expected]);
      }),
      { numRuns: 300 },
    );
  });

  it('symmetry: the same difference on the other side mirrors the discrepancy, values and all', () => {
    fc.assert(
      fc.property(arbInjection, ({ pair, injection, target }) => {
        // Both systems write the list the same way, so that only the injected change tells the sides apart.
        const writings = { cosmic: pair.cosmicWritings, pascal: pair.cosmicWritings };
        const onCosmic = inject(pair.list, writings, injection, 'cosmic', target);
        const onPascal = inject(pair.list, writings, injection, 'pascal', target);
        fc.pre(onCosmic !== undefined && onPascal !== undefined);
        const a = reconcileDocs(onCosmic!.cosmic, onCosmic!.pascal).discrepancies;
        const b = reconcileDocs(onPascal!.cosmic, onPascal!.pascal).discrepancies;
        expect(a.map(mirrored)).toEqual(b.map(keyed));
      }),
      { numRuns: 200 },
    );
  });

  it('order invariance: shuffling either list gives the same result', () => {
    fc.assert(
      fc.property(arbInjection, fc.array(fc.nat(), { maxLength: 20 }), fc.array(fc.nat(), { maxLength: 20 }), ({ pair, injection, side, target }, cs, ps) => {
        const injected = inject(pair.list, { cosmic: pair.cosmicWritings, pascal: pair.pascalWritings }, injection, side, target) ?? {
          ...exportsOf(pair.list, pair.cosmicWritings, pair.pascalWritings),
        };
        const shuffled = {
          cosmic: withItems(injected.cosmic, 'cosmic', shuffleWith(itemsOf(injected.cosmic, 'cosmic'), cs)),
          pascal: withItems(injected.pascal, 'pascal', shuffleWith(itemsOf(injected.pascal, 'pascal'), ps)),
        };
        expect(orderFree(reconcileDocs(shuffled.cosmic, shuffled.pascal))).toEqual(orderFree(reconcileDocs(injected.cosmic, injected.pascal)));
      }),
      { numRuns: 200 },
    );
  });

  it('conservation: every input item is in exactly one line or in invalid, never twice, never lost; problems never remove an item from its line', () => {
    const corruptions: ReadonlyArray<(item: Json) => unknown> = [
      (item) => ({ ...item, dosage: { ...(item.dosage as Json), doses: [{ time: '8.00', quantity: 1, unit: 'tablett' }] } }),
      (item) => ({ ...item, route: 7, purpose: { text: 'x' } }),
      (item) => ({ ...item, dispensing: 'påse', validUntil: '2026-02-30', period: { ...(item.period as Json), end: 'snart' } }),
      (item) => ({ ...item, product: { name: 'Okänd produkt' } }),
      (item) => ({ ...item, period: undefined }),
      (item) => ({ ...item, ordinationId: 'C-1', prescriptionId: 'P-1' }),
      () => 'inte ett objekt',
      () => null,
    ];
    fc.assert(
      fc.property(arbInjection, fc.array(fc.tuple(fc.nat(), fc.nat(), fc.boolean()), { maxLength: 4 }), ({ pair, injection, side, target }, damage) => {
        const injected = inject(pair.list, { cosmic: pair.cosmicWritings, pascal: pair.pascalWritings }, injection, side, target) ?? {
          ...exportsOf(pair.list, pair.cosmicWritings, pair.pascalWritings),
        };
        let docs = { cosmic: injected.cosmic, pascal: injected.pascal };
        for (const [at, how, onCosmic] of damage) {
          const s: Side = onCosmic ? 'cosmic' : 'pascal';
          const items = itemsOf(docs[s], s);
          if (items.length === 0) continue;
          const k = at % items.length;
          const corrupt = (item: Json): Json => (typeof item === 'object' && item !== null ? (corruptions[how % corruptions.length]!(item) as Json) : item);
          docs = { ...docs, [s]: withItems(docs[s], s, items.map((item, i) => (i === k ? corrupt(item) : item))) };
        }
        const result = reconcileDocs(docs.cosmic, docs.pascal);
        for (const s of ['cosmic', 'pascal'] as const) {
          const input = itemsOf(docs[s], s);
          const inLines = result.lines.flatMap((l) => l.items[s].map((i) => i.id));
          const invalid = result.invalid.filter((i) => i.source === s).map((i) => i.index);
          expect(new Set(inLines).size).toBe(inLines.length);
          expect(new Set(invalid).size).toBe(invalid.length);
          expect(inLines.length + invalid.length).toBe(input.length);
          const idField = s === 'cosmic' ? 'ordinationId' : 'prescriptionId';
          for (const id of inLines) expect(input.some((item, i) => typeof item === 'object' && item !== null && item[idField] === id && !invalid.includes(i))).toBe(true);
          // An item with unreadable fields is listed in problems and is still on its line, never in invalid.
          for (const p of result.problems.filter((x) => x.source === s)) {
            expect(inLines).toContain(p.id);
            expect(invalid).not.toContain(p.index);
            expect(p.problems.length).toBeGreaterThan(0);
          }
        }
      }),
      { numRuns: 200 },
    );
  });

  it('totality: no input, however malformed, makes the decoders or reconcile throw', () => {
    fc.assert(
      fc.property(fc.anything(), fc.anything(), (a, b) => {
        decodeJournal(a);
        decodePrescriptionList(b);
        decodeJournal({ source: 'cosmic', exportedAt: '2026-11-20T14:05:00+01:00', patient: { id: 'SYN-1' }, ordinations: [a, b] });
        decodePrescriptionList({ source: 'pascal', exportedAt: '2026-11-20T14:05:00+01:00', doseDispensing: false, patient: { id: 'SYN-1' }, prescriptions: [b, a] });
      }),
    );
    fc.assert(fc.property(fc.string(), (text) => void parseJson(text)));
  });

  it('totality: a valid pair with any one field replaced by anything still reconciles without throwing', () => {
    const replaceAt = (value: unknown, path: ReadonlyArray<number>, replacement: unknown): unknown => {
      if (path.length === 0 || typeof value !== 'object' || value === null) return replacement;
      const entries = Array.isArray(value) ? value.map((v, i) => [String(i), v] as const) : Object.entries(value);
      if (entries.length === 0) return replacement;
      const k = path[0]! % entries.length;
      const replaced = entries.map(([key, v], i) => [key, i === k ? replaceAt(v, path.slice(1), replacement) : v] as const);
      return Array.isArray(value) ? replaced.map(([, v]) => v) : Object.fromEntries(replaced);
    };
    fc.assert(
      fc.property(arbEquivalentPair(6), fc.array(fc.nat(), { maxLength: 6 }), fc.anything(), fc.boolean(), fc.string(), (pair, path, junk, onCosmic, asOf) => {
        const { cosmic, pascal } = exportsOf(pair.list, pair.cosmicWritings, pair.pascalWritings);
        const c = onCosmic ? replaceAt(cosmic, path, junk) : cosmic;
        const p = onCosmic ? pascal : replaceAt(pascal, path, junk);
        const journal = decodeJournal(c);
        const list = decodePrescriptionList(p);
        if (journal._tag === 'Right' && list._tag === 'Right') {
          reconcile(journal.right, list.right, { asOf: AS_OF });
          reconcile(journal.right, list.right, { asOf });
        }
      }),
    );
  });

  it('the generated documents are what the laws assume: they decode without invalid items', () => {
    fc.assert(
      fc.property(arbEquivalentPair(), ({ list, cosmicWritings, pascalWritings }) => {
        const { cosmic, pascal } = exportsOf(list, cosmicWritings, pascalWritings);
        const journal = decodeJournal(cosmic);
        const prescriptions = decodePrescriptionList(pascal);
        expect(journal._tag === 'Right' && journal.right.invalid.length === 0).toBe(true);
        expect(prescriptions._tag === 'Right' && prescriptions.right.invalid.length === 0).toBe(true);
        expect(journalDoc([]).source).toBe('cosmic');
        expect(prescriptionDoc([]).source).toBe('pascal');
      }),
      { numRuns: 50 },
    );
  });
});
