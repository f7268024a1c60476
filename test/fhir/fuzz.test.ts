import * as E from 'fp-ts/lib/Either.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fromFhir, groupBulkNdjson } from '../../src/fhir';
import { mutateFhir as mutate, mutationArb } from '../arbitrary';
import { bundle, dose, medication, request, statement, timed } from './builders';

// The FHIR fuzz suite (issue #10 §2): Bundles and Bulk NDJSON lines mutated at every path with wrong
// types, nulls, huge numbers, __proto__/constructor/toString as keys and values, control characters,
// lone surrogates, deep nesting and doubled elements (duplicate ids). For each: nothing throws, every
// entry is accounted for exactly once, and no message carries a personnummer-shaped string.
// Seeded and bounded: a few hundred small documents, well under a second or two of CPU; the timeout
// is generous because the machine running the suite may be shared and busy.
const TIMEOUT_MS = 60_000;
const PNR_SHAPED = /(?<!\d)(\d{6}|\d{8})[-+]?\d{4}(?!\d)/u;
const ITEM_TYPES = new Set(['MedicationRequest', 'MedicationStatement']);
const FOLLOWED = new Set(['Patient', 'Medication', 'Practitioner', 'PractitionerRole', 'Organization', 'RelatedPerson', 'Composition', 'List']);

const metformin = medication('Metformin 500 mg tablett', 'metformin', 500);
const BASE = bundle(
  request('rx-1', metformin, [timed('1 tablett morgon och kväll', 1, ['08:00:00', '20:00:00'])], { dispenseRequest: { validityPeriod: { end: '2027-01-01' } } }),
  request('rx-2', { ...metformin, id: 'm2' }, [{ text: '1 vid behov', asNeededBoolean: true, ...dose(1) }], { medicationReference: { reference: '#m2' }, reasonCode: [{ text: 'smärta' }] }),
  { ...request('rx-3', {}, [timed('2 morgon', 2, [], {}, { when: ['MORN'] })]), contained: undefined, medicationReference: { reference: 'Medication/shared' } },
  { ...metformin, id: 'shared', identifier: [{ system: 'http://electronichealth.se/fhir/NamingSystem/nplid', value: '20010101000017' }] },
  statement('ms-1', metformin, [timed('1 kväll', 1, ['20:00:00'])], { informationSource: { display: 'patienten' } }),
  request('rx-4', metformin, [
    { ...timed('steg 1', 2, ['08:00:00'], {}, { boundsDuration: { value: 5, code: 'd' }, count: 10 }), sequence: 1 },
    { ...timed('steg 2', 1, ['08:00:00'], {}, { boundsDuration: { value: 5, code: 'd' } }), sequence: 2 },
    { text: 'vid behov', asNeededBoolean: true, timing: { repeat: { frequency: 1, period: 4, periodMax: 6, periodUnit: 'h', when: ['ACM'], offset: 10 } }, ...dose(1), maxDosePerPeriod: { numerator: { value: 4, unit: 'tablett' }, denominator: { value: 1, code: 'd' } } },
  ]),
);

const messagesOf = (u: unknown): string => JSON.stringify(u);

/** What one entry of a mutated Bundle is: an item to account for, a resource medrec follows, or something to report. */
const entryKind = (entry: unknown): 'item' | 'followed' | 'other' => {
  const resource = typeof entry === 'object' && entry !== null ? (entry as { resource?: unknown }).resource : undefined;
  const type = typeof resource === 'object' && resource !== null && !Array.isArray(resource) ? (resource as { resourceType?: unknown }).resourceType : undefined;
  if (typeof type === 'string' && ITEM_TYPES.has(type)) return 'item';
  if (typeof type === 'string' && FOLLOWED.has(type)) return 'followed';
  return 'other';
};

describe('FHIR fuzz: a Bundle mutated at every path', () => {
  it(
    'never throws, accounts for every entry exactly once, and never echoes a personnummer',
    () => {
      fc.assert(
        fc.property(fc.array(mutationArb(), { minLength: 1, maxLength: 3 }), fc.constantFrom<'cosmic' | 'pascal'>('cosmic', 'pascal'), (mutations, source) => {
          const doc = mutations.reduce<unknown>((d, m) => mutate(d, m), BASE);
          const read = fromFhir(doc, { source, defaultDispensing: 'whole-package' });
          expect(messagesOf(E.isLeft(read) ? read.left : [read.right.invalid, read.right.problems])).not.toMatch(PNR_SHAPED);
          if (E.isLeft(read)) {
            expect(read.left.path.length).toBeGreaterThan(0);
            expect(read.left.message.length).toBeGreaterThan(0);
            return;
          }
          const list = read.right;
          const items = list.source === 'cosmic' ? list.ordinations : list.prescriptions;
          const entries = (doc as { entry: unknown[] }).entry;
          entries.forEach((entry, i) => {
            const count = items.filter((x) => x.index === i).length + list.invalid.filter((x) => x.index === i).length;
            const kind = entryKind(entry);
            // An item is an item or invalid; what medrec does not read is reported; what it follows is neither.
            expect([i, kind, count]).toEqual([i, kind, kind === 'followed' ? 0 : 1]);
          });
          expect(items.length + list.invalid.length).toBe(entries.filter((e) => entryKind(e) !== 'followed').length);
          for (const x of list.invalid) expect(x.path).toMatch(/^entry(\[\d+\])?/u);
        }),
        { seed: 20261130, numRuns: 200 },
      );
    },
    TIMEOUT_MS,
  );
});

describe('FHIR fuzz: Bulk NDJSON lines mutated at every path', () => {
  const resources = (BASE as { entry: Array<{ resource: Record<string, unknown> }> }).entry.map((e) => e.resource);
  const subjectOf = (r: Record<string, unknown>) => (r['resourceType'] === 'Patient' ? {} : { subject: { reference: 'Patient/pat' } });
  const lines = resources.map((r) => ({ ...r, ...subjectOf(r) }));

  it(
    'never throws, accounts for every item line, and never echoes a personnummer',
    () => {
      fc.assert(
        fc.property(fc.nat(), fc.array(mutationArb(), { minLength: 1, maxLength: 3 }), fc.nat(), (which, mutations, cut) => {
          const k = which % lines.length;
          const mutated = mutations.reduce<unknown>((d, m) => mutate(d, m), lines[k]);
          let text = JSON.stringify(mutated) ?? 'undefined';
          // Now and then the line is cut short, as a broken export would.
          if (cut % 7 === 0) text = text.slice(0, 1 + (cut % Math.max(text.length - 1, 1)));
          const all = lines.map((l, i) => (i === k ? text : JSON.stringify(l)));
          const { patients, errors } = groupBulkNdjson([{ file: 'Mixed.ndjson', lines: all }], { source: 'pascal', exportedAt: '2026-11-20T02:00:00+01:00', defaultDispensing: 'whole-package' });
          const messages = { errors, lists: patients.map((p) => (E.isLeft(p.list) ? p.list.left : [p.list.right.invalid, p.list.right.problems])) };
          expect(messagesOf(messages)).not.toMatch(PNR_SHAPED);
          const isItemLine = (t: string) => {
            try {
              const u = JSON.parse(t) as unknown;
              return entryKind({ resource: u }) === 'item';
            } catch {
              return false;
            }
          };
          const itemLines = all.map((t, i) => ({ t, line: i + 1 })).filter(({ t }) => isItemLine(t));
          const errorLines = new Set(errors.map((e) => e.line));
          const inLists = patients.reduce((n, p) => n + (E.isRight(p.list) ? (p.list.right.source === 'pascal' ? p.list.right.prescriptions : p.list.right.ordinations).length + p.list.right.invalid.length : 0), 0);
          const accounted = inLists + itemLines.filter(({ line }) => errorLines.has(line)).length;
          // A patient whose id cannot be used has no list: its items are reported with it, not one by one.
          if (patients.every((p) => E.isRight(p.list))) expect(accounted).toBe(itemLines.length);
          else expect(accounted).toBeLessThanOrEqual(itemLines.length);
          for (const e of errors) expect(e.message.length).toBeGreaterThan(0);
        }),
        { seed: 20261130, numRuns: 200 },
      );
    },
    TIMEOUT_MS,
  );
});
