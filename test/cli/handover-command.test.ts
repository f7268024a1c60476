import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli';
import { memoryIo } from './memory-io';

const EXAMPLE = ['--cosmic', 'examples/data/cosmic-export.json', '--pascal', 'examples/data/pascal-export.json', '--as-of', '2026-11-20'];

describe('medrec handover', () => {
  it('writes the printable list to --out and says what it found', () => {
    const m = memoryIo();
    expect(run(['handover', ...EXAMPLE, '--out', 'lista.html'], m.io)).toBe(0);
    expect(m.written.get('lista.html')).toContain('Avvikelser som måste åtgärdas');
    expect(m.stdout()).toContain('Skrev lista.html: 10 rader, 5 avvikelser (3 allvarliga).');
    expect(m.stdout()).toContain('Listan är inte giltig som ordinationshandling');
  });

  it('prints the versioned JSON with --format json, one deviation per discrepancy', () => {
    const m = memoryIo();
    expect(run(['handover', ...EXAMPLE, '--format', 'json'], m.io)).toBe(0);
    const json = JSON.parse(m.stdout()) as { format: string; version: number; deviations: Array<Record<string, unknown>> };
    expect(json).toMatchObject({ format: 'medrec-handover', version: 1 });
    expect(json.deviations).toHaveLength(5);
    for (const d of json.deviations) {
      for (const field of ['discrepancy', 'category', 'subcategory', 'consequence', 'probability', 'riskScore', 'intent', 'action']) expect(d).toHaveProperty(field);
    }
  });

  it('shows the changes since --previous, a list written earlier by --format json', () => {
    const m = memoryIo();
    const before = ['--cosmic', 'examples/handover/fore-sjukhusvistelsen/cosmic-export.json', '--pascal', 'examples/handover/fore-sjukhusvistelsen/pascal-export.json'];
    expect(run(['handover', ...before, '--as-of', '2026-11-01', '--format', 'json', '--out', 'förra.json'], m.io)).toBe(0);
    expect(run(['handover', ...EXAMPLE, '--previous', 'förra.json', '--out', 'lista.html'], m.io)).toBe(0);
    const page = m.written.get('lista.html')!;
    expect(page).toContain('Jämfört med listan som överlämnades 2026-11-01.');
    expect(page).toContain('fallrisk, dagtrötthet');
  });

  it('writes an incident report per serious deviation, as JSON and as text, with --incidents', () => {
    const m = memoryIo();
    expect(run(['handover', ...EXAMPLE, '--out', 'lista.html', '--incidents', 'avvikelser'], m.io)).toBe(0);
    expect([...m.written.keys()].filter((k) => k.startsWith('avvikelser/')).sort()).toEqual([
      'avvikelser/avvikelse-1-status-zopiklon.json',
      'avvikelser/avvikelse-1-status-zopiklon.txt',
      'avvikelser/avvikelse-2-dose-furosemid.json',
      'avvikelser/avvikelse-2-dose-furosemid.txt',
      'avvikelser/avvikelse-3-missing-in-pascal-oxikodon.json',
      'avvikelser/avvikelse-3-missing-in-pascal-oxikodon.txt',
    ]);
  });

  it('masks the personnummer unless --show-personnummer', () => {
    const masked = memoryIo();
    run(['handover', ...EXAMPLE, '--out', 'a.html'], masked.io);
    expect(masked.written.get('a.html')).not.toContain('19121212-1212');
    const shown = memoryIo();
    run(['handover', ...EXAMPLE, '--out', 'a.html', '--show-personnummer'], shown.io);
    expect(shown.written.get('a.html')).toContain('19121212-1212');
  });

  it('is listed in the help', () => {
    const m = memoryIo();
    expect(run(['--help'], m.io)).toBe(0);
    expect(m.stdout()).toContain('handover');
  });
});
