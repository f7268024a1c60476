import * as E from 'fp-ts/lib/Either.js';
import { describe, expect, it } from 'vitest';
import { fromFhir, groupBulkNdjson, identifierKind } from '../../src/fhir';
import { bundle, dose, medication, patient, request, timed } from './builders';

// Regressions of issue #10 §2: FHIR input never throws, never loses an entry, never echoes a personnummer.
const PNR = ['19121212', '1212'].join('-');
const PNR_DIGITS = PNR.replace('-', '');
const metformin = medication('Metformin 500 mg tablett', 'metformin', 500);
const good = request('rx-ok', metformin, [timed('1 tablett morgon', 1, ['08:00:00'])]);

const read = (u: unknown) => {
  const list = fromFhir(u, { source: 'pascal' });
  if (E.isLeft(list)) throw new Error(`rejected: ${list.left.message}`);
  return list.right;
};

describe('identifierKind never throws on a system that is not a string', () => {
  it.each([null, 42, {}, [], true])('names no system for %j', (system) => {
    expect(identifierKind(system)).toBeUndefined();
  });

  it('a Patient whose identifier system is null, a number or an object is read by its id', () => {
    for (const system of [null, 191212121212, { url: 'x' }]) {
      const u = { ...bundle(good), entry: [{ resource: { resourceType: 'Patient', id: 'pat', identifier: [{ system, value: 'SYN-0000001' }] } }, { resource: good }] };
      expect(() => fromFhir(u, { source: 'pascal' })).not.toThrow();
    }
  });
});

describe('a unit of constructor or __proto__ is text, not a key of an object', () => {
  it.each(['constructor', '__proto__', 'toString', 'hasOwnProperty'])('a dose in %s is read as written, and nothing throws', (unit) => {
    const list = read(bundle(request('rx-1', metformin, [{ ...timed('1 morgon', 1, ['08:00:00']), ...dose(1, unit) }])));
    const dosage = list.prescriptions[0]!.dosage;
    expect('doses' in dosage && dosage.doses[0]!.unit).toBe(unit);
  });

  it('a strength per constructor and a rate code of __proto__ do not throw', () => {
    const med = medication('X', 'x', 5, 'mg', { ingredient: [{ itemCodeableConcept: { text: 'x' }, strength: { numerator: { value: 5, code: '__proto__' }, denominator: { value: 1, unit: 'constructor' } } }] });
    expect(() => read(bundle(request('rx-1', med, [timed('1 morgon', 1, ['08:00:00'])])))).not.toThrow();
  });

  it('a batch of Bulk lines with such units is read to the end', () => {
    const line = JSON.stringify({ ...good, subject: { reference: 'Patient/SYN-0000001' }, dosageInstruction: [{ ...timed('1', 1, ['08:00:00']), ...dose(1, 'constructor') }] });
    const { patients } = groupBulkNdjson([{ file: 'MedicationRequest.ndjson', lines: [line] }], { source: 'pascal', exportedAt: '2026-11-20T02:00:00+01:00', defaultDispensing: 'whole-package' });
    expect(patients).toHaveLength(1);
  });
});

describe('every Bundle entry that is not a resource medrec reads is reported with its path', () => {
  const entries = (...resources: unknown[]) => ({ ...bundle(good), entry: [{ resource: patient() }, { resource: good }, ...resources.map((resource) => ({ resource }))] });

  it('a resource that is null, {}, a string, an array, or has a misspelt or missing resourceType', () => {
    const list = read({ ...entries(null, {}, 'MedicationRequest', [good], { ...good, resourceType: 'MedicationRequets' }, { ...good, resourceType: undefined }), entry: [...entries(null, {}, 'MedicationRequest', [good], { ...good, resourceType: 'MedicationRequets' }, { ...good, resourceType: undefined }).entry, null, { fullUrl: 'urn:uuid:x' }] });
    expect(list.prescriptions.map((p) => p.id)).toEqual(['rx-ok']);
    expect(list.invalid.map((i) => [i.index, i.path])).toEqual([
      [2, 'entry[2].resource'],
      [3, 'entry[3].resource.resourceType'],
      [4, 'entry[4].resource'],
      [5, 'entry[5].resource'],
      [6, 'entry[6].resource.resourceType'],
      [7, 'entry[7].resource.resourceType'],
      [8, 'entry[8]'],
      [9, 'entry[9].resource'],
    ]);
    expect(list.invalid[4]).toMatchObject({ id: 'rx-ok', message: expect.stringMatching(/^expected a resource medrec reads \(.*\), got "MedicationRequets"$/u) });
  });

  it('a resource of a type medrec does not read (an Observation) is reported; a Practitioner it follows is not', () => {
    const list = read(entries({ resourceType: 'Observation', id: 'o1' }, { resourceType: 'Practitioner', id: 'dr' }));
    expect(list.invalid.map((i) => i.path)).toEqual(['entry[2].resource.resourceType']);
  });

  it('a Bulk line with a misspelt resourceType is an error of its file and line, never dropped', () => {
    const { errors } = groupBulkNdjson([{ file: 'MedicationRequest.ndjson', lines: [JSON.stringify({ ...good, resourceType: 'MedicationRequets' }), 'null'] }], { source: 'pascal', exportedAt: '2026-11-20T02:00:00+01:00' });
    expect(errors.map((e) => [e.line, e.path])).toEqual([
      [1, 'resourceType'],
      [2, '(line)'],
    ]);
  });
});

describe('FHIR paths never have a negative index', () => {
  it('a Patient with no national identifier and a personnummer as its id is reported at its id', () => {
    const u = { ...bundle(good), entry: [{ resource: { resourceType: 'Patient', id: PNR_DIGITS, identifier: [{ system: 'urn:x', value: 'a' }] } }, { resource: { ...good, subject: { reference: `Patient/${PNR_DIGITS}` } } }] };
    const list = fromFhir(u, { source: 'pascal' });
    expect(E.isLeft(list) && list.left.path).toBe('entry[0].resource.id');
    expect(JSON.stringify(list)).not.toContain('[-1]');
  });
});

describe('hand-built FHIR messages never echo a personnummer', () => {
  const bad = (extra: Record<string, unknown>, dosage?: Record<string, unknown>) => read(bundle({ ...request('rx-bad', metformin, [dosage ?? timed('1 morgon', 1, ['08:00:00'])]), ...extra }, good));
  const cases: Array<[string, ReturnType<typeof bad>]> = [
    ['status', bad({ status: PNR })],
    ['a medication reference', bad({ medicationReference: { reference: `Medication/${PNR}` } })],
    ['an NPL-id', bad({ medicationReference: undefined, medicationCodeableConcept: { text: 'x', coding: [{ system: 'http://electronichealth.se/fhir/NamingSystem/nplid', code: PNR }] } })],
    ['an ATC code', bad({ medicationReference: undefined, medicationCodeableConcept: { text: 'x', coding: [{ system: 'http://www.whocc.no/atc', code: PNR_DIGITS }] } })],
    ['an extension code', bad({ extension: [{ url: 'urn:medrec:fhir:extension:dispensing', valueCode: PNR }] })],
    ['periodUnit', bad({}, { ...timed('1', 1, ['08:00:00']), timing: { repeat: { period: 1, periodUnit: PNR, timeOfDay: ['08:00:00'] } } })],
    ['when', bad({}, { ...timed('1', 1, []), timing: { repeat: { when: [PNR] } } })],
    ['a frequency of twelve digits', bad({}, { ...timed('1', 1, ['08:00:00']), timing: { repeat: { frequency: Number(PNR_DIGITS), period: 1, periodUnit: 'd', timeOfDay: ['08:00:00'] } } })],
    ['a resourceType', read({ ...bundle(good), entry: [{ resource: patient() }, { resource: good }, { resource: { resourceType: PNR } }] })],
  ];
  it.each(cases)('%s', (_what, list) => {
    expect(list.invalid.length + list.problems.length).toBeGreaterThan(0);
    const text = JSON.stringify([list.invalid, list.problems]);
    expect(text).not.toMatch(/\d{6}[-+]?\d{4}/u);
  });
});

describe('a huge duration or count of doses never throws: no date beyond the calendar is computed', () => {
  it.each([
    ['boundsDuration', { boundsDuration: { value: 1e15, code: 'd' } }],
    ['count', { count: Number.MAX_SAFE_INTEGER }],
    ['countMax', { count: 1, countMax: 1e300 }],
  ])('%s', (field, repeat) => {
    const list = read(bundle(request('rx-1', metformin, [timed('1 morgon', 1, ['08:00:00'], {}, repeat)])));
    expect(list.problems.map((p) => p.path)).toEqual([`entry[1].resource.dosageInstruction[0].timing.repeat.${field}${field === 'boundsDuration' ? '.value' : ''}`]);
  });
});
