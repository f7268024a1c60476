import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli';
import { memoryIo } from './memory-io';

const EXAMPLE = ['--cosmic', 'examples/data/cosmic-export.json', '--pascal', 'examples/data/pascal-export.json', '--as-of', '2026-11-20'];
const DECISIONS = 'examples/decisions/beslut.json';

describe('medrec decisions template', () => {
  it('writes a document to fill in: every deviation with its fingerprint, both values and its text', () => {
    const m = memoryIo();
    expect(run(['decisions', 'template', ...EXAMPLE, '--out', 'mall.json'], m.io)).toBe(0);
    const doc = JSON.parse(m.written.get('mall.json')!) as { format: string; decidedBy: unknown; decisions: Array<Record<string, unknown>> };
    expect(doc).toMatchObject({ format: 'medrec-decisions', version: 1, decidedBy: null, decidedAt: null });
    expect(doc.decisions).toHaveLength(5);
    expect(doc.decisions[0]).toMatchObject({ deviation: 'status:C-4:P-4', choice: null, kind: 'status', drug: 'zopiklon' });
    expect(m.stdout()).toBe('Skrev mall.json: 5 avvikelser att besluta om.\n');
  });

  it('is what examples/decisions/mall.json holds', () => {
    const m = memoryIo();
    expect(run(['decisions', 'template', ...EXAMPLE], m.io)).toBe(0);
    expect(m.stdout()).toBe(readFileSync('examples/decisions/mall.json', 'utf8'));
  });

  it('answers --help, and refuses no or another subcommand', () => {
    const help = memoryIo();
    expect(run(['decisions', '--help'], help.io)).toBe(0);
    expect(help.stdout()).toContain('Användning: medrec decisions template');
    const none = memoryIo();
    expect(run(['decisions', ...EXAMPLE], none.io)).toBe(2);
    expect(none.stderr()).toContain('underkommando saknas');
    const other = memoryIo();
    expect(run(['decisions', 'apply', ...EXAMPLE], other.io)).toBe(2);
    expect(other.stderr()).toContain('okänt underkommando "apply"');
  });
});

describe('--decisions on medrec handover and medrec reconcile', () => {
  it('handover: the signed list, with decisions[].state in its JSON', () => {
    const m = memoryIo();
    expect(run(['handover', ...EXAMPLE, '--decisions', DECISIONS, '--format', 'json'], m.io)).toBe(0);
    const json = JSON.parse(m.stdout()) as { validity: { kind: string }; decisions: Array<{ state: string }>; corrections: unknown[] };
    expect(json.validity.kind).toBe('signed');
    expect(json.decisions.map((d) => d.state)).toEqual(['pending', 'pending', 'pending', 'pending', 'pending']);
    expect(json.corrections).toHaveLength(5);
  });

  it('handover --format fhir: a Task per correction and the Provenance of the signature', () => {
    const m = memoryIo();
    expect(run(['handover', ...EXAMPLE, '--decisions', DECISIONS, '--format', 'fhir'], m.io)).toBe(0);
    const bundle = JSON.parse(m.stdout()) as { entry: Array<{ resource: { resourceType: string } }> };
    const types = bundle.entry.map((e) => e.resource.resourceType);
    expect(types.filter((t) => t === 'Task')).toHaveLength(5);
    expect(types.filter((t) => t === 'Provenance')).toHaveLength(1);
  });

  it('handover: incident reports carry the decision and its correction', () => {
    const m = memoryIo();
    expect(run(['handover', ...EXAMPLE, '--decisions', DECISIONS, '--out', 'lista.html', '--incidents', 'avvikelser'], m.io)).toBe(0);
    const report = JSON.parse(m.written.get('avvikelser/avvikelse-1-status-zopiklon.json')!) as { decision: { text: string; corrections: Array<{ sv: string }> } };
    expect(report.decision.text).toBe('Beslut: journalen gäller — Anna Andersson, 2026-11-20');
    expect(report.decision.corrections.map((c) => c.sv)).toEqual(['Pascal: sätt ut zopiklon (P-4)']);
    expect(m.written.get('avvikelser/avvikelse-1-status-zopiklon.txt')).toContain('Rättelse: Pascal: sätt ut zopiklon (P-4)');
  });

  it('a later --decisions file wins per deviation', () => {
    const doc = JSON.parse(readFileSync(DECISIONS, 'utf8')) as { decisions: Array<Record<string, unknown>> };
    const later = { ...doc, decidedAt: '2026-11-20T16:00:00+01:00', decisions: doc.decisions.filter((d) => d['deviation'] === 'dose:C-2:P-2').map((d) => ({ ...d, choice: 'pascal' })) };
    const m = memoryIo({ 'senare.json': JSON.stringify(later) });
    expect(run(['reconcile', ...EXAMPLE, '--decisions', DECISIONS, '--decisions', 'senare.json', '--format', 'json'], m.io)).toBe(0);
    const json = JSON.parse(m.stdout()) as { decisions: Array<{ deviation: string; choice: string; file: string }> };
    expect(json.decisions.find((d) => d.deviation === 'dose:C-2:P-2')).toMatchObject({ choice: 'pascal', file: 'senare.json' });
  });

  it('reconcile: the text ends with the decisions and what to correct', () => {
    const m = memoryIo();
    expect(run(['reconcile', ...EXAMPLE, '--decisions', DECISIONS], m.io)).toBe(0);
    expect(m.stdout()).toContain('Listan är giltig som ordinationshandling');
    expect(m.stdout()).toContain('Att rätta i systemen\n  Pascal: sätt ut zopiklon (P-4)');
  });
});
