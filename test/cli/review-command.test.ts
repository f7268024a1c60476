import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli';
import { deviationFingerprint } from '../../src/decisions';
import { examplePair, reconcilePair } from '../classify/arbitrary';
import { memoryIo } from './memory-io';

const EXAMPLE = ['--cosmic', 'examples/data/cosmic-export.json', '--pascal', 'examples/data/pascal-export.json', '--as-of', '2026-11-20'];

describe('medrec review', () => {
  it('writes the review page to --out and says how many deviations it holds', () => {
    const m = memoryIo();
    expect(run(['review', ...EXAMPLE, '--out', 'review.html'], m.io)).toBe(0);
    const page = m.written.get('review.html')!;
    expect(page).toContain('Läkemedelsavstämning — granskning och beslut');
    expect([...page.matchAll(/data-deviation="/gu)]).toHaveLength(5);
    expect(m.stdout()).toMatch(/^Skrev review\.html: 5 avvikelser att besluta, \d+ kB\./u);
    expect(m.stderr()).toBe('');
  });

  it('prints the page to standard output without --out, the personnummer masked unless --show-personnummer', () => {
    const m = memoryIo();
    expect(run(['review', ...EXAMPLE], m.io)).toBe(0);
    expect(m.stdout()).toContain('19121212-****');
    const shown = memoryIo();
    expect(run(['review', ...EXAMPLE, '--show-personnummer'], shown.io)).toBe(0);
    expect(shown.stdout()).toContain('Patient <strong>19121212-1212</strong>');
  });

  it('reads FHIR Bundles like reconcile does', () => {
    const m = memoryIo();
    const fhir = ['--cosmic-fhir', 'examples/fhir/cosmic-bundle.json', '--pascal', 'examples/data/pascal-export.json', '--as-of', '2026-11-20'];
    expect(run(['review', ...fhir, '--out', 'review.html'], m.io)).toBe(0);
    expect(m.written.get('review.html')).toContain('data-deviation=');
  });

  it('shows earlier decisions from --decisions', () => {
    const fingerprint = deviationFingerprint(reconcilePair(examplePair()).deviations.find((d) => d.id === 'dose:C-2:P-2')!);
    const decisions = JSON.stringify({
      format: 'medrec-decisions',
      version: 1,
      patient: { id: '19121212-1212' },
      asOf: '2026-11-20',
      decidedBy: { name: 'Anna Andersson', hsaId: 'SE2321000016-A1B2', role: 'physician' },
      decidedAt: '2026-11-20T15:30:00+01:00',
      decisions: [{ deviation: 'dose:C-2:P-2', fingerprint, choice: 'cosmic', comment: 'Dosen höjdes på avdelningen.' }],
    });
    const withFile = memoryIo({ 'beslut.json': decisions });
    expect(run(['review', ...EXAMPLE, '--decisions', 'beslut.json', '--out', 'review.html'], withFile.io)).toBe(0);
    const page = withFile.written.get('review.html')!;
    expect(page).toContain('name="choice:dose:C-2:P-2" value="cosmic" data-choice="cosmic" checked');
    expect(page).toContain('Dosen höjdes på avdelningen.');
  });

  it('answers --help', () => {
    const m = memoryIo();
    expect(run(['review', '--help'], m.io)).toBe(0);
    expect(m.stdout()).toContain('Användning: medrec review');
    const all = memoryIo();
    run(['--help'], all.io);
    expect(all.stdout()).toMatch(/review\s+skriv granskningssidan/u);
  });
});
