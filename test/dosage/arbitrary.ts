/**
 * Generators for the dosage stage: canonical dosages as the dosage-text parser can state them, and
 * dosage-like text to throw at the parser. (Kept here until they move into the shared test/arbitrary.ts.)
 */
import fc from 'fast-check';
import type { AsNeeded, CanonicalDosage, Slot, SlotDose } from '../../src/dosage';
import { WEEKDAYS, type Weekday } from '../../src/model';
import { CORPUS } from './text/corpus';

const UNITS = ['tablett', 'kapsel', 'plåster', 'dos', 'droppe', 'st', 'suppositorium', 'påse', 'ml', 'mg', 'mikrog', 'E', 'g'] as const;
const QUANTITIES = [0.25, 0.5, 0.75, 1, 1.5, 2, 2.5, 3, 4, 5, 10, 12.5, 0.3, 20] as const;
const SLOT_LIST: ReadonlyArray<Slot> = ['morning', 'midday', 'evening', 'night'];
const INDICATIONS = ['smärta', 'oro', 'illamående', 'feber', 'sömnsvårigheter', 'andnöd', 'klåda', 'smärta i ryggen'] as const;

const arbUnit = fc.constantFrom(...UNITS);
const arbQuantity = fc.constantFrom(...QUANTITIES);

/** A cycle: every day, every Nth day, or weekly on named days (every 1–4 weeks). */
const arbCycle: fc.Arbitrary<{ readonly intervalDays: number; readonly weekdays: ReadonlyArray<Weekday> }> = fc.oneof(
  fc.record({ intervalDays: fc.constantFrom(1, 1, 1, 2, 3, 4, 5, 7, 10, 14, 21, 28), weekdays: fc.constant([]) }),
  fc.record({
    intervalDays: fc.constantFrom(7, 7, 14, 21, 28),
    weekdays: fc.subarray([...WEEKDAYS], { minLength: 1 }),
  }),
);

const arbSlotDoses: fc.Arbitrary<ReadonlyArray<SlotDose>> = fc
  .record({ slots: fc.subarray([...SLOT_LIST], { minLength: 1 }), unit: arbUnit, quantities: fc.array(arbQuantity, { minLength: 4, maxLength: 4 }), mixed: fc.array(arbUnit, { minLength: 4, maxLength: 4 }), oneUnit: fc.boolean() })
  .map(({ slots, unit, quantities, mixed, oneUnit }) => slots.map((slot, k) => ({ slot, quantity: quantities[k]!, unit: oneUnit ? unit : mixed[k]! })));

/** As-needed dosing the text can state: a dose or a range, a daily maximum, a minimum interval, an indication. */
export const arbAsNeeded: fc.Arbitrary<AsNeeded> = fc
  .record({
    quantity: arbQuantity,
    range: fc.option(fc.constantFrom(0.5, 1, 2), { nil: undefined }),
    unit: arbUnit,
    max: fc.option(fc.integer({ min: 1, max: 12 }), { nil: undefined }),
    minIntervalHours: fc.option(fc.integer({ min: 1, max: 12 }), { nil: undefined }),
    indication: fc.option(fc.constantFrom(...INDICATIONS), { nil: undefined }),
  })
  .map((r) => ({
    quantity: r.quantity,
    ...(r.range === undefined ? {} : { quantityMax: r.quantity + r.range }),
    unit: r.unit,
    ...(r.max === undefined ? {} : { maxPerDay: r.max * 4 }),
    ...(r.minIntervalHours === undefined ? {} : { minIntervalHours: r.minIntervalHours }),
    ...(r.indication === undefined ? {} : { indication: r.indication }),
  }));

/** A regular schedule: doses by slot, or a count of doses a dosing day with the slots unknown. */
const arbSchedule = fc.oneof(
  fc.record({ doses: arbSlotDoses, cycle: arbCycle }).map(({ doses, cycle }) => ({ doses, ...cycle })),
  fc
    .record({ timesPerDay: fc.integer({ min: 1, max: 6 }), quantity: arbQuantity, unit: arbUnit, cycle: arbCycle })
    .map(({ timesPerDay, quantity, unit, cycle }) => ({ doses: [], unslotted: { timesPerDay, quantity, unit }, ...cycle })),
);

/**
 * A canonical dosage as a text can state it: scheduled (by slot or by count), as needed, or both;
 * every unit named (a text without units leaves the unit to its item).
 */
export const arbTextCanonical: fc.Arbitrary<CanonicalDosage> = fc.oneof(
  arbSchedule.map((schedule): CanonicalDosage => ({ kind: 'scheduled', schedule })),
  arbAsNeeded.map((asNeeded): CanonicalDosage => ({ kind: 'as-needed', asNeeded })),
  fc.record({ schedule: arbSchedule, asNeeded: arbAsNeeded }).map(({ schedule, asNeeded }): CanonicalDosage => ({ kind: 'scheduled', schedule, asNeeded })),
);

/** Words, numbers and signs of dosage texts, to build text that gets deep into the parser. */
const FRAGMENTS = [
  ...['1', '2', '½', '0,5', '1/2', '3:e', '10', '08.00', '8', '20', '4', '24', '100000000000', '-', '+', 'x', '/', ',', '.', ':', '(', ')'],
  ...['tablett', 'tabletter', 'kapsel', 'E', 'ml', 'mg', 'st', 'plåster', 'dos'],
  ...['morgon', 'middag', 'kväll', 'natt', 'till', 'natten', 'på', 'morgonen', 'mitt', 'dagen', 'fm', 'em', 'kl', 'och', 'samt'],
  ...['gånger', 'gång', 'ggr', 'dagligen', 'per', 'dygn', 'dag', 'i', 'veckan', 'vecka', 'var', 'varannan', 'tredje', 'timme', 'timmars'],
  ...['vid', 'behov', 'vb', 'mot', 'smärta', 'högst', 'max', 'minst', 'med', 'mellanrum', 'därefter', 'sedan', 'uppehåll', 'dagar'],
  ...['måndag', 'mån', 'fre', 'enligt', 'ordination', 'en', 'två', 'tre', 'halv', 'första', 'de', 'dagarna', 'ytterligare', 'åäö'],
];

/** Text made of dosage words, numbers and signs in any order, joined by spaces or nothing. */
export const arbDosageLikeText: fc.Arbitrary<string> = fc
  .array(fc.tuple(fc.constantFrom(...FRAGMENTS), fc.constantFrom(' ', ' ', '', '  ')), { maxLength: 24 })
  .map((parts) => parts.map(([w, sep]) => w + sep).join(''));

/** An instruction of the corpus. */
export const arbCorpusText: fc.Arbitrary<string> = fc.constantFrom(...CORPUS.map((e) => e.text));

/**
 * The same text with its whitespace runs replaced by other whitespace (spaces, tabs, newlines,
 * no-break spaces), padded, and each letter's case changed at random: the same words, written otherwise.
 */
export const arbRewritten = (text: string): fc.Arbitrary<string> =>
  fc
    .record({
      spaces: fc.array(fc.constantFrom(' ', '  ', '\t', '\n', ' \u00a0 ', '   '), { minLength: 64, maxLength: 64 }),
      upper: fc.array(fc.boolean(), { minLength: 256, maxLength: 256 }),
      pad: fc.tuple(fc.constantFrom('', ' ', '\t', '\n '), fc.constantFrom('', ' ', '  \n')),
    })
    .map(({ spaces, upper, pad }) => {
      let k = 0;
      const spaced = text.trim().replace(/\s+/gu, () => spaces[k++ % spaces.length]!);
      const cased = [...spaced].map((c, i) => (upper[i % upper.length] ? c.toLocaleUpperCase('sv-SE') : c.toLocaleLowerCase('sv-SE'))).join('');
      return `${pad[0]}${cased}${pad[1]}`;
    });
