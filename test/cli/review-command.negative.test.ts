import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli';
import { memoryIo } from './memory-io';

const EXAMPLE = ['--cosmic', 'examples/data/cosmic-export.json', '--pascal', 'examples/data/pascal-export.json', '--as-of', '2026-11-20'];

const decisionsOf = (patient: string): string =>
  JSON.stringify({
    format: 'medrec-decisions',
    version: 1,
    patient: { id: patient },
    asOf: '2026-11-20',
    decidedBy: null,
    decidedAt: null,
    decisions: [],
  });

describe('medrec review refuses what it cannot use, saying why', () => {
  it('without a side, or with both forms of one', () => {
    const m = memoryIo();
    expect(run(['review', '--cosmic', 'examples/data/cosmic-export.json'], m.io)).toBe(2);
    expect(m.stderr()).toContain('--pascal FIL eller --pascal-fhir FIL saknas');
    const both = memoryIo();
    expect(run(['review', ...EXAMPLE, '--pascal-fhir', 'examples/fhir/pascal-bundle.json'], both.io)).toBe(2);
    expect(both.stderr()).toContain('ange antingen --pascal eller --pascal-fhir, inte båda');
  });

  it('an unknown option, a missing file, a bad date', () => {
    const unknown = memoryIo();
    expect(run(['review', ...EXAMPLE, '--format', 'pdf'], unknown.io)).toBe(2);
    const missing = memoryIo();
    expect(run(['review', '--cosmic', 'nej.json', '--pascal', 'examples/data/pascal-export.json'], missing.io)).toBe(2);
    expect(missing.stderr()).toContain('nej.json: no such file');
    const date = memoryIo();
    expect(run(['review', ...EXAMPLE.slice(0, 4), '--as-of', '20 november'], date.io)).toBe(2);
    expect(date.stderr()).toContain('--as-of måste vara ett datum');
  });

  it('a decisions file that is not a decisions document, with the file and the path', () => {
    const m = memoryIo({ 'beslut.json': JSON.stringify({ format: 'medrec-decisions', version: 2 }) });
    expect(run(['review', ...EXAMPLE, '--decisions', 'beslut.json'], m.io)).toBe(2);
    expect(m.stderr()).toContain('beslut.json');
    expect(m.stderr()).toContain('version');
    expect(m.written.size).toBe(1);
  });

  it('decisions of another patient, naming neither id', () => {
    const m = memoryIo({ 'beslut.json': decisionsOf('SYN-0000001') });
    expect(run(['review', ...EXAMPLE, '--decisions', 'beslut.json', '--out', 'review.html'], m.io)).toBe(2);
    expect(m.stderr()).toContain('the decisions are of another patient');
    expect(m.stderr()).not.toContain('SYN-0000001');
    expect(m.stderr()).not.toContain('19121212');
    expect(m.written.has('review.html')).toBe(false);
  });

  it('an output that cannot be written', () => {
    const m = memoryIo();
    expect(run(['review', ...EXAMPLE, '--out', '/unwritable/review.html'], m.io)).toBe(2);
    expect(m.stderr()).toContain('/unwritable/review.html: permission denied');
  });
});
