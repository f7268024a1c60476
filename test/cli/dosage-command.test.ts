import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli';
import { memoryIo } from './memory-io';

/** An I/O record that collects what a command prints. */
const capture = () => {
  const t = memoryIo();
  return { ...t, json: () => JSON.parse(t.stdout()) as Record<string, unknown> };
};

const dosage = (...args: string[]) => {
  const t = capture();
  const code = run(['dosage', ...args], t.io);
  return { code, ...t };
};

describe('medrec dosage "TEXT"', () => {
  it('prints the canonical dosage of morning and evening as JSON', () => {
    const r = dosage('1 tablett morgon och kväll');
    expect(r.code).toBe(0);
    expect(r.stderr()).toBe('');
    expect(r.json()).toMatchObject({
      text: '1 tablett morgon och kväll',
      parsed: true,
      asNeeded: null,
      perDay: 2,
      timesPerDay: 2,
      unit: 'tablett',
      slots: { morning: 1, midday: 0, evening: 1, night: 0 },
      intervalDays: 1,
      weekdays: [],
      maxPerDay: null,
      normalised: '1 tablett morgon och kväll',
    });
  });

  it('gives null slots when the text states only how many times', () => {
    expect(dosage('1 tablett 2 gånger dagligen').json()).toMatchObject({ parsed: true, perDay: 2, timesPerDay: 2, unit: 'tablett', slots: null });
  });

  it('reads the words after the command as the text, quoted or not', () => {
    expect(dosage('1+0+1+0').json()).toMatchObject({ parsed: true, perDay: 2, unit: null, slots: { morning: 1, evening: 1 } });
    expect(dosage('1', 'tabl', 'x', '2').json()).toMatchObject({ text: '1 tabl x 2', perDay: 2, unit: 'tablett' });
  });

  it('prints as-needed dosing with its maximum, interval and indication', () => {
    expect(dosage('1-2 tabletter vid behov mot smärta, högst 8 per dygn, med minst 4 timmars mellanrum').json()).toMatchObject({
      parsed: true,
      asNeeded: { quantity: 1, quantityMax: 2, unit: 'tablett', maxPerDay: 8, maxDosesPerDay: null, minIntervalHours: 4, indication: 'smärta' },
      perDay: null,
      slots: null,
      maxPerDay: 8,
      implied: [{ kind: 'maximum-unit' }],
    });
  });

  it('prints the interval and weekdays', () => {
    expect(dosage('1 plåster var 3:e dag').json()).toMatchObject({ intervalDays: 3, weekdays: [], perDay: 1, timesPerDay: 1, unit: 'plåster' });
    expect(dosage('1 tablett måndag och torsdag').json()).toMatchObject({ intervalDays: 7, weekdays: ['mon', 'thu'] });
  });

  it('prints every dose step of a taper', () => {
    const steps = dosage('2 tabletter dagligen i 5 dagar, därefter 1 tablett dagligen').json().steps as ReadonlyArray<Record<string, unknown>>;
    expect(steps.map((s) => [s.perDay, s.duration])).toEqual([
      [2, { amount: 5, unit: 'day' }],
      [1, null],
    ]);
  });

  it('says "no-dose" for an instruction that carries no dose, and gives no numbers', () => {
    expect(dosage('enligt särskild ordination').json()).toMatchObject({ parsed: 'no-dose', perDay: null, slots: null, unit: null, maxPerDay: null });
  });

  it('says where it stopped and why for a text it does not understand, with exit 0: the answer is the result', () => {
    const r = dosage('1 tablett efter behag');
    expect(r.code).toBe(0);
    expect(r.json()).toMatchObject({ parsed: false, perDay: null, stoppedAt: { offset: 10, rest: 'efter behag' }, reason: 'unknown-word' });
  });

  it('never echoes a personnummer', () => {
    const r = dosage('1 tablett 19121212-1212 morgon');
    expect(r.stdout()).not.toContain('19121212');
    expect(r.json()).toMatchObject({ parsed: false });
  });

  it('exits 2 with the usage on stderr when no text is given; --help prints it', () => {
    const none = dosage();
    expect(none.code).toBe(2);
    expect(none.stderr()).toContain('ingen doseringstext angiven');
    const help = dosage('--help');
    expect(help.code).toBe(0);
    expect(help.stdout()).toContain('Användning: medrec dosage "TEXT"');
  });

  it('is listed among the commands', () => {
    const t = capture();
    run(['--help'], t.io);
    expect(t.stdout()).toMatch(/\n {2}dosage {6}/);
  });
});
