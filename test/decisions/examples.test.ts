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
});
