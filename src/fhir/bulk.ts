import * as E from 'fp-ts/lib/Either.js';
import type { DocumentError } from '../decode';
import { compareIds, isTimestamp, redactPersonnummer, type Dispensing, type Source, type Timestamp } from '../model';
import { notRead } from './entries';
import { quoted } from './quote';
import { buildList, groupByPatient, resolverOf, type DecodedList, type FhirEntry } from './from-fhir';

/** One file of a FHIR Bulk Data export: its name (`MedicationRequest.ndjson`) and its lines. */
export interface NdjsonFile {
  readonly file: string;
  readonly lines: ReadonlyArray<string>;
}

/** A line of a bulk file that could not be used: not JSON, not a resource, or naming no patient. */
export interface BulkLineError {
  readonly file: string;
  /** The line number, from 1. */
  readonly line: number;
  readonly path: string;
  readonly message: string;
}

/** One patient of a bulk export: the key that grouped its resources (never a personnummer) and its list, or why it has none. */
export interface BulkPatient {
  readonly key: string;
  readonly list: E.Either<DocumentError, DecodedList>;
}

/** Options of `groupBulkNdjson`: the side the files are, when they were exported, and the dispensing default. */
export interface BulkOptions {
  readonly source: Source;
  /** The export's `transactionTime` from its manifest: the time every list was exported. */
  readonly exportedAt: string;
  readonly defaultDispensing?: Dispensing;
}

/**
 * Groups the resources of a FHIR Bulk Data export (NDJSON, one file per resource type: Patient,
 * MedicationRequest, MedicationStatement, Medication) by patient, and reads each patient's resources
 * into a journal or e-prescription list like `fromFhir`. Pure: it takes the lines, not the files.
 * Medications are shared by every patient that references them. Errors name the file and line:
 * a line that is not JSON or not a resource, and a medication resource whose subject names no
 * patient, are in `errors`; a resource that cannot be mapped is in its patient's `invalid`, with the
 * path `MedicationRequest.ndjson:12.dosageInstruction[0]…`; a patient whose id is unusable has a
 * left list, and the other patients are read. Patients come sorted by key, items by file and line.
 *
 * @example
 * groupBulkNdjson([{ file: 'Patient.ndjson', lines }, { file: 'MedicationRequest.ndjson', lines: mr }], { source: 'pascal', exportedAt: '2026-11-20T02:00:00+01:00' })
 * // { patients: [{ key: 'Patient/p1', list: right(PrescriptionList) }, …], errors: [{ file: 'MedicationRequest.ndjson', line: 7, path: '(line)', message: 'expected a JSON object …' }] }
 */
export const groupBulkNdjson = (
  files: ReadonlyArray<NdjsonFile>,
  options: BulkOptions,
): { readonly patients: ReadonlyArray<BulkPatient>; readonly errors: ReadonlyArray<BulkLineError> } => {
  const errors: BulkLineError[] = [];
  const entries: Array<FhirEntry & { readonly file: string; readonly line: number }> = [];
  const sorted = [...files].sort((a, b) => compareIds(a.file, b.file));
  for (const { file, lines } of sorted) {
    lines.forEach((text, i) => {
      if (text.trim() === '') return;
      let resource: unknown;
      try {
        resource = JSON.parse(text) as unknown;
      } catch {
        errors.push({ file, line: i + 1, path: '(line)', message: 'expected a JSON object on one line; the text is not valid JSON' });
        return;
      }
      const problem = notRead(resource, '(line)');
      if (problem !== undefined) {
        // Not a resource, or one medrec does not read (a misspelt resourceType): said, never dropped.
        errors.push({ file, line: i + 1, path: problem.path === '(line)' ? '(line)' : 'resourceType', message: problem.message });
        return;
      }
      entries.push({ resource, path: `${file}:${i + 1}`, index: entries.length, file, line: i + 1 });
    });
  }
  if (!isTimestamp(options.exportedAt)) {
    return { patients: [], errors: [...errors, { file: '(manifest)', line: 0, path: 'transactionTime', message: `expected a dateTime with seconds and an offset, got ${quoted(options.exportedAt)}` }] };
  }
  const resolve = resolverOf(entries);
  const { groups, orphans } = groupByPatient(entries, resolve);
  for (const o of orphans) {
    const e = o as (typeof entries)[number];
    errors.push({ file: e.file, line: e.line, path: 'subject', message: 'expected a reference to a Patient (or a patient identifier): the resource names no patient' });
  }
  const patients = groups.map((g) => {
    // Within a patient, items are numbered in file and line order.
    const items = g.items.map((e, k) => ({ ...e, index: k }));
    return {
      key: g.key,
      list: buildList({ subject: g.subject, items }, {
        source: options.source,
        exportedAt: options.exportedAt as Timestamp,
        file: null,
        resolve,
        ...(options.defaultDispensing === undefined ? {} : { defaultDispensing: options.defaultDispensing }),
      }),
    };
  });
  // Whatever built a message, it leaves redacted.
  return { patients, errors: errors.map((e) => ({ ...e, path: redactPersonnummer(e.path), message: redactPersonnummer(e.message) })) };
};
