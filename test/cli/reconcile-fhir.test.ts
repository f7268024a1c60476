import { beforeAll, describe, expect, it } from 'vitest';
import { run } from '../../src/cli';
import { loadR4, R4_LOAD_TIMEOUT_MS, r4Errors } from '../fhir/validate';
import { memoryIo } from './memory-io';

const FHIR_PAIR = ['--cosmic-fhir', 'examples/fhir/cosmic-bundle.json', '--pascal-fhir', 'examples/fhir/pascal-bundle.json', '--as-of', '2026-11-20'];


// The R4 definitions are indexed once per file; see validate.ts for why the timeout is generous.
beforeAll(loadR4, R4_LOAD_TIMEOUT_MS);

describe('medrec reconcile with FHIR', () => {
  it('reconciles the two example bundles to the five discrepancies', () => {
    const t = memoryIo();
    expect(run(['reconcile', ...FHIR_PAIR], t.io)).toBe(0);
    expect(t.stdout()).toContain('5 skillnader mellan listorna');
    expect(t.stderr()).toBe('');
  });

  it('mixes a FHIR bundle on one side with a JSON export on the other', () => {
    for (const args of [
      ['--cosmic-fhir', 'examples/fhir/cosmic-bundle.json', '--pascal', 'examples/data/pascal-export.json'],
      ['--cosmic', 'examples/data/cosmic-export.json', '--pascal-fhir', 'examples/fhir/pascal-bundle.json'],
    ]) {
      const t = memoryIo();
      expect(run(['reconcile', ...args, '--as-of', '2026-11-20', '--format', 'json'], t.io)).toBe(0);
      expect(JSON.parse(t.stdout()).discrepancies.map((d: { kind: string }) => d.kind).sort()).toEqual(['dose', 'missing-in-cosmic', 'missing-in-pascal', 'status', 'strength']);
    }
  });

  it('prints a valid R4 Bundle with --format fhir, with one DetectedIssue per discrepancy', () => {
    const t = memoryIo();
    expect(run(['reconcile', ...FHIR_PAIR, '--format', 'fhir'], t.io)).toBe(0);
    const bundle = JSON.parse(t.stdout());
    expect(r4Errors(bundle)).toEqual([]);
    const types = bundle.entry.map((e: { resource: { resourceType: string } }) => e.resource.resourceType);
    expect(types.filter((x: string) => x === 'DetectedIssue')).toHaveLength(5);
    expect(types.filter((x: string) => x === 'List')).toHaveLength(1);
  });

  it('exits 2 with the file and FHIR path when a bundle cannot be read, or both kinds of one side are given', () => {
    const bad = memoryIo({ 'b.json': JSON.stringify({ resourceType: 'Bundle', type: 'collection', entry: [] }) });
    expect(run(['reconcile', '--cosmic-fhir', 'b.json', '--pascal', 'examples/data/pascal-export.json'], bad.io)).toBe(2);
    expect(bad.stderr()).toContain('b.json: timestamp: expected the time of export');
    const both = memoryIo();
    expect(run(['reconcile', '--cosmic', 'examples/data/cosmic-export.json', '--cosmic-fhir', 'examples/fhir/cosmic-bundle.json', '--pascal', 'examples/data/pascal-export.json'], both.io)).toBe(2);
    expect(both.stderr()).toContain('ange antingen --cosmic eller --cosmic-fhir, inte båda');
    const dispensing = memoryIo();
    expect(run(['reconcile', ...FHIR_PAIR, '--fhir-dispensing', 'påse'], dispensing.io)).toBe(2);
  });

  it('uses --fhir-dispensing for e-prescriptions that do not say how they are dispensed', () => {
    const text = JSON.stringify({
      resourceType: 'Bundle',
      type: 'collection',
      timestamp: '2026-11-20T14:07:00+01:00',
      entry: [
        { resource: { resourceType: 'Patient', id: 'p', identifier: [{ system: 'http://electronichealth.se/identifier/personnummer', value: '191212121212' }] } },
        { resource: { resourceType: 'MedicationRequest', id: 'rx-1', status: 'active', intent: 'order', subject: { reference: 'Patient/p' }, authoredOn: '2026-01-01', medicationCodeableConcept: { text: 'Omeprazol 20 mg', coding: [{ system: 'http://www.whocc.no/atc', code: 'A02BC01' }] }, dosageInstruction: [{ text: '1 kapsel på morgonen' }] } },
      ],
    });
    const without = memoryIo({ 'p.json': text });
    expect(run(['reconcile', '--cosmic', 'examples/data/cosmic-export.json', '--pascal-fhir', 'p.json', '--as-of', '2026-11-20', '--format', 'json'], without.io)).toBe(0);
    // The item takes part; its dispensing is unknown and listed as a problem.
    expect(JSON.parse(without.stdout()).invalid).toEqual([]);
    expect(JSON.parse(without.stdout()).problems[0].message).toMatch(/^expected the dispensing extension/u);
    const withDefault = memoryIo({ 'p.json': text });
    expect(run(['reconcile', '--cosmic', 'examples/data/cosmic-export.json', '--pascal-fhir', 'p.json', '--as-of', '2026-11-20', '--format', 'json', '--fhir-dispensing', 'whole-package'], withDefault.io)).toBe(0);
    expect(JSON.parse(withDefault.stdout()).invalid).toEqual([]);
  });
});
