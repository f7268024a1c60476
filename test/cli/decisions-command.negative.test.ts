import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli';
import { memoryIo } from './memory-io';

const EXAMPLE = ['--cosmic', 'examples/data/cosmic-export.json', '--pascal', 'examples/data/pascal-export.json', '--as-of', '2026-11-20'];
const decisions = () => JSON.parse(readFileSync('examples/decisions/beslut.json', 'utf8')) as Record<string, unknown> & { decisions: Array<Record<string, unknown>> };

describe('bad --decisions files', () => {
  it('another patient: exit 2, naming the file and neither id', () => {
    const m = memoryIo({ 'annan.json': JSON.stringify({ ...decisions(), patient: { id: 'SYN-0000001' } }) });
    expect(run(['handover', ...EXAMPLE, '--decisions', 'annan.json'], m.io)).toBe(2);
    expect(m.stderr()).toContain('annan.json: patient.id: the decisions document is of another patient than the exports');
    expect(m.stderr()).not.toContain('19121212');
    expect(m.stderr()).not.toContain('SYN-0000001');
  });

  it('not JSON, or not a decisions document: exit 2 with the file and path', () => {
    const m = memoryIo({ 'trasig.json': '{"format":', 'fel.json': JSON.stringify({ ...decisions(), version: 2 }) });
    expect(run(['handover', ...EXAMPLE, '--decisions', 'trasig.json'], m.io)).toBe(2);
    expect(m.stderr()).toContain('trasig.json: (document): expected a JSON document');
    const v = memoryIo({ 'fel.json': JSON.stringify({ ...decisions(), version: 2 }) });
    expect(run(['reconcile', ...EXAMPLE, '--decisions', 'fel.json'], v.io)).toBe(2);
    expect(v.stderr()).toContain('fel.json: version: expected 1');
    const missing = memoryIo();
    expect(run(['handover', ...EXAMPLE, '--decisions', 'finns-inte.json'], missing.io)).toBe(2);
    expect(missing.stderr()).toContain('finns-inte.json: no such file');
  });

  it('a bad entry: said on stderr with its path, the list still written, not valid', () => {
    const doc = decisions();
    const bad = { ...doc, decisions: doc.decisions.map((d) => (d['deviation'] === 'dose:C-2:P-2' ? { ...d, choice: 'neither' } : d)) };
    const m = memoryIo({ 'beslut.json': JSON.stringify(bad) });
    expect(run(['handover', ...EXAMPLE, '--decisions', 'beslut.json', '--format', 'json'], m.io)).toBe(0);
    expect(m.stderr()).toContain('beslut.json: decisions[1].value: expected a decided value for choice "neither"');
    expect((JSON.parse(m.stdout()) as { validity: { kind: string } }).validity.kind).toBe('not-valid');
  });

  it('--pending-days that is not a whole number', () => {
    const m = memoryIo();
    expect(run(['handover', ...EXAMPLE, '--decisions', 'examples/decisions/beslut.json', '--pending-days', 'två'], m.io)).toBe(2);
    expect(m.stderr()).toContain('--pending-days måste vara ett heltal');
  });
});
