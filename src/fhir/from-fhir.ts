import * as E from 'fp-ts/lib/Either.js';
import type { DocumentError, JournalList, PrescriptionList } from '../decode';
import { parseJson, reportErrors } from '../decode';
import { compareIds, isTimestamp, redactPersonnummer, type Dispensing, type InvalidItem, type Ordination, type PartlyReadItem, type Prescription, type Problem, type Source, type Timestamp } from '../model';
import { BundleFrameCodec } from './codecs';
import { ITEM_TYPES, notRead } from './entries';
import { describeValue, quoted } from './quote';
import { readableResourceId, readItem } from './item';
import type { Located, Resolve } from './medication';
import { patientKeyOf, readPatient, subjectOf, type SubjectOf } from './patient';

/** A resource read from a bundle entry or an NDJSON line, with where it was (`entry[3].resource`, `MedicationRequest.ndjson:12`). */
export interface FhirEntry extends Located {
  readonly fullUrl?: string;
  /** Its position, for the item's `index`. */
  readonly index: number;
}

/** An entry that is not a resource medrec reads, or not one of the bundle's (a List's reference to nothing): reported, never dropped. */
export interface UnreadEntry {
  readonly resource: unknown;
  readonly index: number;
  readonly problem: Problem;
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

/** The decoded list of either side (`problems` lists the items read with unknown fields). */
export type DecodedList = JournalList | PrescriptionList;

/**
 * A problem as it leaves the FHIR reader: path and message redacted once more, whatever built them
 * (a number shaped like a personnummer echoed by a codec, a key of the input in a path).
 */
const redacted = (p: Problem): Problem => ({ path: redactPersonnummer(p.path), message: redactPersonnummer(p.message) });

const docError = (kind: DocumentError['kind'], file: string | null, given: readonly [Problem, ...Problem[]]): DocumentError => {
  const problems: readonly [Problem, ...Problem[]] = [redacted(given[0]), ...given.slice(1).map(redacted)];
  return { kind, file, path: problems[0].path, message: problems[0].message, problems };
};

/** An invalid item of `source` at `index`, from its problems (the first is the one shown), redacted. */
const invalidItem = (source: Source, id: string | null, index: number, given: readonly [Problem, ...Problem[]]): InvalidItem => {
  const problems = given.map(redacted);
  return { source, id, index, path: problems[0]!.path, message: problems[0]!.message, problems };
};

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
  group: {
    readonly subject: SubjectOf;
    readonly items: ReadonlyArray<FhirEntry>;
    readonly orphans?: ReadonlyArray<FhirEntry>;
    /** Entries that are not a resource medrec reads, each with the problem that says so. */
    readonly unread?: ReadonlyArray<UnreadEntry>;
  },
  options: { readonly source: Source; readonly exportedAt: Timestamp; readonly file: string | null; readonly resolve: Resolve; readonly defaultDispensing?: Dispensing },
): E.Either<DocumentError, DecodedList> => {
  const patient = readPatient(group.subject);
  if (E.isLeft(patient)) {
    const [first, ...rest] = patient.left;
    return E.left(docError('invalid-patient-id', options.file, [first ?? { path: 'subject', message: 'expected a patient' }, ...rest]));
  }
  const ctx = { source: options.source, resolve: options.resolve, ...(options.defaultDispensing === undefined ? {} : { defaultDispensing: options.defaultDispensing }) };
  const read = group.items.map((e) => ({ e, r: readItem(e, e.index, ctx) }));
  const byId = new Map<string, string[]>();
  for (const { e, r } of read) if (E.isRight(r)) byId.set(r.right.item.id, [...(byId.get(r.right.item.id) ?? []), e.path]);
  const items: Array<Ordination | Prescription> = [];
  const invalid: InvalidItem[] = [];
  const unknown: PartlyReadItem[] = [];
  for (const { e, r } of read) {
    if (E.isLeft(r)) {
      const [first, ...rest] = r.left;
      const problems: readonly [Problem, ...Problem[]] = [first ?? { path: e.path, message: 'expected a valid resource' }, ...rest];
      invalid.push(invalidItem(options.source, readableResourceId(e.resource, options.source), e.index, problems));
      continue;
    }
    const { item, problems } = r.right;
    const paths = byId.get(item.id) ?? [];
    if (paths.length > 1) {
      const others = paths.filter((p) => p !== e.path);
      const problem = { path: `${e.path}.id`, message: `expected an id used by one item only; ${others.slice(0, 3).join(', ')}${others.length > 3 ? ` and ${others.length - 3} more` : ''} ${others.length === 1 ? 'has' : 'have'} the same id` };
      invalid.push(invalidItem(options.source, redactPersonnummer(item.id), e.index, [problem]));
      continue;
    }
    items.push(item);
    const [first, ...rest] = problems;
    if (first !== undefined) {
      const listed = invalidItem(options.source, redactPersonnummer(item.id), e.index, [first, ...rest]);
      unknown.push({ ...listed, id: listed.id ?? item.id });
    }
  }
  for (const e of group.orphans ?? []) {
    const problem = { path: `${e.path}.subject`, message: 'expected a reference to the Patient (or a patient identifier): the resource names no patient' };
    invalid.push(invalidItem(options.source, readableResourceId(e.resource, options.source), e.index, [problem]));
  }
  for (const u of group.unread ?? []) {
    invalid.push(invalidItem(options.source, readableResourceId(u.resource, options.source), u.index, [u.problem]));
  }
  invalid.sort((a, b) => a.index - b.index);
  if (options.source === 'cosmic') {
    return E.right({ source: 'cosmic', exportedAt: options.exportedAt, patient: patient.right, ordinations: items as Ordination[], invalid, problems: unknown });
  }
  const prescriptions = items as Prescription[];
  return E.right({
    source: 'pascal',
    exportedAt: options.exportedAt,
    doseDispensing: prescriptions.some((p) => p.dispensing === 'dose-dispensed'),
    patient: patient.right,
    prescriptions,
    invalid,
    problems: unknown,
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
  const collected = collect(bundle);
  if (E.isLeft(collected)) {
    const [first, ...rest] = collected.left;
    return E.left(docError('invalid-frame', file, [first ?? { path: '(document)', message: 'expected a FHIR Bundle' }, ...rest]));
  }
  const { entries, unread, exportedAt: stated, exportedAtPath } = collected.right;
  const exportedAt = options.exportedAt ?? stated;
  if (exportedAt === undefined || !isTimestamp(exportedAt)) {
    const path = options.exportedAt !== undefined ? 'exportedAt (option)' : exportedAtPath;
    const got = exportedAt === undefined ? 'missing' : quoted(exportedAt);
    return E.left(docError('invalid-frame', file, [{ path, message: `expected the time of export, a dateTime with seconds and an offset (Bundle.timestamp, meta.lastUpdated or the exportedAt option), got ${got}` }]));
  }
  const resolve = resolverOf(entries);
  const dangling = danglingListReferences(entries, resolve);
  const { groups, orphans } = groupByPatient(entries, resolve);
  if (groups.length > 1) {
    return E.left(docError('invalid-frame', file, [{ path: 'entry', message: `expected the resources of one patient, got ${groups.length} patients; read a multi-patient export with groupBulkNdjson` }]));
  }
  const group = groups[0];
  if (group === undefined) {
    return E.left(docError('invalid-frame', file, [{ path: 'entry', message: 'expected a Patient, or a medication resource whose subject names its patient' }]));
  }
  // A resource whose subject names no patient is still the bundle's: it is reported as invalid.
  return buildList({ subject: group.subject, items: group.items, orphans, unread: [...unread, ...dangling] }, {
    source: options.source,
    exportedAt: exportedAt as Timestamp,
    file,
    resolve,
    ...(options.defaultDispensing === undefined ? {} : { defaultDispensing: options.defaultDispensing }),
  });
}

/** The resources of a document, where each is, the entries not read, and the export time it states. */
interface Collected {
  readonly entries: ReadonlyArray<FhirEntry>;
  readonly unread: ReadonlyArray<UnreadEntry>;
  readonly exportedAt?: string;
  readonly exportedAtPath: string;
}

const isObject = (u: unknown): u is Record<string, unknown> => typeof u === 'object' && u !== null && !Array.isArray(u);
const stringAt = (o: Record<string, unknown>, key: string): string | undefined => (typeof o[key] === 'string' && (o[key] as string).trim() !== '' ? (o[key] as string) : undefined);
const lastUpdatedOf = (o: Record<string, unknown>): string | undefined => (isObject(o['meta']) ? stringAt(o['meta'], 'lastUpdated') : undefined);

/**
 * Collects the resources of what was given: a Bundle of any type (collection, searchset,
 * transaction, batch, document with its Composition), a bare MedicationRequest or
 * MedicationStatement (its paths start with its type: `MedicationRequest.dosageInstruction[0]`), or a
 * List with its resources contained (`List.contained[2]`). Each entry that is not a resource medrec
 * reads is set apart with its path.
 */
const collect = (input: unknown): E.Either<ReadonlyArray<Problem>, Collected> => {
  const type = isObject(input) ? input['resourceType'] : undefined;
  if (!isObject(input) || typeof type !== 'string') {
    return E.left([{ path: '(document)', message: `expected a FHIR Bundle, MedicationRequest, MedicationStatement or List, got ${isObject(input) ? 'an object without resourceType' : describeValue(input)}` }]);
  }
  if (ITEM_TYPES.has(type)) {
    const at = lastUpdatedOf(input);
    return E.right({ entries: [{ resource: input, path: type, index: 0 }], unread: [], exportedAtPath: `${type}.meta.lastUpdated`, ...(at === undefined ? {} : { exportedAt: at }) });
  }
  if (type === 'List') {
    const entries: FhirEntry[] = [];
    const unread: UnreadEntry[] = [];
    const contained = Array.isArray(input['contained']) ? (input['contained'] as unknown[]) : [];
    contained.forEach((resource, k) => {
      const path = `List.contained[${k}]`;
      const problem = notRead(resource, path);
      const id = isObject(resource) ? stringAt(resource, 'id') : undefined;
      if (problem !== undefined) unread.push({ resource, index: k, problem });
      else entries.push({ resource, path, index: k, ...(id === undefined ? {} : { fullUrl: `#${id}` }) });
    });
    const at = stringAt(input, 'date') ?? lastUpdatedOf(input);
    const list = { resource: input, path: 'List', index: contained.length };
    return E.right({ entries: [...entries, list], unread, exportedAtPath: 'List.date', ...(at === undefined ? {} : { exportedAt: at }) });
  }
  if (type !== 'Bundle') {
    return E.left([{ path: 'resourceType', message: `expected a Bundle, MedicationRequest, MedicationStatement or List, got ${quoted(type)}` }]);
  }
  const frame = BundleFrameCodec.decode(input);
  if (E.isLeft(frame)) return E.left(reportErrors(frame.left));
  const entries: FhirEntry[] = [];
  const unread: UnreadEntry[] = [];
  (frame.right.entry ?? []).forEach((e, i) => {
    if (!isObject(e)) {
      unread.push({ resource: undefined, index: i, problem: { path: `entry[${i}]`, message: `expected a Bundle entry (an object with a resource), got ${describeValue(e)}` } });
      return;
    }
    const path = `entry[${i}].resource`;
    const problem = notRead(e['resource'], path);
    if (problem !== undefined) {
      unread.push({ resource: e['resource'], index: i, problem });
      return;
    }
    const fullUrl = stringAt(e, 'fullUrl');
    entries.push({ resource: e['resource'], path, index: i, ...(fullUrl === undefined ? {} : { fullUrl }) });
  });
  const at = frame.right.timestamp ?? frame.right.meta?.lastUpdated;
  return E.right({ entries, unread, exportedAtPath: 'timestamp', ...(at === undefined ? {} : { exportedAt: at }) });
};

/**
 * The references of a List (read as an index of the items: the List says which resources are the
 * list) that name no resource read with it: each is reported at its path, since the item it names
 * cannot be read.
 */
const danglingListReferences = (entries: ReadonlyArray<FhirEntry>, resolve: Resolve): ReadonlyArray<UnreadEntry> =>
  entries.flatMap((e) => {
    if (typeOf(e.resource) !== 'List') return [];
    const items = (e.resource as { entry?: unknown }).entry;
    if (!Array.isArray(items)) return [];
    return items.flatMap((item: unknown, k): UnreadEntry[] => {
      const ref = isObject(item) && isObject(item['item']) ? item['item']['reference'] : undefined;
      if (typeof ref !== 'string') return [];
      const found = resolve(ref);
      if (found !== undefined) return [];
      return [{ resource: undefined, index: e.index, problem: { path: `${e.path}.entry[${k}].item.reference`, message: `expected a reference to a resource read with the List, got ${quoted(ref)}, which names none: the item it names cannot be read` } }];
    });
  });

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
