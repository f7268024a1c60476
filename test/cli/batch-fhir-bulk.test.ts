import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli';
import { tempDir, testIo } from './test-io';

type Json = Record<string, unknown>;

/**
 * Writes a bundle of the examples as a FHIR Bulk Data export: one NDJSON file per resource type, the
 * patient under the system's own resource id, and the manifest with its transactionTime.
 */
const bulkExport = (bundleFile: string, dir: string, patientId: string, drop: ReadonlyArray<string> = []): void => {
  const bundle = JSON.parse(readFileSync(bundleFile, 'utf8')) as { entry: Array<{ fullUrl: string; resource: Json }> };
  const patientUrl = bundle.entry.find((e) => e.resource.resourceType === 'Patient')!.fullUrl;
  const byType = new Map<string, string[]>();
  for (const { resource } of bundle.entry) {
    if (drop.includes(String(resource.resourceType))) continue;
    const text = JSON.stringify(resource.resourceType === 'Patient' ? { ...resource, id: patientId } : resource).replaceAll(patientUrl, `Patient/${patientId}`);
    byType.set(String(resource.resourceType), [...(byType.get(String(resource.resourceType)) ?? []), text]);
  }
  mkdirSync(dir, { recursive: true });
  for (const [type, lines] of byType) writeFileSync(join(dir, `${type}.ndjson`), `${lines.join('\n')}\n`);
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify({ transactionTime: '2026-11-20T02:00:00+01:00', request: 'https://example.invalid/$export', output: [] }));
};

const batch = async (...args: string[]) => {
  const t = testIo();
  const code = await run(['batch', ...args, '--as-of', '2026-11-20'], t.io);
  return { code, err: t.err() };
};

describe('medrec batch over FHIR Bulk Data exports', () => {
  it('pairs each patient across the two systems by personnummer and reconciles the example to its five discrepancies', async () => {
    const tmp = tempDir();
    // The two systems know the patient under different resource ids; the personnummer pairs them.
    bulkExport('examples/fhir/cosmic-bundle.json', tmp.at('cosmic'), 'journal-17');
    bulkExport('examples/fhir/pascal-bundle.json', tmp.at('pascal'), 'npo-4711');
    const r = await batch('--cosmic-fhir', tmp.at('cosmic'), '--pascal-fhir', tmp.at('pascal'), '--out', tmp.at('r.ndjson'), '--summary', tmp.at('s.json'));
    expect(r.code).toBe(0);
    const results = readFileSync(tmp.at('r.ndjson'), 'utf8').trim().split('\n').map((l) => JSON.parse(l));
    expect(results).toHaveLength(1);
    expect(results[0].discrepancies.map((d: { kind: string }) => d.kind).sort()).toEqual(['dose', 'missing-in-cosmic', 'missing-in-pascal', 'status', 'strength']);
    const summary = JSON.parse(readFileSync(tmp.at('s.json'), 'utf8'));
    expect(summary).toMatchObject({ addsUp: true, linesRead: 1, resultsWritten: 1, invalidLines: 0 });
    expect(r.err).not.toContain('19121212-1212');
  });

  it('reports a patient found in one export only, and an unreadable bulk line, and goes on: exit 1', async () => {
    const tmp = tempDir();
    bulkExport('examples/fhir/cosmic-bundle.json', tmp.at('cosmic'), 'p1');
    bulkExport('examples/fhir/pascal-bundle.json', tmp.at('pascal'), 'p1');
    writeFileSync(join(tmp.at('pascal'), 'MedicationRequest.ndjson'), `${readFileSync(join(tmp.at('pascal'), 'MedicationRequest.ndjson'), 'utf8')}{"resourceType": \n`);
    const lonely = { resourceType: 'Patient', id: 'p2', identifier: [{ system: 'http://electronichealth.se/identifier/personnummer', value: 'SYN-0000002' }] };
    writeFileSync(join(tmp.at('cosmic'), 'Patient.ndjson'), `${readFileSync(join(tmp.at('cosmic'), 'Patient.ndjson'), 'utf8')}${JSON.stringify(lonely)}\n`);
    const r = await batch('--cosmic-fhir', tmp.at('cosmic'), '--pascal-fhir', tmp.at('pascal'), '--out', tmp.at('r.ndjson'), '--errors', tmp.at('e.ndjson'), '--summary', tmp.at('s.json'));
    expect(r.code).toBe(1);
    const errors = readFileSync(tmp.at('e.ndjson'), 'utf8').trim().split('\n').map((l) => JSON.parse(l));
    expect(errors.map((e: { reason: string }) => e.reason)).toEqual(expect.arrayContaining(['invalid-document']));
    expect(errors.some((e: { problems: Array<{ path: string }> }) => e.problems.some((p) => p.path.startsWith('pascal:MedicationRequest.ndjson:')))).toBe(true);
    const summary = JSON.parse(readFileSync(tmp.at('s.json'), 'utf8'));
    expect(summary.addsUp).toBe(true);
    expect(summary.resultsWritten).toBe(1);
    expect(summary.linesRead).toBe(summary.resultsWritten + summary.invalidLines);
  });

  it('refuses unusable arguments: one side only, both kinds of input, a folder without its manifest', async () => {
    const tmp = tempDir();
    mkdirSync(tmp.at('empty'));
    expect((await batch('--cosmic-fhir', tmp.at('empty'), '--out', tmp.at('r'))).code).toBe(2);
    expect((await batch('x.ndjson', '--cosmic-fhir', tmp.at('empty'), '--pascal-fhir', tmp.at('empty'), '--out', tmp.at('r'))).code).toBe(2);
    const noManifest = await batch('--cosmic-fhir', tmp.at('empty'), '--pascal-fhir', tmp.at('empty'), '--out', tmp.at('r'));
    expect(noManifest.code).toBe(2);
    expect(noManifest.err).toContain('manifest.json');
  });
});
