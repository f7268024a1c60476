import { describe, expect, it } from 'vitest';
import { asOfOption, dispensingOption, distinctFiles, formatOption, parseCommandArgs } from '../../src/cli/options';
import type { IsoDate } from '../../src/model';

const OPTIONS = { out: { type: 'string' }, summary: { type: 'string', multiple: true }, quiet: { type: 'boolean' } } as const;

describe('parseCommandArgs', () => {
  it('parses flags and positionals', () => {
    expect(parseCommandArgs(['in.ndjson', '--out', 'o', '--summary', 'a', '--summary', 'b', '--quiet'], OPTIONS, 'some')).toEqual({
      kind: 'parsed',
      values: { out: 'o', summary: ['a', 'b'], quiet: true },
      positionals: ['in.ndjson'],
    });
  });

  it('answers --help and -h anywhere before --', () => {
    expect(parseCommandArgs(['--out', 'o', '-h'], OPTIONS)).toEqual({ kind: 'help' });
    expect(parseCommandArgs(['--bogus', '--help'], OPTIONS)).toEqual({ kind: 'help' });
    expect(parseCommandArgs(['--', '--help'], OPTIONS, 'some')).toMatchObject({ kind: 'parsed', positionals: ['--help'] });
  });

  it('says what is wrong in Swedish: unknown, repeated, missing value, unexpected argument', () => {
    expect(parseCommandArgs(['--colour'], OPTIONS)).toEqual({ kind: 'error', error: 'okänd flagga --colour' });
    expect(parseCommandArgs(['--out', 'a', '--out', 'b'], OPTIONS)).toEqual({ kind: 'error', error: '--out angiven två gånger' });
    expect(parseCommandArgs(['--quiet', '--quiet'], OPTIONS)).toEqual({ kind: 'error', error: '--quiet angiven två gånger' });
    expect(parseCommandArgs(['--out'], OPTIONS)).toEqual({ kind: 'error', error: '--out saknar värde' });
    expect(parseCommandArgs(['--out', '--quiet'], OPTIONS)).toMatchObject({ kind: 'error', error: expect.stringMatching(/^--out saknar värde/u) });
    expect(parseCommandArgs(['x.json'], OPTIONS)).toEqual({ kind: 'error', error: 'oväntat argument "x.json"' });
  });

  it('takes words verbatim for a command of words', () => {
    expect(parseCommandArgs(['1', 'tablett', '-2'], {}, 'words')).toEqual({ kind: 'parsed', values: {}, positionals: ['1', 'tablett', '-2'] });
  });
});

describe('the shared checks', () => {
  it('--as-of: a real date, or today with a note', () => {
    const notes: string[] = [];
    const note = (m: string) => notes.push(m);
    expect(asOfOption('2026-11-20', note)).toEqual({ ok: true, value: '2026-11-20' });
    expect(asOfOption('2026-02-30', note)).toEqual({ ok: false, error: '--as-of måste vara ett datum ÅÅÅÅ-MM-DD, inte "2026-02-30"' });
    expect(notes).toEqual([]);
    expect(asOfOption(undefined, note, () => '2026-11-30' as IsoDate)).toEqual({ ok: true, value: '2026-11-30' });
    expect(notes).toEqual(['--as-of saknas: stämmer av per i dag, 2026-11-30']);
  });

  it('--format: the first is the default', () => {
    expect(formatOption(undefined, ['html', 'json', 'fhir'])).toEqual({ ok: true, value: 'html' });
    expect(formatOption('json', ['html', 'json', 'fhir'])).toEqual({ ok: true, value: 'json' });
    expect(formatOption('pdf', ['html', 'json', 'fhir'])).toEqual({ ok: false, error: '--format måste vara html, json eller fhir, inte "pdf"' });
  });

  it('--fhir-dispensing', () => {
    expect(dispensingOption(undefined)).toEqual({ ok: true, value: undefined });
    expect(dispensingOption('dose-dispensed')).toEqual({ ok: true, value: 'dose-dispensed' });
    expect(dispensingOption('dos')).toMatchObject({ ok: false });
  });

  it('distinct files: standard in and out and absent files aside', () => {
    expect(distinctFiles([['IN', '-'], ['--out', '-'], ['--errors', undefined]])).toEqual({ ok: true, value: undefined });
    expect(distinctFiles([['IN', 'a/../b.ndjson'], ['--out', 'b.ndjson']])).toEqual({ ok: false, error: 'IN och --out är samma fil: a/../b.ndjson' });
  });
});
