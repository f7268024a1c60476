import type { PatientIdKind } from './personnummer';
import type { IsoDate } from './time';

/**
 * The patient a list belongs to. `id` is the exporting system's key: a personnummer in real exports
 * (never printed in full outside the result itself), a synthetic id such as `SYN-0000001` in test data.
 */
export interface Patient {
  readonly id: string;
  readonly idKind: PatientIdKind;
  readonly birthDate?: IsoDate;
  readonly municipality?: string;
  readonly palliative?: boolean;
}

/**
 * Whether two exports describe the same patient: personnummer compare normalised, by their twelve
 * digits when both give twelve and by the ten digits YYMMDDNNNC when either gives only ten (a
 * separator or a 10-digit form does not make another person, and a 10-digit form cannot say its
 * century for sure); other ids compare as written.
 *
 * @example
 * samePatient({ id: '19121212-1212', idKind: 'personnummer' }, { id: '191212121212', idKind: 'personnummer' }) // true
 * samePatient({ id: '19121212-1212', idKind: 'personnummer' }, { id: '121212-1212', idKind: 'personnummer' })  // true
 */
export const samePatient = (a: Patient, b: Patient): boolean => {
  if (a.idKind === 'other' || b.idKind === 'other') return patientKey(a) === patientKey(b);
  const da = a.id.replace(/[-+\s]/g, '');
  const db = b.id.replace(/[-+\s]/g, '');
  return da.length === 12 && db.length === 12 ? da === db : da.slice(-10) === db.slice(-10);
};

/**
 * The key under which two systems' exports of one person meet: a personnummer (or samordningsnummer)
 * as its twelve digits, any other id as written. It is personal data: use it to pair, never to print.
 *
 * @example
 * patientKey({ id: '19121212-1212', idKind: 'personnummer' }) // '191212121212'
 */
export const patientKey = (p: Patient): string => {
  if (p.idKind === 'other') return p.id.trim();
  const digits = p.id.replace(/[-+]/g, '').trim();
  // A 10-digit number names its century by the separator: '+' for a person aged 100 or more.
  if (digits.length === 12) return digits;
  const born100YearsAgo = p.id.includes('+');
  const yy = Number(digits.slice(0, 2));
  const century = born100YearsAgo ? '19' : yy > 30 ? '19' : '20';
  return century + digits;
};
