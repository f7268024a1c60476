import { describe, expect, it } from 'vitest';
import { ageOn } from '../../src/checks';
import type { IsoDate, Patient } from '../../src/model';
import { bornOn, checks, daily, drug, ordination } from './cases';

const ON = '2026-11-20' as IsoDate;
const tramadol = ordination('C-1', drug('Tradolan 50 mg tablett', 'tramadol', 50, 'N02AX02'), daily('1 på morgonen', [['08:00', 1]]));

describe('the age limit of 75', () => {
  it('is met on the 75th birthday itself', () => {
    const c = checks([tramadol], { patient: bornOn('1951-11-20') });
    expect(c).toMatchObject({ age: 75, older: true });
    expect(c.findings.map((f) => f.rule)).toEqual(['avoid-tramadol']);
  });

  it('is not met the day before the 75th birthday', () => {
    const c = checks([tramadol], { patient: bornOn('1951-11-21') });
    expect(c).toMatchObject({ age: 74, older: false });
    expect(c.findings).toEqual([]);
  });

  it('is read from the personnummer when there is no birth date', () => {
    expect(ageOn({ id: '19121212-1212', idKind: 'personnummer' }, ON)).toEqual({ kind: 'known', years: 113, basis: 'personnummer' });
    expect(ageOn({ id: '191212121212', idKind: 'personnummer' }, ON)).toEqual({ kind: 'known', years: 113, basis: 'personnummer' });
  });

  it('reads the century of a 10-digit number from its separator: - under 100, + 100 or older', () => {
    expect(ageOn({ id: '121212-1212', idKind: 'personnummer' }, ON)).toEqual({ kind: 'known', years: 13, basis: 'personnummer' });
    expect(ageOn({ id: '121212+1212', idKind: 'personnummer' }, ON)).toEqual({ kind: 'known', years: 113, basis: 'personnummer' });
  });

  it('prefers the export\'s birth date to the number', () => {
    const p: Patient = { id: '19121212-1212', idKind: 'personnummer', birthDate: '1950-01-01' as IsoDate };
    expect(ageOn(p, ON)).toEqual({ kind: 'known', years: 76, basis: 'birthDate' });
  });

  it('is unknown for a synthetic id without a birth date: no older-patient rules, and the result says so', () => {
    expect(ageOn({ id: 'SYN-0000001', idKind: 'other' }, ON)).toEqual({ kind: 'unknown' });
    const c = checks([tramadol], { patient: { id: 'SYN-0000001' } });
    expect(c).toMatchObject({ age: null, ageBasis: null, older: null, findings: [] });
  });

  it('counts a 29 February birthday as passed on 1 March in a common year', () => {
    const p: Patient = { id: 'SYN-1', idKind: 'other', birthDate: '1952-02-29' as IsoDate };
    expect(ageOn(p, '2027-02-28' as IsoDate)).toMatchObject({ years: 74 });
    expect(ageOn(p, '2027-03-01' as IsoDate)).toMatchObject({ years: 75 });
  });
});
