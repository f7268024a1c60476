import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli';
import { memoryIo } from './memory-io';

const EXAMPLE = ['--cosmic', 'examples/data/cosmic-export.json', '--pascal', 'examples/data/pascal-export.json', '--as-of', '2026-11-20'];

describe('medrec reconcile', () => {
  it('prints the Swedish summary of the example pair and exits 0, discrepancies being a success', () => {
    const t = memoryIo();
    expect(run(['reconcile', ...EXAMPLE], t.io)).toBe(0);
    expect(t.stdout()).toContain('5 skillnader mellan listorna');
    expect(t.stdout()).toContain('Dosen skiljer: furosemid');
    expect(t.stdout()).toContain('Patient: 19121212-****');
    expect(t.stdout()).not.toContain('19121212-1212');
    expect(t.stderr()).toBe('');
  });

  it('prints the JSON contract with --format json', () => {
    const t = memoryIo();
    expect(run(['reconcile', ...EXAMPLE, '--format', 'json'], t.io)).toBe(0);
    const json = JSON.parse(t.stdout());
    expect(Object.keys(json)).toEqual(['version', 'asOf', 'patient', 'summary', 'lines', 'discrepancies', 'deviations', 'invalid', 'problems', 'checks', 'findings']);
    // The clinical checks, apart from the discrepancies: the test patient is 113 years old.
    expect(json.checks).toEqual({ rulesVersion: 1, age: 113, ageBasis: 'personnummer', older: true, palliative: false, palliativeInjections: null });
    expect(json.findings.map((f: { rule: string }) => f.rule)).toEqual(['regimen-hypnotic', 'polypharmacy-ten']);
    expect(json.deviations).toHaveLength(5);
    expect(json.deviations[0]).toEqual(
      expect.objectContaining({ discrepancy: expect.objectContaining({ kind: expect.any(String) }), category: 'vård och behandling / läkemedel', riskScore: expect.any(Number), intent: expect.any(String) }),
    );
    expect(json.asOf).toBe('2026-11-20');
    expect(json.patient).toEqual({ id: '19121212-1212' });
    expect(json.discrepancies.map((d: { kind: string }) => d.kind).sort()).toEqual(['dose', 'missing-in-cosmic', 'missing-in-pascal', 'status', 'strength']);
    expect(json.lines[0]).toEqual(expect.objectContaining({ status: expect.any(String), cosmic: expect.any(Array), pascal: expect.any(Array) }));
  });

  it('exits 2 with the file and JSON path on stderr when a document lacks its frame', () => {
    const t = memoryIo({ 'bad.json': JSON.stringify({ source: 'cosmic', exportedAt: '2026-11-20T14:05:00+01:00', ordinations: [] }) });
    expect(run(['reconcile', '--cosmic', 'bad.json', '--pascal', 'examples/data/pascal-export.json'], t.io)).toBe(2);
    expect(t.stderr()).toBe('medrec reconcile: bad.json: patient: expected patient, got missing\n');
    expect(t.stdout()).toBe('');
  });

  it('exits 2 when a file does not exist, is not JSON, or the two files are of different patients', () => {
    const missing = memoryIo();
    expect(run(['reconcile', '--cosmic', 'nope.json', '--pascal', 'examples/data/pascal-export.json'], missing.io)).toBe(2);
    expect(missing.stderr()).toContain('nope.json: no such file');

    const notJson = memoryIo({ 'c.json': 'ordinations: 1' });
    expect(run(['reconcile', '--cosmic', 'c.json', '--pascal', 'examples/data/pascal-export.json'], notJson.io)).toBe(2);
    expect(notJson.stderr()).toContain('c.json: (document): expected a JSON document');

    const other = JSON.parse(JSON.stringify({ source: 'pascal', exportedAt: '2026-11-20T14:07:00+01:00', doseDispensing: false, patient: { id: 'SYN-0000002' }, prescriptions: [] }));
    const mismatch = memoryIo({ 'p.json': JSON.stringify(other) });
    expect(run(['reconcile', '--cosmic', 'examples/data/cosmic-export.json', '--pascal', 'p.json'], mismatch.io)).toBe(2);
    expect(mismatch.stderr()).toContain('different patients');
    expect(mismatch.stderr()).not.toContain('19121212');
  });

  it('exits 2 on unusable arguments, with the usage', () => {
    for (const args of [['reconcile'], ['reconcile', '--cosmic', 'c.json'], ['reconcile', ...EXAMPLE, '--format', 'xml'], ['reconcile', ...EXAMPLE, '--bogus'], ['reconcile', '--cosmic', 'examples/data/cosmic-export.json', '--pascal', 'examples/data/pascal-export.json', '--as-of', '20 nov']]) {
      const t = memoryIo();
      expect(run(args, t.io)).toBe(2);
      expect(t.stderr()).not.toBe('');
    }
  });

  it('answers --help with the commands, and an unknown command with exit 2', () => {
    const help = memoryIo();
    expect(run(['--help'], help.io)).toBe(0);
    expect(help.stdout()).toContain('reconcile');
    const unknown = memoryIo();
    expect(run(['reconsile'], unknown.io)).toBe(2);
    expect(unknown.stderr()).toContain('okänt kommando');
  });
});
