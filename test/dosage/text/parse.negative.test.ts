import { describe, expect, it } from 'vitest';
import { describeDosage, parseDosageText, textCanonical, type UnparsedReason } from '../../../src/dosage';
import type { IsoDate } from '../../../src/model';

const stopsAt = (text: string, rest: string, reason: UnparsedReason) => {
  const parse = parseDosageText(text);
  expect(parse).toMatchObject({ kind: 'unparsed', reason });
  if (parse.kind === 'unparsed') {
    expect(parse.stoppedAt.rest.startsWith(rest)).toBe(true);
    expect(parse.stoppedAt.offset).toBe(text.indexOf(rest));
  }
};

describe('texts the parser does not fully understand come back unparsed, with where it stopped — never a guess', () => {
  it('an unknown word stops the parse at that word', () => {
    stopsAt('1 tablett efter behag', 'efter behag', 'unknown-word');
    stopsAt('1 tablett morgon eller kväll', 'eller kväll', 'unknown-word');
    stopsAt('Furosemid 40 mg 1 tablett morgon', 'Furosemid', 'unknown-word');
  });

  it('per eye, per nostril: a quantity that depends on where it goes is not read', () => {
    stopsAt('1 droppe i båda ögonen 2 gånger dagligen', 'i båda ögonen', 'unknown-word');
    stopsAt('2 sprayningar i varje näsborre morgon', 'i varje näsborre', 'unknown-word');
  });

  it('a frequency with no quantity is not given one', () => {
    stopsAt('2 gånger dagligen', '2 gånger dagligen', 'no-quantity');
    stopsAt('smörjes morgon och kväll', 'morgon och kväll', 'no-quantity');
    stopsAt('vid behov', 'vid behov', 'no-quantity');
  });

  it('a quantity with no time, frequency or interval is not taken as once a day', () => {
    stopsAt('1 tablett', '1 tablett', 'no-time');
  });

  it('a count with no period is not taken as per day', () => {
    stopsAt('1 tablett 2 gånger', '2 gånger', 'no-period');
  });

  it('contradictions are not resolved by picking one side', () => {
    stopsAt('1 tablett 3 gånger dagligen morgon och kväll', '3 gånger dagligen', 'conflict');
    stopsAt('1 tablett dagligen varannan dag', 'varannan dag', 'conflict');
    stopsAt('1 tablett varannan dag var 3:e dag', 'var 3:e dag', 'conflict');
    stopsAt('1 tablett morgon 2 tabletter', '2 tabletter', 'no-time');
    stopsAt('1 tablett vid behov mot smärta, 2 tabletter vid behov mot feber', 'vid behov mot feber', 'conflict');
  });

  it('a range in a scheduled dose cannot be compared and is not read', () => {
    stopsAt('1-2 tabletter 3 gånger dagligen', '1-2 tabletter', 'range-in-schedule');
  });

  it('a maximum in another unit than the dose is not converted without the strength', () => {
    stopsAt('1-2 tabletter vid behov, max 4 g/dygn', 'max 4 g/dygn', 'unit-mismatch');
  });

  it('understood but not representable: twice a week with no days named, once a month, two as-needed doses', () => {
    stopsAt('1 tablett 2 gånger i veckan', '2 gånger i veckan', 'not-representable');
    stopsAt('1 tablett en gång i månaden', 'en gång i månaden', 'not-representable');
    stopsAt('1 tablett vid behov, 2 tabletter vid behov', '2 tabletter', 'not-representable');
    stopsAt('1 tablett var 5:e timme', 'var 5:e timme', 'not-representable');
  });

  it('an empty text, or a step with nothing in it, is empty', () => {
    expect(parseDosageText('')).toMatchObject({ kind: 'unparsed', reason: 'empty', stoppedAt: { offset: 0 } });
    expect(parseDosageText('   \t ')).toMatchObject({ kind: 'unparsed', reason: 'empty' });
    stopsAt('därefter 1 tablett dagligen', 'därefter', 'empty');
  });

  it('shorthand of two parts or of five is not shorthand', () => {
    expect(parseDosageText('1+1').kind).toBe('unparsed');
    expect(parseDosageText('1+0+1+0+1').kind).toBe('unparsed');
    expect(parseDosageText('1+0+1+0 (morgon och kväll)').kind).toBe('unparsed');
  });

  it('absurd numbers are no dose: a 30-digit number is not read', () => {
    stopsAt('1000000000000000000000000000000 tabletter morgon', '1000000000000000000000000000000', 'unknown-word');
    stopsAt('1 tablett kl 25', 'kl 25', 'unknown-word');
  });

  it('the CLI description of an unparsed text has no numbers, only where and why', () => {
    expect(describeDosage(parseDosageText('1 tablett efter behag'))).toEqual({
      text: '1 tablett efter behag',
      parsed: false,
      asNeeded: null,
      perDay: null,
      timesPerDay: null,
      unit: null,
      slots: null,
      intervalDays: null,
      weekdays: [],
      maxPerDay: null,
      stoppedAt: { offset: 10, rest: 'efter behag' },
      reason: 'unknown-word',
      reasonText: 'okänt ord eller tecken',
    });
  });

  it('dose steps without durations parse, but which one is in force on a day cannot be told', () => {
    const parse = parseDosageText('1 tablett dagligen, därefter 2 tabletter dagligen');
    expect(parse.kind).toBe('parsed');
    expect(textCanonical(parse, '2026-11-20' as IsoDate, { start: '2026-11-01' as IsoDate })).toMatchObject({
      kind: 'unparsed',
      reason: 'step-undetermined',
      stoppedAt: { rest: 'därefter 2 tabletter dagligen' },
    });
  });
});

describe('long adversarial inputs get a result, not an exception (their speed is measured in bench/)', () => {
  const adversarial: ReadonlyArray<readonly [string, string]> = [
    ['repeated digits', '1'.repeat(100_000)],
    ['repeated pluses', '1+'.repeat(50_000)],
    ['repeated spaces', ' '.repeat(100_000)],
    ['repeated x', '1x'.repeat(50_000)],
    ['nested ranges', '1-2-'.repeat(25_000)],
    ['a long list of times of day', `1 tablett ${'morgon och '.repeat(9_000)}kväll`],
    ['repeated shorthand', '1+0+1+0 '.repeat(12_500)],
    ['an open indication', `1 tablett vid ${'smärta '.repeat(14_000)}`],
    ['repeated clock times', `kl ${'8, '.repeat(33_000)}`],
  ];
  for (const [what, text] of adversarial) {
    it(`${what} (${text.length} characters)`, () => {
      const parse = parseDosageText(text);
      expect(['parsed', 'no-dose', 'unparsed']).toContain(parse.kind);
    });
  }
});
