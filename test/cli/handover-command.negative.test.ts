import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli';
import { memoryIo } from './memory-io';

const EXAMPLE = ['--cosmic', 'examples/data/cosmic-export.json', '--pascal', 'examples/data/pascal-export.json', '--as-of', '2026-11-20'];

const fails = (args: ReadonlyArray<string>, prepare?: (m: ReturnType<typeof memoryIo>) => void) => {
  const m = memoryIo();
  prepare?.(m);
  const code = run(['handover', ...args], m.io);
  return { code, stderr: m.stderr(), written: m.written };
};

describe('medrec handover with unusable input: exit 2 and the reason on stderr', () => {
  it('without --pascal', () => {
    const r = fails(['--cosmic', 'examples/data/cosmic-export.json']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--pascal FIL eller --pascal-fhir FIL saknas');
  });

  it('with an unknown --format', () => {
    const r = fails([...EXAMPLE, '--format', 'pdf']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--format måste vara html, json eller fhir, inte "pdf"');
  });

  it('with a file that does not exist', () => {
    const r = fails(['--cosmic', 'nowhere.json', '--pascal', 'examples/data/pascal-export.json', '--as-of', '2026-11-20']);
    expect(r).toMatchObject({ code: 2, stderr: 'medrec handover: nowhere.json: no such file\n' });
  });

  it('with a date that is not one', () => {
    const r = fails([...EXAMPLE.slice(0, 4), '--as-of', '2026-02-30']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--as-of måste vara ett datum ÅÅÅÅ-MM-DD, inte "2026-02-30"');
  });

  it('with a --previous that is not a handover list: the file and JSON path', () => {
    const r = fails([...EXAMPLE, '--previous', 'examples/handover/fore-sjukhusvistelsen/cosmic-export.json']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('examples/handover/fore-sjukhusvistelsen/cosmic-export.json: format: expected "medrec-handover"');
  });

  it('with a --previous of another patient, without printing either id', () => {
    const r = fails([...EXAMPLE, '--previous', 'förra.json'], (m) =>
      m.written.set('förra.json', JSON.stringify({ format: 'medrec-handover', version: 1, asOf: '2026-11-01', patient: { id: 'SYN-0000001' }, lines: [], inactive: [] })),
    );
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('förra.json: patient.id: the previous handover list is of another patient');
    expect(r.stderr).not.toMatch(/SYN-0000001|19121212/u);
  });

  it('when the list cannot be written', () => {
    const r = fails([...EXAMPLE, '--out', '/unwritable/lista.html']);
    expect(r).toMatchObject({ code: 2, stderr: 'medrec handover: /unwritable/lista.html: permission denied\n' });
  });
});
