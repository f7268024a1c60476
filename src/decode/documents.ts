import * as E from 'fp-ts/lib/Either.js';
import type * as t from 'io-ts';
import {
  checkPatientId,
  type InvalidItem,
  type Ordination,
  type PartlyReadItem,
  type Patient,
  type Prescription,
  type Problem,
  redactPersonnummer,
  type Source,
  type Timestamp,
} from '../model';
import { JournalFrameCodec, PrescriptionFrameCodec, type RawPatient } from './codecs';
import { documentError, type DocumentError } from './errors';
import { validate } from './guard';
import { ITEM_FIELDS, itemDecoders, type DecodeMode, type ItemRead } from './items';
import { reportErrors } from './reporter';

/**
 * The journal's ordination list (ordinationslista) for one patient, decoded: the items that could be
 * read (some perhaps with unknown fields, listed in `problems`) and, apart, those that could not.
 */
export interface JournalList {
  readonly source: 'cosmic';
  readonly exportedAt: Timestamp;
  readonly unit?: string;
  readonly patient: Patient;
  readonly ordinations: ReadonlyArray<Ordination>;
  readonly invalid: ReadonlyArray<InvalidItem>;
  /** Items in `ordinations` with fields that could not be read (unknown in the item), each with its paths. */
  readonly problems: ReadonlyArray<PartlyReadItem>;
}

/**
 * The e-prescription list (receptlista, with dose-dispensing orders) for one patient, decoded.
 */
export interface PrescriptionList {
  readonly source: 'pascal';
  readonly exportedAt: Timestamp;
  readonly doseDispensing: boolean;
  readonly patient: Patient;
  readonly prescriptions: ReadonlyArray<Prescription>;
  readonly invalid: ReadonlyArray<InvalidItem>;
  /** Items in `prescriptions` with fields that could not be read (unknown in the item), each with its paths. */
  readonly problems: ReadonlyArray<PartlyReadItem>;
}

/** Where a document came from, for messages. */
export interface DecodeOptions {
  readonly file?: string;
}

const frameError = (errors: t.Errors, file: string | null): DocumentError => {
  const [first, ...rest] = reportErrors(errors);
  return documentError('invalid-frame', file, [first ?? { path: '(document)', message: 'expected an export document' }, ...rest]);
};

const toPatient = (raw: RawPatient, file: string | null): E.Either<DocumentError, Patient> => {
  const check = checkPatientId(raw.id);
  if (check.kind === 'invalid') {
    // The id itself is never echoed: it may be a mistyped personnummer of a real person.
    const what = check.reason === 'date' ? 'its date does not exist' : 'its check digit is wrong';
    return E.left(
      documentError('invalid-patient-id', file, [
        { path: 'patient.id', message: `expected a valid personnummer or samordningsnummer, or a non-personnummer id; ${what}` },
      ]),
    );
  }
  return E.right({
    id: raw.id,
    idKind: check.kind,
    ...(raw.birthDate === undefined ? {} : { birthDate: raw.birthDate }),
    ...(raw.municipality === undefined ? {} : { municipality: raw.municipality }),
    ...(raw.palliative === undefined ? {} : { palliative: raw.palliative }),
  });
};

/**
 * Decodes every item on its own, then sets apart items whose id another item also uses: an id must
 * name one item, and which of two is "the real one" is not for the engine to guess.
 */
const decodeItems = <A extends Ordination | Prescription>(
  raws: ReadonlyArray<unknown>,
  source: Source,
  decodeOne: (u: unknown, index: number) => E.Either<InvalidItem, ItemRead<A>>,
): { readonly items: ReadonlyArray<A>; readonly invalid: ReadonlyArray<InvalidItem>; readonly problems: ReadonlyArray<PartlyReadItem> } => {
  const results = raws.map(decodeOne);
  const indicesById = new Map<string, number[]>();
  for (const r of results) {
    if (E.isRight(r)) indicesById.set(r.right.item.id, [...(indicesById.get(r.right.item.id) ?? []), r.right.item.index]);
  }
  const { array, id } = ITEM_FIELDS[source];
  const items: A[] = [];
  const invalid: InvalidItem[] = [];
  const problems: PartlyReadItem[] = [];
  for (const r of results) {
    if (E.isLeft(r)) {
      invalid.push(r.left);
      continue;
    }
    const { item } = r.right;
    const shared = indicesById.get(item.id) ?? [];
    if (shared.length === 1) {
      items.push(item);
      if (r.right.problems !== null) problems.push(r.right.problems);
      continue;
    }
    const others = shared.filter((i) => i !== item.index).map((i) => `${array}[${i}]`);
    const problem: Problem = { path: `${array}[${item.index}].${id}`, message: `expected an id used by one item only; ${others.join(', ')} has the same id` };
    invalid.push({ source, id: redactPersonnummer(item.id), index: item.index, path: problem.path, message: problem.message, problems: [problem] });
  }
  return { items, invalid, problems };
};

/**
 * Decodes a journal export (already parsed from JSON). A document without its frame is rejected whole;
 * a bad ordination is kept in `invalid` and the rest are decoded.
 *
 * @example
 * decodeJournal(JSON.parse(text), { file: 'cosmic.json' }) // right({ source: 'cosmic', ordinations: [...], invalid: [] })
 */
export const decodeJournal = (input: unknown, options: DecodeOptions = {}): E.Either<DocumentError, JournalList> => decodeJournalIn('fast', input, options);

/**
 * `decodeJournal` in a mode (see `DecodeMode`): `full` decodes every frame and field with io-ts, the
 * reference the fast path is held to; the result is the same.
 *
 * @example
 * decodeJournalIn('full', JSON.parse(text)) // the same as decodeJournal(JSON.parse(text))
 */
export const decodeJournalIn = (mode: DecodeMode, input: unknown, options: DecodeOptions = {}): E.Either<DocumentError, JournalList> => {
  const file = options.file ?? null;
  const frame = mode === 'fast' ? validate(JournalFrameCodec, input) : JournalFrameCodec.decode(input);
  if (E.isLeft(frame)) return E.left(frameError(frame.left, file));
  const doc = frame.right;
  return E.map((patient: Patient): JournalList => {
    const { items, invalid, problems } = decodeItems(doc.ordinations, 'cosmic', itemDecoders(mode).ordination);
    return {
      source: 'cosmic',
      exportedAt: doc.exportedAt,
      ...(doc.unit === undefined ? {} : { unit: doc.unit }),
      patient,
      ordinations: items,
      invalid,
      problems,
    };
  })(toPatient(doc.patient, file));
};

/**
 * Decodes an e-prescription list export (already parsed from JSON).
 *
 * @example
 * decodePrescriptionList(JSON.parse(text), { file: 'pascal.json' }) // right({ source: 'pascal', prescriptions: [...], invalid: [] })
 */
export const decodePrescriptionList = (input: unknown, options: DecodeOptions = {}): E.Either<DocumentError, PrescriptionList> =>
  decodePrescriptionListIn('fast', input, options);

/**
 * `decodePrescriptionList` in a mode (see `DecodeMode`).
 *
 * @example
 * decodePrescriptionListIn('full', JSON.parse(text)) // the same as decodePrescriptionList(JSON.parse(text))
 */
export const decodePrescriptionListIn = (mode: DecodeMode, input: unknown, options: DecodeOptions = {}): E.Either<DocumentError, PrescriptionList> => {
  const file = options.file ?? null;
  const frame = mode === 'fast' ? validate(PrescriptionFrameCodec, input) : PrescriptionFrameCodec.decode(input);
  if (E.isLeft(frame)) return E.left(frameError(frame.left, file));
  const doc = frame.right;
  return E.map((patient: Patient): PrescriptionList => {
    const { items, invalid, problems } = decodeItems(doc.prescriptions, 'pascal', itemDecoders(mode).prescription);
    return { source: 'pascal', exportedAt: doc.exportedAt, doseDispensing: doc.doseDispensing, patient, prescriptions: items, invalid, problems };
  })(toPatient(doc.patient, file));
};
