import * as E from 'fp-ts/lib/Either.js';
import { describe, expect, it } from 'vitest';
import { fromFhir } from '../../src/fhir';
import { reconcile } from '../../src/reconcile';
import { bundle, medication, patient, request, statement, timed } from './builders';

// What real senders send besides a collection Bundle, and who is who in it.
const metformin = medication('Metformin 500 mg tablett', 'metformin', 500);
const rx = request('rx-1', metformin, [timed('1 tablett morgon', 1, ['08:00:00'])]);
const EXPORTED_AT = '2026-11-20T10:00:00+01:00';

const prescriptions = (u: unknown) => {
  const list = fromFhir(u, { source: 'pascal', exportedAt: EXPORTED_AT });
  if (E.isLeft(list)) throw new Error(list.left.message);
  return list.right;
};

describe('inputs accepted besides a collection Bundle', () => {
  it.each(['searchset', 'transaction', 'batch', 'document'])('a Bundle of type %s', (type) => {
    const b = bundle(rx) as { entry: unknown[] };
    const composition = { resourceType: 'Composition', status: 'final', type: { text: 'Läkemedelslista' }, date: '2026-11-20', author: [{ display: 'Dr X' }], title: 'Läkemedel', subject: { reference: 'Patient/pat' } };
    const entry = type === 'document' ? [{ resource: composition }, ...b.entry] : b.entry;
    const list = prescriptions({ ...b, type, entry });
    expect([list.prescriptions.map((p) => p.id), list.invalid]).toEqual([['rx-1'], []]);
  });

  it('a bare MedicationRequest, its paths starting with its type', () => {
    const list = prescriptions({ ...rx, dosageInstruction: [{ ...timed('x', 1, ['08:00:00']), timing: { repeat: { when: ['AFT'] } } }] });
    expect(list.prescriptions.map((p) => p.id)).toEqual(['rx-1']);
    expect(list.problems[0]!.path).toBe('MedicationRequest.dosageInstruction[0].timing.repeat.when[0]');
    expect(list.patient).toEqual({ id: 'pat', idKind: 'other' });
  });

  it('a List with its resources contained, and one whose reference names nothing', () => {
    const list = prescriptions({
      resourceType: 'List',
      status: 'current',
      mode: 'snapshot',
      date: EXPORTED_AT,
      contained: [patient(), { ...rx, contained: undefined, medicationReference: { reference: '#med' } }, metformin],
      entry: [{ item: { reference: '#rx-1' } }, { item: { reference: 'MedicationRequest/elsewhere' } }],
    });
    expect(list.prescriptions.map((p) => [p.id, p.product.name])).toEqual([['rx-1', 'Metformin 500 mg tablett']]);
    expect(list.invalid.map((i) => i.path)).toEqual(['List.entry[1].item.reference']);
  });

  it('a List in a Bundle beside the resources it references', () => {
    const b = bundle(rx) as { entry: unknown[] };
    const list = prescriptions({ ...b, entry: [...b.entry, { resource: { resourceType: 'List', status: 'current', mode: 'snapshot', entry: [{ item: { reference: 'MedicationRequest/rx-1' } }] } }] });
    expect([list.prescriptions.map((p) => p.id), list.invalid]).toEqual([['rx-1'], []]);
  });
});

describe('who is who', () => {
  it("informationSource is the statement's reporter, never its prescriber; requester is the prescriber", () => {
    const ms = statement('ms-1', metformin, [timed('1 tablett morgon', 1, ['08:00:00'])], { informationSource: { reference: 'Patient/pat', display: 'patienten själv' } });
    const journal = fromFhir(bundle(ms), { source: 'cosmic' });
    if (E.isLeft(journal)) throw new Error(journal.left.message);
    expect(journal.right.ordinations[0]).toMatchObject({ reporter: { type: 'Patient', name: 'patienten själv' } });
    expect(journal.right.ordinations[0]!.prescriber).toBeUndefined();
    const list = prescriptions(bundle({ ...rx, requester: { identifier: { system: 'urn:oid:1.2.752.129.2.1.4.1', value: 'SE2321000016-1234' }, display: 'Dr Berg' } }));
    expect(list.prescriptions[0]!.prescriber).toEqual({ hsaId: 'SE2321000016-1234', name: 'Dr Berg' });
  });

  it('reasonReference gives the purpose where there is no reasonCode', () => {
    expect(prescriptions(bundle({ ...rx, reasonReference: [{ reference: 'Condition/c1', display: 'typ 2-diabetes' }] })).prescriptions[0]!.purpose).toBe('typ 2-diabetes');
  });
});

describe('identity from any coding', () => {
  it('a journal item and a prescription sharing a SNOMED CT code are the same product: one line, nothing missing', () => {
    const snomed = (name: string) => ({ resourceType: 'Medication', id: 'med', code: { text: name, coding: [{ system: 'http://snomed.info/sct', code: '325278007' }] } });
    const journal = fromFhir(bundle(statement('ms-1', snomed('Metformin tablett'), [timed('1 tablett morgon', 1, ['08:00:00'])])), { source: 'cosmic' });
    const list = fromFhir(bundle(request('rx-1', snomed('Metformin 500 mg'), [timed('1 tablett morgon', 1, ['08:00:00'])])), { source: 'pascal' });
    if (E.isLeft(journal) || E.isLeft(list)) throw new Error('must read');
    const result = reconcile(journal.right, list.right, { asOf: '2026-11-20' });
    if (E.isLeft(result)) throw new Error(result.left.message);
    expect(result.right.discrepancies.map((d) => d.kind)).toEqual([]);
    expect(result.right.lines).toHaveLength(1);
  });

  it('two different codes of one system are two products', () => {
    const coded = (code: string) => ({ resourceType: 'Medication', id: 'med', code: { text: 'X', coding: [{ system: 'http://snomed.info/sct', code }] } });
    const journal = fromFhir(bundle(statement('ms-1', coded('1'), [timed('1 tablett morgon', 1, ['08:00:00'])])), { source: 'cosmic' });
    const list = fromFhir(bundle(request('rx-1', coded('2'), [timed('1 tablett morgon', 1, ['08:00:00'])])), { source: 'pascal' });
    if (E.isLeft(journal) || E.isLeft(list)) throw new Error('must read');
    const result = reconcile(journal.right, list.right, { asOf: '2026-11-20' });
    expect(E.isRight(result) && result.right.discrepancies.map((d) => d.kind).sort()).toEqual(['missing-in-cosmic', 'missing-in-pascal']);
  });
});
