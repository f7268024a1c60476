import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli';
import { memoryIo } from './memory-io';

// examples/handover is what `medrec handover` writes for the shared example pair: the README shows it.
// When this fails after a change to the list, regenerate it with the commands in the README
// ("Handover list"), and the screenshot with chromium --screenshot.
const ARGS = ['--cosmic', 'examples/data/cosmic-export.json', '--pascal', 'examples/data/pascal-export.json', '--previous', 'examples/handover/forra-listan.json', '--as-of', '2026-11-20'];
const BEFORE = ['--cosmic', 'examples/handover/fore-sjukhusvistelsen/cosmic-export.json', '--pascal', 'examples/handover/fore-sjukhusvistelsen/pascal-export.json', '--as-of', '2026-11-01'];

describe('the rendered example in examples/handover', () => {
  it('is what medrec handover writes now: the list handed over before the stay', () => {
    const m = memoryIo();
    expect(run(['handover', ...BEFORE, '--format', 'json', '--out', 'forra-listan.json'], m.io)).toBe(0);
    expect(m.written.get('forra-listan.json')).toBe(readFileSync('examples/handover/forra-listan.json', 'utf8'));
  });

  it('is what medrec handover writes now: the HTML list, its JSON and the incident reports', () => {
    const m = memoryIo();
    expect(run(['handover', ...ARGS, '--out', 'lista.html', '--incidents', 'avvikelser'], m.io)).toBe(0);
    expect(run(['handover', ...ARGS, '--format', 'json', '--out', 'lista.json'], m.io)).toBe(0);
    expect(m.written.get('lista.html')).toBe(readFileSync('examples/handover/lista.html', 'utf8'));
    expect(m.written.get('lista.json')).toBe(readFileSync('examples/handover/lista.json', 'utf8'));
    const reports = readdirSync('examples/handover/avvikelser').sort();
    expect([...m.written.keys()].filter((k) => k.startsWith('avvikelser/')).map((k) => k.slice('avvikelser/'.length)).sort()).toEqual(reports);
    for (const name of reports) expect(m.written.get(`avvikelser/${name}`)).toBe(readFileSync(`examples/handover/avvikelser/${name}`, 'utf8'));
  });
});
