import { describe, expect, it } from 'vitest';
import { textAgreement } from '../../src/dosage';
import type { IsoDate } from '../../src/model';
import { APIXABAN, AS_OF, dosage, dose, FENTANYL, INSULIN, LAKTULOS, ordination, ordinationItem, OXIKODON, PARACETAMOL } from './items';

type Json = Record<string, unknown>;

const agreement = (p: Json, d: Json) => textAgreement(ordinationItem(ordination('C-1', p, d)), AS_OF as IsoDate)?.agreement;
const morningAndEvening = { doses: [dose('08:00', 1), dose('20:00', 1)] };

describe('whether an item’s text says what its structure says', () => {
  it('1 tablett 2 gånger dagligen agrees with one tablet at 08:00 and 20:00: slots are compared only where the text states them', () => {
    expect(agreement(APIXABAN, dosage('1 tablett 2 gånger dagligen', morningAndEvening))).toBe('agrees');
    expect(agreement(APIXABAN, dosage('1x2', morningAndEvening))).toBe('agrees');
    expect(agreement(APIXABAN, dosage('1+0+1+0', morningAndEvening))).toBe('agrees');
  });

  it('shorthand without a unit counts the product’s own units: one 500 mg tablet is 500 mg', () => {
    expect(agreement(PARACETAMOL, dosage('2+0+2+0', { doses: [dose('08:00', 1000, 'mg'), dose('20:00', 1000, 'mg')] }))).toBe('agrees');
  });

  it('or, for a measured form, the structured doses’ own unit: 10+0+8+0 of insulin in units', () => {
    expect(agreement(INSULIN, dosage('10+0+8+0', { doses: [dose('08:00', 10, 'E'), dose('18:00', 8, 'E')] }))).toBe('agrees');
    expect(agreement(INSULIN, dosage('10+0+10+0', { doses: [dose('08:00', 10, 'E'), dose('18:00', 8, 'E')] }))).toBe('differs');
  });

  it('a patch changed every third day agrees with its structure, and not with every second day', () => {
    expect(agreement(FENTANYL, dosage('1 plåster byts var 3:e dag', { doses: [dose('08:00', 1, 'plåster')], intervalDays: 3 }))).toBe('agrees');
    expect(agreement(FENTANYL, dosage('1 plåster varannan dag', { doses: [dose('08:00', 1, 'plåster')], intervalDays: 3 }))).toBe('differs');
  });

  it('differs when the text gives less, more, or at other times', () => {
    expect(agreement(APIXABAN, dosage('1 tablett morgon', morningAndEvening))).toBe('differs');
    expect(agreement(APIXABAN, dosage('1 tablett 3 gånger dagligen', morningAndEvening))).toBe('differs');
    expect(agreement(APIXABAN, dosage('2 tabletter på morgonen', morningAndEvening))).toBe('differs');
    expect(agreement(APIXABAN, dosage('1 tablett morgon och mitt på dagen', morningAndEvening))).toBe('differs');
  });

  it('differs when only one of them is as needed', () => {
    expect(agreement(OXIKODON, dosage('1 kapsel morgon', { asNeeded: { quantity: 1, unit: 'kapsel' } }))).toBe('differs');
    expect(agreement(OXIKODON, dosage('1 kapsel vid behov', { doses: [dose('08:00', 1, 'kapsel')] }))).toBe('differs');
  });

  it('as needed: a maximum or interval is compared only where the text states it; a range holds the structured dose', () => {
    const prn = { asNeeded: { quantity: 2, unit: 'kapsel', maxPerDay: 4, minIntervalHours: 4, indication: 'smärta' } };
    expect(agreement(OXIKODON, dosage('2 kapslar vid behov', prn))).toBe('agrees');
    expect(agreement(OXIKODON, dosage('1-2 kapslar vid behov mot smärta, högst 4 per dygn', prn))).toBe('agrees');
    expect(agreement(OXIKODON, dosage('2 kapslar vid behov, högst 3 per dygn', prn))).toBe('differs');
    expect(agreement(OXIKODON, dosage('2 kapslar vid behov med minst 6 timmars mellanrum', prn))).toBe('differs');
    expect(agreement(OXIKODON, dosage('1 kapsel vid behov', prn))).toBe('differs');
  });

  it('is unknown, never differs, for a text with no dose or one not fully understood', () => {
    expect(agreement(APIXABAN, dosage('enligt ordination', morningAndEvening))).toBe('unknown');
    expect(agreement(APIXABAN, dosage('1 tablett efter behag', morningAndEvening))).toBe('unknown');
  });

  it('is unknown when the two cannot be put in one unit: drops against millilitres of a solution', () => {
    expect(agreement(LAKTULOS, dosage('15 ml morgon', { doses: [dose('08:00', 20, 'droppe')] }))).toBe('unknown');
  });

  it('is not asked of an item with nothing structured', () => {
    expect(agreement(APIXABAN, dosage('1 tablett 2 gånger dagligen'))).toBeUndefined();
  });
});
