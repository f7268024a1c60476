import * as E from 'fp-ts/lib/Either.js';
import { describe, expect, it } from 'vitest';
import { groupBulkNdjson } from '../../src/fhir';
import { medication, request, timed } from './builders';

// A small Bulk Data export: two patients, Medications shared by reference, one file per resource type.
const line = (u: unknown) => JSON.stringify(u);
const med = (id: string, name: string, substance: string, strength: number) => ({ ...medication(name, substance, strength), id });
const mr = (id: string, patientId: string, medicationId: string, extra: Record<string, unknown> = {}) => {
  const { contained: _contained, ...rest } = request(id, {}, [timed('1 tablett morgon', 1, ['08:00:00'])], extra) as Record<string, unknown>;
  return { ...rest, medicationReference: { reference: `Medication/${medicationId}` }, subject: { reference: `Patient/${patientId}` }, ...extra };
};

const FILES = [
  { file: 'Patient.ndjson', lines: [line({ resourceType: 'Patient', id: 'SYN-0000001' }), line({ resourceType: 'Patient', id: 'SYN-0000002', identifier: [{ system: 'urn:medrec:fhir:identifier:patient-id', value: 'SYN-0000002' }] })] },
  { file: 'Medication.ndjson', lines: [line(med('m-metformin', 'Metformin 500 mg tablett', 'metformin', 500)), line(med('m-furix', 'Furix 40 mg tablett', 'furosemid', 40))] },
  {
    file: 'MedicationRequest.ndjson',
    lines: [
      line(mr('rx-1', 'SYN-0000001', 'm-metformin')),
      line(mr('rx-2', 'SYN-0000002', 'm-metformin')),
      '',
      line(mr('rx-3', 'SYN-0000002', 'm-furix', { dosageInstruction: [timed('var tredje månad', 1, ['08:00:00'], {}, { period: 3, periodUnit: 'mo' })] })),
      '{"resourceType": "MedicationRequest", ',
      line(mr('rx-5', 'SYN-0000001', 'm-furix', { subject: { display: 'okänd' } })),
      line(mr('rx-6', 'SYN-0000003', 'm-furix')),
    ],
  },
];

describe('groupBulkNdjson: a FHIR Bulk Data export grouped by patient', () => {
  const { patients, errors } = groupBulkNdjson(FILES, { source: 'pascal', exportedAt: '2026-11-20T02:00:00+01:00' });

  it('gives each patient its own list, with Medications shared by reference', () => {
    expect(patients.map((p) => p.key)).toEqual(['Patient/SYN-0000001', 'Patient/SYN-0000002', 'Patient/SYN-0000003']);
    const lists = patients.map((p) => (E.isRight(p.list) ? p.list.right : undefined));
    expect(lists.map((l) => l?.patient.id)).toEqual(['SYN-0000001', 'SYN-0000002', 'SYN-0000003']);
    expect(lists.map((l) => (l?.source === 'pascal' ? l.prescriptions.map((p) => [p.id, p.product.name]) : []))).toEqual([
      [['rx-1', 'Metformin 500 mg tablett']],
      [['rx-2', 'Metformin 500 mg tablett'], ['rx-3', 'Furix 40 mg tablett']],
      [['rx-6', 'Furix 40 mg tablett']],
    ]);
    expect(lists.every((l) => l?.exportedAt === '2026-11-20T02:00:00+01:00')).toBe(true);
  });

  it('lists a field that cannot be mapped in its patient\'s problems, with file and line; the item takes part', () => {
    const second = patients[1]!.list;
    expect(E.isRight(second) && second.right.problems.map((i) => [i.id, i.path])).toEqual([['rx-3', 'MedicationRequest.ndjson:4.dosageInstruction[0].timing.repeat.periodUnit']]);
    expect(E.isRight(second) && second.right.invalid).toEqual([]);
  });

  it('reports lines that are not JSON and resources that name no patient with file and line number', () => {
    expect(errors).toEqual([
      { file: 'MedicationRequest.ndjson', line: 5, path: '(line)', message: 'expected a JSON object on one line; the text is not valid JSON' },
      { file: 'MedicationRequest.ndjson', line: 6, path: 'subject', message: 'expected a reference to a Patient (or a patient identifier): the resource names no patient' },
    ]);
  });

  it('gives the same result whatever the order of the files', () => {
    expect(groupBulkNdjson([...FILES].reverse(), { source: 'pascal', exportedAt: '2026-11-20T02:00:00+01:00' })).toEqual({ patients, errors });
  });

  it('keys a patient by a hash of its personnummer, never by the number', () => {
    const pnr = ['1912', '1212', '1212'].join('');
    const result = groupBulkNdjson(
      [
        { file: 'Patient.ndjson', lines: [line({ resourceType: 'Patient', id: 'p1', identifier: [{ system: 'urn:oid:1.2.752.129.2.1.3.1', value: pnr }] })] },
        { file: 'MedicationStatement.ndjson', lines: [line({ resourceType: 'MedicationStatement', id: 'ms-1', status: 'active', subject: { identifier: { system: 'http://electronichealth.se/identifier/personnummer', value: pnr } }, medicationCodeableConcept: { text: 'Alvedon', coding: [{ system: 'http://www.whocc.no/atc', code: 'N02BE01' }] }, effectiveDateTime: '2026-01-01', dosage: [{ text: 'vid behov' }] })] },
      ],
      { source: 'cosmic', exportedAt: '2026-11-20T02:00:00+01:00' },
    );
    expect(result.patients).toHaveLength(1);
    expect(result.patients[0]!.key).toMatch(/^national-id:[0-9a-f]{16}$/u);
    expect(E.isRight(result.patients[0]!.list) && result.patients[0]!.list.right.source === 'cosmic' && result.patients[0]!.list.right.ordinations.map((o) => o.id)).toEqual(['ms-1']);
  });

  it('rejects an export time that is not a timestamp', () => {
    expect(groupBulkNdjson(FILES, { source: 'pascal', exportedAt: '2026-11-20' }).errors.at(-1)).toMatchObject({ file: '(manifest)', path: 'transactionTime' });
  });
});
