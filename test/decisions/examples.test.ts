import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli';
import { memoryIo } from '../cli/memory-io';

// examples/decisions is what medrec writes for the shared example pair decided in beslut.json (the README's
// handover section shows it). When this fails after a change, regenerate with the commands in the README
// ("Decisions: from deviations to a signed list"): `npx tsx src/cli/main.ts handover … --decisions …`.
const ARGS = [
  '--cosmic', 'examples/data/cosmic-export.json',
  '--pascal', 'examples/data/pascal-export.json',
  '--previous', 'examples/handover/forra-listan.json',
  '--as-of', '2026-11-20',
  '--decisions', 'examples/decisions/beslut.json',
];

describe('the decided example in examples/decisions', () => {
  it('is what medrec handover writes now: the signed list as HTML and JSON, and its corrections', () => {
    const m = memoryIo();
    expect(run(['handover', ...ARGS, '--out', 'lista.html'], m.io)).toBe(0);
    expect(run(['handover', ...ARGS, '--format', 'json', '--out', 'lista.json'], m.io)).toBe(0);
    expect(m.written.get('lista.html')).toBe(readFileSync('examples/decisions/lista.html', 'utf8'));
    expect(m.written.get('lista.json')).toBe(readFileSync('examples/decisions/lista.json', 'utf8'));
    const corrections = (JSON.parse(m.written.get('lista.json')!) as { corrections: unknown }).corrections;
    expect(`${JSON.stringify(corrections, null, 2)}\n`).toBe(readFileSync('examples/decisions/rattelser.json', 'utf8'));
  });

  it('is signed, and decides every one of the five deviations', () => {
    const list = JSON.parse(readFileSync('examples/decisions/lista.json', 'utf8')) as { validity: { kind: string }; decisions: unknown[]; lines: Array<{ deviations: string[]; decisions?: unknown[] }> };
    expect(list.validity.kind).toBe('signed');
    expect(list.decisions).toHaveLength(5);
    for (const line of list.lines.filter((l) => l.deviations.length > 0)) expect(line.decisions).toHaveLength(line.deviations.length);
  });

  it('the next day (2026-11-23, examples/decisions/nasta-dag): Pascal corrected, the journal not yet: four done, one pending and overdue', () => {
    const next = ['--cosmic', 'examples/decisions/nasta-dag/cosmic-export.json', '--pascal', 'examples/decisions/nasta-dag/pascal-export.json', '--as-of', '2026-11-23', '--decisions', 'examples/decisions/beslut.json'];
    const m = memoryIo();
    expect(run(['handover', ...next, '--out', 'lista.html'], m.io)).toBe(0);
    expect(run(['handover', ...next, '--format', 'json', '--out', 'lista.json'], m.io)).toBe(0);
    expect(m.written.get('lista.html')).toBe(readFileSync('examples/decisions/nasta-dag/lista.html', 'utf8'));
    expect(m.written.get('lista.json')).toBe(readFileSync('examples/decisions/nasta-dag/lista.json', 'utf8'));
    const json = JSON.parse(m.written.get('lista.json')!) as { decisions: Array<{ deviation: string; state: string; overdue: boolean }>; corrections: Array<{ sv: string; overdue: boolean }> };
    expect(json.decisions.map((d) => [d.deviation, d.state, d.overdue])).toEqual([
      ['missing-in-cosmic::P-5', 'pending', true],
      ['dose:C-2:P-2', 'done', false],
      ['missing-in-pascal:C-5:', 'done', false],
      ['status:C-4:P-4', 'done', false],
      ['strength:C-9:P-7', 'done', false],
    ]);
    expect(json.corrections.map((c) => [c.sv, c.overdue])).toEqual([['Journalen: för in omeprazol i journalen: Omeprazol Actavis 20 mg enterokapsel, 1 kapsel på morgonen (som P-5)', true]]);
  });
});
