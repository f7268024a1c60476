import * as E from 'fp-ts/lib/Either.js';
import type { DocumentError, JournalList, PrescriptionList } from '../decode';
import { parseJson, reportErrors } from '../decode';
import { compareIds, isTimestamp, type Dispensing, type InvalidItem, type Ordination, type Prescription, type Problem, type Source, type Timestamp } from '../model';
import { BundleFrameCodec } from './codecs';
import { readableResourceId, readItem } from './item';
import type { Located, Resolve } from './medication';
import { patientKeyOf, readPatient, subjectOf, type SubjectOf } from './patient';

/** A resource read from a bundle entry or an NDJSON line, with where it was (`entry[3].resource`, `MedicationRequest.ndjson:12`). */
export interface FhirEntry extends Located {
  readonly fullUrl?: string;
  /** Its position, for the item's `index`. */
  readonly index: number;
}

/** Options of `fromFhir`: which side the bundle is, and what it cannot say itself. */
export interface FromFhirOptions {
  /** `cosmic` for the journal's ordination list, `pascal` for the e-prescription list. */
  readonly source: Source;
  /** The file it came from, for messages. */
  readonly file?: string;
  /** When the list was exported, where the bundle has no `timestamp` (or `meta.lastUpdated`). */
  readonly exportedAt?: string;
  /** How items are dispensed where a resource does not say (FHIR R4 has no element for dose dispensing). */
  readonly defaultDispensing?: Dispensing;
}

/** The decoded list of either side. */
export type DecodedList = JournalList | PrescriptionList;

const docError = (kind: DocumentError['kind'], file: string | null, problems: readonly [Problem, ...Problem[]]): DocumentError => ({
  kind,
  file,
  path: problems[0].path,
  message: problems[0].message,
  problems,
});

const typeOf = (u: unknown): unknown => (typeof u === 'object' && u !== null ? (u as { resourceType?: unknown }).resourceType : undefined);

/**
 * Resolves references among the resources read together: by `Type/id`, by `fullUrl`, and an absolute
 * URL by its last two segments.
 *
 * @example
 * resolverOf(entries)('Medication/med-1') // { resource: {...}, path: 'entry[4].resource' }
 */
export const resolverOf = (entries: ReadonlyArray<FhirEntry>): Resolve => {
  const byRef = new Map<string, FhirEntry>();
  for (const e of entries) {
    const id = typeof e.resource === 'object' && e.resource !== null ? (e.resource as { id?: unknown }).id : undefined;
    const type = typeOf(e.resource);
    if (typeof type === 'string' && typeof id === 'string' && !byRef.has(`${type}/${id}`)) byRef.set(`${type}/${id}`, e);
    if (e.fullUrl !== undefined && !byRef.has(e.fullUrl)) byRef.set(e.fullUrl, e);
  }
  return (reference) => byRef.get(reference) ?? byRef.get(reference.split('/').slice(-2).join('/'));
};

/** The resources of one patient: whom they are about and the medication resources. */
export interface PatientGroup {
  readonly key: string;
  readonly subject: SubjectOf;
  readonly items: ReadonlyArray<FhirEntry>;
}

/**
 * Groups medication resources by the patient their `subject` names (Patient resources with no
 * medication make a group of their own, an empty list); the resources whose subject names no
 * patient are returned apart.
 *
 * @example
 * groupByPatient(entries, resolverOf(entries)) // { groups: [{ key: 'Patient/p1', subject, items: [...] }], orphans: [] }
 */
export const groupByPatient = (
  entries: ReadonlyArray<FhirEntry>,
  resolve: Resolve,
): { readonly groups: ReadonlyArray<PatientGroup>; readonly orphans: ReadonlyArray<FhirEntry> } => {
  const groups = new Map<string, { subject: SubjectOf; items: FhirEntry[] }>();
  const orphans: FhirEntry[] = [];
  for (const e of entries) {
    if (typeOf(e.resource) === 'Patient') {
      const key = patientKeyOf(e);
      const group = groups.get(key);
      if (group === undefined) groups.set(key, { subject: { key, patient: e }, items: [] });
      else if (group.subject.patient === undefined) group.subject = { key, patient: e };
    }
  }
  for (const e of entries) {
    const type = typeOf(e.resource);
    if (type !== 'MedicationRequest' && type !== 'MedicationStatement') continue;
    const subject = subjectOf(e.resource, resolve);
    if (subject === undefined) {
      orphans.push(e);
      continue;
    }
    const group = groups.get(subject.key);
    if (group === undefined) groups.set(subject.key, { subject, items: [e] });
    else group.items.push(e);
  }
  return {
    groups: [...groups].sort(([a], [b]) => compareIds(a, b)).map(([key, g]) => ({ key, subject: g.subject, items: g.items })),
    orphans,
  };
};

/**
 * Reads every item of one patient's group into a decoded list: good items to the list, bad ones to
 * `invalid` with their FHIR paths, items whose id another also uses set apart, as the JSON decoders
 * do; resources of the group whose subject names no patient (`orphans`) are invalid at `subject`.
 *
 * @example
 * buildList(groups[0], { source: 'cosmic', exportedAt, file: 'c.json', resolve }) // right(JournalList)
 */
export const buildList = (
  group: { readonly subject: SubjectOf; readonly items: ReadonlyArray<FhirEntry>; readonly orphans?: ReadonlyArray<FhirEntry> },
  options: { readonly source: Source; readonly exportedAt: Timestamp; readonly file: string | null; readonly resolve: Resolve; readonly defaultDispensing?: Dispensing },
): E.Either<DocumentError, DecodedList> => {
  const patient = readPatient(group.subject);
  if (E.isLeft(patient)) {
    const [first, ...rest] = patient.left;
    return E.left(docError('invalid-patient-id', options.file, [first ?? { path: 'subject', message: 'expected a patient' }, ...rest]));
  }
  const ctx = { source: options.source, resolve: options.resolve, ...(options.defaultDispensing === undefined ? {} : { defaultDispensing: options.defaultDispensing }) };
  const read = group.items.map((e) => ({ e, r: readItem(e, e.index, ctx) }));
  const count = new Map<string, number>();
  for (const { r } of read) if (E.isRight(r)) count.set(r.right.id, (count.get(r.right.id) ?? 0) + 1);
  const items: Array<Ordination | Prescription> = [];
  const invalid: InvalidItem[] = [];
  for (const { e, r } of read) {
    if (E.isLeft(r)) {
      const [first, ...rest] = r.left;
      const problems: readonly [Problem, ...Problem[]] = [first ?? { path: e.path, message: 'expected a valid resource' }, ...rest];
      invalid.push({ source: options.source, id: readableResourceId(e.resource, options.source), index: e.index, path: problems[0].path, message: problems[0].message, problems });
    } else if ((count.get(r.right.id) ?? 0) > 1) {
      const others = read.filter((x) => x.e !== e && E.isRight(x.r) && x.r.right.id === r.right.id).map((x) => x.e.path);
      const problem = { path: `${e.path}.id`, message: `expected an id used by one item only; ${others.join(', ')} has the same id` };
      invalid.push({ source: options.source, id: r.right.id, index: e.index, path: problem.path, message: problem.message, problems: [problem] });
    } else {
      items.push(r.right);
    }
  }
  for (const e of group.orphans ?? []) {
    const problem = { path: `${e.path}.subject`, message: 'expected a reference to the Patient (or a patient identifier): the resource names no patient' };
    invalid.push({ source: options.source, id: readableResourceId(e.resource, options.source), index: e.index, path: problem.path, message: problem.message, problems: [problem] });
  }
  invalid.sort((a, b) => a.index - b.index);
  if (options.source === 'cosmic') {
    return E.right({ source: 'cosmic', exportedAt: options.exportedAt, patient: patient.right, ordinations: items as Ordination[], invalid, problems: [] });
  }
  const prescriptions = items as Prescription[];
  return E.right({
    source: 'pascal',
    exportedAt: options.exportedAt,
    doseDispensing: prescriptions.some((p) => p.dispensing === 'dose-dispensed'),
    patient: patient.right,
    prescriptions,
    invalid,
    // Unknown fields from FHIR (an unmappable Dosage element) are the fhir reader's to list here.
    problems: [],
  });
};

/**
 * Reads a FHIR R4 Bundle (JSON, already parsed) of one patient's MedicationRequest and
 * MedicationStatement resources, with their Medications contained or as entries, into the journal's
 * ordination list (`source: 'cosmic'`) or the e-prescription list (`source: 'pascal'`): the same
 * `JournalList` / `PrescriptionList` the JSON decoders give. Any bundle type is read (collection,
 * searchset, …). A bundle that is not one, has no patient, holds several patients, or has no export
 * time is rejected whole; a resource that cannot be mapped goes to `invalid` with its FHIR path
 * (`entry[3].resource.dosageInstruction[0].timing.repeat.periodUnit`), and the rest are read.
 *
 * @example
 * const journal = fromFhir(JSON.parse(text), { source: 'cosmic', file: 'cosmic-bundle.json' });
 * // right({ source: 'cosmic', patient: { id: '191212121212', idKind: 'personnummer' }, ordinations: [...], invalid: [] })
 */
export function fromFhir(bundle: unknown, options: FromFhirOptions & { readonly source: 'cosmic' }): E.Either<DocumentError, JournalList>;
export function fromFhir(bundle: unknown, options: FromFhirOptions & { readonly source: 'pascal' }): E.Either<DocumentError, PrescriptionList>;
export function fromFhir(bundle: unknown, options: FromFhirOptions): E.Either<DocumentError, DecodedList>;
export function fromFhir(bundle: unknown, options: FromFhirOptions): E.Either<DocumentError, DecodedList> {
  const file = options.file ?? null;
  const frame = BundleFrameCodec.decode(bundle);
  if (E.isLeft(frame)) {
    const [first, ...rest] = reportErrors(frame.left);
    return E.left(docError('invalid-frame', file, [first ?? { path: '(document)', message: 'expected a FHIR Bundle' }, ...rest]));
  }
  const exportedAt = options.exportedAt ?? frame.right.timestamp ?? frame.right.meta?.lastUpdated;
  if (exportedAt === undefined || !isTimestamp(exportedAt)) {
    const path = options.exportedAt !== undefined ? 'exportedAt (option)' : 'timestamp';
    const got = exportedAt === undefined ? 'missing' : `"${exportedAt}"`;
    return E.left(docError('invalid-frame', file, [{ path, message: `expected the time of export, a dateTime with seconds and an offset (Bundle.timestamp or the exportedAt option), got ${got}` }]));
  }
  const entries: FhirEntry[] = (frame.right.entry ?? []).map((e, i) => ({
    resource: e.resource,
    path: `entry[${i}].resource`,
    index: i,
    ...(e.fullUrl === undefined ? {} : { fullUrl: e.fullUrl }),
  }));
  const resolve = resolverOf(entries);
  const { groups, orphans } = groupByPatient(entries, resolve);
  if (groups.length > 1) {
    return E.left(docError('invalid-frame', file, [{ path: 'entry', message: `expected the resources of one patient, got ${groups.length} patients; read a multi-patient export with groupBulkNdjson` }]));
  }
  const group = groups[0];
  if (group === undefined) {
    return E.left(docError('invalid-frame', file, [{ path: 'entry', message: 'expected a Patient, or a medication resource whose subject names its patient' }]));
  }
  // A resource whose subject names no patient is still the bundle's: it is reported as invalid.
  return buildList({ subject: group.subject, items: group.items, orphans }, {
    source: options.source,
    exportedAt: exportedAt as Timestamp,
    file,
    resolve,
    ...(options.defaultDispensing === undefined ? {} : { defaultDispensing: options.defaultDispensing }),
  });
}

/**
 * Parses a FHIR Bundle from its JSON text and reads it with `fromFhir`.
 *
 * @example
 * parseFhirBundle(fs.readFileSync('pascal-bundle.json', 'utf8'), { source: 'pascal', file: 'pascal-bundle.json' })
 */
export function parseFhirBundle(text: string, options: FromFhirOptions & { readonly source: 'cosmic' }): E.Either<DocumentError, JournalList>;
export function parseFhirBundle(text: string, options: FromFhirOptions & { readonly source: 'pascal' }): E.Either<DocumentError, PrescriptionList>;
export function parseFhirBundle(text: string, options: FromFhirOptions): E.Either<DocumentError, DecodedList>;
export function parseFhirBundle(text: string, options: FromFhirOptions): E.Either<DocumentError, DecodedList> {
  return E.chain((u: unknown) => fromFhir(u, options))(parseJson(text, options.file ?? null));
}
