import { createHash } from 'node:crypto';
import * as E from 'fp-ts/lib/Either.js';
import { checkPatientId, isIsoDate, looksLikePersonnummer, type IsoDate, type Patient, type Problem } from '../model';
import { PatientResourceCodec, type RawIdentifier, type RawReference } from './codecs';
import type { Located, Resolve } from './medication';
import { identifierKind } from './systems';
import { reportErrors } from '../decode';

/**
 * Whom a resource is about, as far as its `subject` tells: the key that groups the resources of one
 * patient (never a personnummer: a national id enters the key only as a hash), and how to read the
 * patient when the list is built.
 */
export interface SubjectOf {
  readonly key: string;
  /** The Patient resource the subject names, where it is among the resources read. */
  readonly patient?: Located;
  /** The national id (personnummer or samordningsnummer) the subject carries, with its system. */
  readonly nationalId?: RawIdentifier;
  /** The id part of a `Patient/id` reference that names no resource read. */
  readonly referenceId?: string;
}

const isNational = (i: RawIdentifier): boolean => {
  const kind = identifierKind(i.system);
  return (kind === 'personnummer' || kind === 'samordningsnummer') && i.value !== undefined;
};

const hashKey = (value: string): string => `national-id:${createHash('sha256').update(value.replace(/[-+\s]/gu, '')).digest('hex').slice(0, 16)}`;

/** A key of a reference id, hashed when the id is shaped like a personnummer: keys may be logged. */
const idKey = (prefix: string, id: string): string => (looksLikePersonnummer(id) ? hashKey(id) : `${prefix}${id}`);

const nationalIdOf = (resource: unknown): RawIdentifier | undefined => {
  const ids = (resource as { identifier?: unknown }).identifier;
  return Array.isArray(ids) ? (ids as RawIdentifier[]).find((i) => typeof i === 'object' && i !== null && typeof i.value === 'string' && isNational(i)) : undefined;
};

/**
 * The patient a Patient resource is: its key, keyed by its national id where it has one, else by its reference.
 *
 * @example
 * patientKeyOf({ resource: { resourceType: 'Patient', id: 'p1' }, path: 'entry[0].resource' }) // 'Patient/p1'
 */
export const patientKeyOf = (located: Located): string => {
  const national = nationalIdOf(located.resource);
  if (national?.value !== undefined) return hashKey(national.value);
  const id = (located.resource as { id?: unknown }).id;
  return typeof id === 'string' ? idKey('Patient/', id) : `Patient@${located.path}`;
};

/**
 * Reads whom a MedicationRequest or MedicationStatement is about from its `subject`: a reference to
 * a Patient among the resources read, a reference to one that is not, or a logical reference by
 * identifier. Undefined when the subject names no patient.
 *
 * @example
 * subjectOf({ subject: { reference: 'Patient/p1' } }, resolve) // { key: 'Patient/p1', patient: { resource: {...}, path: 'entry[0].resource' } }
 */
export const subjectOf = (resource: unknown, resolve: Resolve): SubjectOf | undefined => {
  if (typeof resource !== 'object' || resource === null) return undefined;
  const subject = (resource as { subject?: RawReference }).subject;
  if (typeof subject !== 'object' || subject === null) return undefined;
  if (typeof subject.reference === 'string') {
    const found = resolve(subject.reference);
    if (found !== undefined && (found.resource as { resourceType?: unknown }).resourceType === 'Patient') return { key: patientKeyOf(found), patient: found };
    const match = /(?:^|\/)Patient\/([^/]+)$/u.exec(subject.reference);
    if (match !== null) return { key: idKey('Patient/', match[1]!), referenceId: match[1]! };
  }
  const identifier = subject.identifier;
  if (typeof identifier === 'object' && identifier !== null && typeof identifier.value === 'string') {
    if (isNational(identifier)) return { key: hashKey(identifier.value), nationalId: identifier };
    return { key: idKey(`identifier:${identifier.system ?? ''}|`, identifier.value), referenceId: identifier.value };
  }
  return undefined;
};

/**
 * Builds the model's patient from what is known of it: the Patient resource (its national id with
 * the system checked against the number: a samordningsnummer under a personnummer system is an
 * error; else its resource id; its birth date), or the subject's identifier or reference id. The id
 * itself never appears in a message.
 *
 * @example
 * readPatient({ key: 'Patient/SYN-0000001', referenceId: 'SYN-0000001' }) // right({ id: 'SYN-0000001', idKind: 'other' })
 */
export const readPatient = (subject: SubjectOf): E.Either<ReadonlyArray<Problem>, Patient> => {
  let national = subject.nationalId;
  let id = subject.referenceId;
  let birthDate: string | undefined;
  let at = 'subject.identifier';
  if (subject.patient !== undefined) {
    const decoded = PatientResourceCodec.decode(subject.patient.resource);
    if (E.isLeft(decoded)) return E.left(reportErrors(decoded.left, subject.patient.path));
    const k = (decoded.right.identifier ?? []).findIndex(isNational);
    national = k < 0 ? undefined : decoded.right.identifier![k];
    at = k < 0 ? `${subject.patient.path}.id` : `${subject.patient.path}.identifier[${k}]`;
    id = decoded.right.id ?? id;
    birthDate = decoded.right.birthDate;
    if (birthDate !== undefined && !isIsoDate(birthDate)) {
      return E.left([{ path: `${subject.patient.path}.birthDate`, message: 'expected a full date (YYYY-MM-DD)' }]);
    }
  }
  const extra = birthDate === undefined ? {} : { birthDate: birthDate as IsoDate };
  if (national?.value !== undefined) {
    const check = checkPatientId(national.value);
    const systemSays = identifierKind(national.system);
    if (check.kind === 'invalid') {
      const what = check.reason === 'date' ? 'its date does not exist' : 'its check digit is wrong';
      return E.left([{ path: `${at}.value`, message: `expected a valid ${systemSays}; ${what}` }]);
    }
    if (check.kind !== systemSays) {
      return E.left([{ path: `${at}.system`, message: `expected the system of a ${check.kind === 'other' ? 'non-national id' : check.kind}: the number is not a ${systemSays}` }]);
    }
    return E.right({ id: national.value, idKind: check.kind, ...extra });
  }
  if (id === undefined) return E.left([{ path: 'subject', message: 'expected a reference to a Patient or a patient identifier' }]);
  const check = checkPatientId(id);
  // An id shaped like a personnummer outside a personnummer system is not trusted as one.
  if (check.kind !== 'other') return E.left([{ path: at, message: 'expected a personnummer under a personnummer system, not as a bare id' }]);
  return E.right({ id, idKind: 'other', ...extra });
};
