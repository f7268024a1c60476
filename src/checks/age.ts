import { compareDates, type IsoDate, type Patient } from '../model';

/**
 * A patient's age in whole years on a day, and what it was read from: `birthDate` of the export, or
 * the date in the personnummer or samordningsnummer (whose day is raised by 60); `unknown` when
 * neither gives one (a synthetic id without a birth date). Never carries the number itself.
 */
export type Age =
  | { readonly kind: 'known'; readonly years: number; readonly basis: 'birthDate' | 'personnummer' | 'samordningsnummer' }
  | { readonly kind: 'unknown' };

const pad = (n: number, width: number): string => String(n).padStart(width, '0');

/** Whole years from `birth` to `on`: a birthday on `on` itself counts; born 29 February, the year is full on 1 March. */
const yearsBetween = (birth: IsoDate, on: IsoDate): number => {
  const years = Number(on.slice(0, 4)) - Number(birth.slice(0, 4));
  return on.slice(5) < birth.slice(5) ? years - 1 : years;
};

/**
 * The birth date written in a personnummer or samordningsnummer. A 10-digit number names its century
 * by its separator: `-` (or none) for someone under 100 on `asOf`, `+` for someone 100 or older.
 */
const birthDateOfNumber = (id: string, coordination: boolean, asOf: IsoDate): IsoDate | undefined => {
  const trimmed = id.trim();
  const digits = trimmed.replace(/[-+]/gu, '');
  if (!/^(\d{10}|\d{12})$/u.test(digits)) return undefined;
  const month = digits.slice(-8, -6);
  const rawDay = Number(digits.slice(-6, -4));
  const day = pad(coordination ? rawDay - 60 : rawDay, 2);
  if (digits.length === 12) return `${digits.slice(0, 4)}-${month}-${day}` as IsoDate;
  const yy = Number(digits.slice(0, 2));
  const hundredOrMore = trimmed.includes('+');
  const thisYear = Number(asOf.slice(0, 4));
  for (let century = Math.floor(thisYear / 100) * 100; century >= thisYear - 300; century -= 100) {
    const birth = `${pad(century + yy, 4)}-${month}-${day}` as IsoDate;
    if (compareDates(birth, asOf) > 0) continue;
    if (yearsBetween(birth, asOf) >= 100 === hundredOrMore) return birth;
  }
  return undefined;
};

/**
 * The patient's age on `asOf`: from `birthDate` where the export gives it, else from the personnummer
 * or samordningsnummer. Exactly 75 on `asOf` (the 75th birthday that day) is 75.
 *
 * @example
 * ageOn({ id: '19121212-1212', idKind: 'personnummer' }, '2026-11-20') // { kind: 'known', years: 113, basis: 'personnummer' }
 * ageOn({ id: 'SYN-0000001', idKind: 'other', birthDate: '1951-11-20' }, '2026-11-20') // { kind: 'known', years: 75, basis: 'birthDate' }
 * ageOn({ id: 'SYN-0000002', idKind: 'other' }, '2026-11-20') // { kind: 'unknown' }
 */
export const ageOn = (patient: Patient, asOf: IsoDate): Age => {
  if (patient.birthDate !== undefined) {
    return compareDates(patient.birthDate, asOf) > 0 ? { kind: 'unknown' } : { kind: 'known', years: yearsBetween(patient.birthDate, asOf), basis: 'birthDate' };
  }
  if (patient.idKind === 'other') return { kind: 'unknown' };
  const birth = birthDateOfNumber(patient.id, patient.idKind === 'samordningsnummer', asOf);
  if (birth === undefined || compareDates(birth, asOf) > 0) return { kind: 'unknown' };
  return { kind: 'known', years: yearsBetween(birth, asOf), basis: patient.idKind };
};
