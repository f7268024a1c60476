import { describe, expect, it } from 'vitest';
import { describeDosage, parseDosageText, type TextStep } from '../../../src/dosage';

/** The one step of a text that must parse, without its offset. */
const step = (text: string): Omit<TextStep, 'at'> => {
  const parse = parseDosageText(text);
  if (parse.kind !== 'parsed') throw new Error(`"${text}" did not parse: ${JSON.stringify(parse)}`);
  expect(parse.steps).toHaveLength(1);
  const { at: _at, ...rest } = parse.steps[0]!;
  return rest;
};

const implied = (text: string) => {
  const parse = parseDosageText(text);
  return parse.kind === 'parsed' ? parse.implied.map((i) => i.kind) : [];
};

const daily = { intervalDays: 1, weekdays: [], stop: false } as const;
const d = (slot: 'morning' | 'midday' | 'evening' | 'night', quantity: number, unit: string | null = 'tablett') => ({ slot, quantity, unit });

describe('shorthand', () => {
  it('1x2 is one unit twice a day; per day is the convention of the shorthand, recorded as implied', () => {
    expect(step('1x2')).toEqual({ doses: [], unslotted: { timesPerDay: 2, quantity: 1, unit: null }, ...daily });
    expect(implied('1x2')).toEqual(['per-day']);
  });

  it('2 x 1 is two units once a day, and 1 tablett x 2 one tablet twice', () => {
    expect(step('2 x 1')).toEqual({ doses: [], unslotted: { timesPerDay: 1, quantity: 2, unit: null }, ...daily });
    expect(step('1 tablett x 2')).toEqual({ doses: [], unslotted: { timesPerDay: 2, quantity: 1, unit: 'tablett' }, ...daily });
  });

  it('1+0+1 is morning, midday and evening; 1+1+1+1 adds the night', () => {
    expect(step('1+0+1').doses).toEqual([d('morning', 1, null), d('evening', 1, null)]);
    expect(step('1+1+1+1').doses).toEqual([d('morning', 1, null), d('midday', 1, null), d('evening', 1, null), d('night', 1, null)]);
  });

  it('0+0+0+1 is the night only, and 1-0-1-0 is written with dashes', () => {
    expect(step('0+0+0+1').doses).toEqual([d('night', 1, null)]);
    expect(step('1-0-1-0').doses).toEqual([d('morning', 1, null), d('evening', 1, null)]);
  });

  it('halves: ½+0+½, 0,5 and 1/2', () => {
    expect(step('½+0+½').doses).toEqual([d('morning', 0.5, null), d('evening', 0.5, null)]);
    expect(step('0,5 tablett på morgonen').doses).toEqual([d('morning', 0.5)]);
    expect(step('1/2 tablett till natten').doses).toEqual([d('night', 0.5)]);
    expect(step('1½ tablett morgon').doses).toEqual([d('morning', 1.5)]);
  });
});

describe('words', () => {
  it('1 tablett 2 gånger dagligen states two doses a day but not when: the slots stay unknown', () => {
    expect(step('1 tablett 2 gånger dagligen')).toEqual({ doses: [], unslotted: { timesPerDay: 2, quantity: 1, unit: 'tablett' }, ...daily });
    expect(describeDosage(parseDosageText('1 tablett 2 gånger dagligen')).slots).toBeNull();
  });

  it('tre gånger dagligen in words, and 1 gång dagligen', () => {
    expect(step('1 tablett tre gånger dagligen').unslotted).toEqual({ timesPerDay: 3, quantity: 1, unit: 'tablett' });
    expect(step('1 tablett 1 gång dagligen').unslotted).toEqual({ timesPerDay: 1, quantity: 1, unit: 'tablett' });
  });

  it('dagligen alone implies once a day, and says so', () => {
    expect(step('1 tablett dagligen').unslotted).toEqual({ timesPerDay: 1, quantity: 1, unit: 'tablett' });
    expect(implied('1 tablett dagligen')).toEqual(['once-per-dosing-day']);
  });

  it('morgon och kväll; morgon, middag och kväll', () => {
    expect(step('1 tablett morgon och kväll').doses).toEqual([d('morning', 1), d('evening', 1)]);
    expect(step('1 tablett morgon, middag och kväll').doses).toEqual([d('morning', 1), d('midday', 1), d('evening', 1)]);
  });

  it('till natten, till kvällen, på morgonen, mitt på dagen', () => {
    expect(step('1 tablett till natten').doses).toEqual([d('night', 1)]);
    expect(step('1 tablett till kvällen').doses).toEqual([d('evening', 1)]);
    expect(step('1 tablett på morgonen').doses).toEqual([d('morning', 1)]);
    expect(step('1 tablett mitt på dagen').doses).toEqual([d('midday', 1)]);
  });

  it('kl 8 och kl 20 fall in the morning and evening slots', () => {
    expect(step('1 tablett kl 8 och kl 20').doses).toEqual([d('morning', 1), d('evening', 1)]);
    expect(step('1 tablett kl. 08.00, 14.00 och 22.00').doses).toEqual([d('morning', 1), d('midday', 1), d('night', 1)]);
  });

  it('fm and em: förmiddag in the morning slot, eftermiddag in the midday slot (11–14:59)', () => {
    expect(step('1 tablett fm och em').doses).toEqual([d('morning', 1), d('midday', 1)]);
  });

  it('number words en/ett, två, tre … tio', () => {
    const words = ['en', 'två', 'tre', 'fyra', 'fem', 'sex', 'sju', 'åtta', 'nio', 'tio'];
    words.forEach((w, k) => expect(step(`${w} tabletter på morgonen`).doses).toEqual([d('morning', k + 1)]));
    expect(step('ett plåster var tredje dag').unslotted).toEqual({ timesPerDay: 1, quantity: 1, unit: 'plåster' });
    expect(step('en halv tablett till natten').doses).toEqual([d('night', 0.5)]);
  });

  it('mixed quantities: 1 tablett morgon, ½ tablett kväll', () => {
    expect(step('1 tablett morgon, ½ tablett kväll').doses).toEqual([d('morning', 1), d('evening', 0.5)]);
    expect(step('1 tablett morgon och 1 tablett mitt på dagen').doses).toEqual([d('morning', 1), d('midday', 1)]);
  });

  it('a quantity without a unit takes the unit written before it, and says so', () => {
    expect(step('1 tablett morgon och ½ kväll').doses).toEqual([d('morning', 1), d('evening', 0.5)]);
    expect(implied('1 tablett morgon och ½ kväll')).toEqual(['unit-carried-over']);
  });
});

describe('units and their abbreviations', () => {
  const cases: ReadonlyArray<readonly [string, string]> = [
    ['tablett', 'tablett'],
    ['tabletter', 'tablett'],
    ['tabl', 'tablett'],
    ['tbl', 'tablett'],
    ['t', 'tablett'],
    ['kapsel', 'kapsel'],
    ['kapslar', 'kapsel'],
    ['kaps', 'kapsel'],
    ['ml', 'ml'],
    ['mg', 'mg'],
    ['mikrog', 'mikrog'],
    ['E', 'E'],
    ['plåster', 'plåster'],
    ['dos', 'dos'],
    ['inhalation', 'dos'],
    ['sprayning', 'dos'],
    ['droppe', 'droppe'],
    ['droppar', 'droppe'],
    ['st', 'st'],
    ['suppositorium', 'suppositorium'],
  ];
  for (const [written, unit] of cases) {
    it(`2 ${written} morgon is in ${unit}`, () => {
      expect(step(`2 ${written} morgon`).doses).toEqual([d('morning', 2, unit)]);
    });
  }
});

describe('as needed (vid behov)', () => {
  it('vid behov and vb', () => {
    expect(step('1 tablett vid behov')).toEqual({ doses: [], asNeeded: { quantity: 1, unit: 'tablett' }, ...daily });
    expect(step('1 tablett vb').asNeeded).toEqual({ quantity: 1, unit: 'tablett' });
  });

  it('a range: 1-2 tabletter', () => {
    expect(step('1-2 tabletter vid behov').asNeeded).toEqual({ quantity: 1, quantityMax: 2, unit: 'tablett' });
  });

  it('högst 4 tabletter per dygn and max 8/dygn (in the unit of the dose, implied)', () => {
    expect(step('1 tablett vid behov, högst 4 tabletter per dygn').asNeeded).toEqual({ quantity: 1, unit: 'tablett', maxPerDay: 4 });
    expect(step('1-2 tabletter vid behov max 8/dygn').asNeeded).toEqual({ quantity: 1, quantityMax: 2, unit: 'tablett', maxPerDay: 8 });
    expect(implied('1-2 tabletter vid behov max 8/dygn')).toEqual(['maximum-unit']);
  });

  it('högst 3 gånger per dygn counts doses; the most tablets follow from the largest dose', () => {
    expect(step('1-2 tabletter vid behov, högst 3 gånger per dygn').asNeeded).toEqual({
      quantity: 1,
      quantityMax: 2,
      unit: 'tablett',
      maxDosesPerDay: 3,
      maxPerDay: 6,
    });
    expect(implied('1-2 tabletter vid behov, högst 3 gånger per dygn')).toEqual(['maximum-from-count']);
  });

  it('med minst 4 timmars mellanrum, and the indication kept: mot smärta', () => {
    expect(step('1 tablett vid behov mot smärta, med minst 4 timmars mellanrum').asNeeded).toEqual({
      quantity: 1,
      unit: 'tablett',
      minIntervalHours: 4,
      indication: 'smärta',
    });
  });

  it('scheduled doses with an as-needed dose on top', () => {
    expect(step('1 tablett morgon och kväll samt 1 tablett vid behov, högst 2 per dygn')).toEqual({
      doses: [d('morning', 1), d('evening', 1)],
      asNeeded: { quantity: 1, unit: 'tablett', maxPerDay: 2 },
      ...daily,
    });
  });

  it('vid oro says when it occurs: as needed, implied', () => {
    expect(step('1 tablett vid oro').asNeeded).toEqual({ quantity: 1, unit: 'tablett', indication: 'oro' });
    expect(implied('1 tablett vid oro')).toEqual(['as-needed-from-indication']);
  });
});

describe('intervals and days', () => {
  it('varannan dag, var tredje dag, var 3:e dag', () => {
    expect(step('1 tablett varannan dag').intervalDays).toBe(2);
    expect(step('1 tablett var tredje dag').intervalDays).toBe(3);
    expect(step('1 plåster var 3:e dag')).toEqual({ doses: [], unslotted: { timesPerDay: 1, quantity: 1, unit: 'plåster' }, intervalDays: 3, weekdays: [], stop: false });
  });

  it('en gång i veckan is a weekly cycle with the day not named', () => {
    expect(step('1 tablett en gång i veckan')).toEqual({ doses: [], unslotted: { timesPerDay: 1, quantity: 1, unit: 'tablett' }, intervalDays: 7, weekdays: [], stop: false });
  });

  it('på måndagar, måndag och torsdag: weekdays, weekly', () => {
    expect(step('1 tablett på måndagar')).toMatchObject({ intervalDays: 7, weekdays: ['mon'] });
    expect(step('1 tablett måndag och torsdag')).toMatchObject({ intervalDays: 7, weekdays: ['mon', 'thu'] });
    expect(step('1 tablett på morgonen mån-fre')).toMatchObject({ doses: [d('morning', 1)], weekdays: ['mon', 'tue', 'wed', 'thu', 'fri'] });
  });
});

describe('durations and steps', () => {
  it('i 5 dagar and i 1 vecka', () => {
    expect(step('2 tabletter dagligen i 5 dagar').duration).toEqual({ amount: 5, unit: 'day' });
    expect(step('1 tablett morgon och kväll i 1 vecka').duration).toEqual({ amount: 1, unit: 'week' });
  });

  it('a taper written as text: därefter and sedan start the next step; uppehåll ends it', () => {
    const parse = parseDosageText('4 tabletter morgon i 3 dagar, sedan 2 tabletter morgon i 3 dagar, därefter uppehåll');
    expect(parse.kind).toBe('parsed');
    if (parse.kind !== 'parsed') return;
    expect(parse.steps.map(({ at: _at, ...s }) => s)).toEqual([
      { doses: [d('morning', 4)], duration: { amount: 3, unit: 'day' }, ...daily },
      { doses: [d('morning', 2)], duration: { amount: 3, unit: 'day' }, ...daily },
      { doses: [], intervalDays: 1, weekdays: [], stop: true },
    ]);
  });
});

describe('instructions that carry no dose', () => {
  for (const text of ['enligt särskild ordination', 'enligt ordination', 'enligt schema', 'Dosering enligt INR']) {
    it(`"${text}" is no-dose, never a number`, () => {
      expect(parseDosageText(text)).toMatchObject({ kind: 'no-dose' });
      expect(describeDosage(parseDosageText(text))).toMatchObject({ parsed: 'no-dose', perDay: null, slots: null, unit: null });
    });
  }
});
