import * as E from 'fp-ts/lib/Either.js';
import { decodeJournal, decodePrescriptionList, parseJson, type DocumentError } from '../decode';
import type { IsoDate, Problem } from '../model';
import { reconcile } from '../reconcile';
import { toJson, type ReconciliationJson } from '../render';
import { findForbiddenKey, mayHoldForbiddenKey } from './forbidden-key';
import { lineError, shownPatientId, type LineError } from './line-error';
import { summarisePatient, type PatientSummary } from './summary';

/**
 * One line of the batch output: the JSON contract of the patient's reconciliation, with its input line
 * number, the care unit the journal export names and whether the e-prescription list is a
 * dose-dispensing patient's (for follow-up by unit and of dose-dispensed patients).
 */
export type BatchResult = { readonly line: number; readonly unit?: string; readonly doseDispensing: boolean } & ReconciliationJson;

/**
 * What became of one input line: a reconciled patient (its output and what it adds to the summary),
 * or an invalid line with its error record.
 */
export type LineOutcome =
  | { readonly kind: 'reconciled'; readonly result: BatchResult; readonly summary: PatientSummary }
  | { readonly kind: 'invalid'; readonly error: LineError };

const own = (o: unknown, key: string): unknown =>
  typeof o === 'object' && o !== null && !Array.isArray(o) && Object.hasOwn(o, key) ? (o as Record<string, unknown>)[key] : undefined;

/** The patient id of a line where one can be read from either export, shown masked. */
const readablePatient = (line: unknown): string | null => {
  for (const side of ['cosmic', 'pascal']) {
    const id = own(own(own(line, side), 'patient'), 'id');
    if (typeof id === 'string' && id.trim() !== '') return shownPatientId(id);
  }
  return null;
};

const prefixed = (side: 'cosmic' | 'pascal', e: DocumentError): readonly [Problem, ...Problem[]] => {
  const at = (p: Problem): Problem => ({ path: p.path === '(document)' ? side : `${side}.${p.path}`, message: p.message });
  const [first, ...rest] = e.problems;
  return [first === undefined ? { path: side, message: e.message } : at(first), ...rest.map(at)];
};

const invalid = (error: LineError): LineOutcome => ({ kind: 'invalid', error });

/**
 * The longest text a result line repeats as it is. A longer one (a 7.5 MB dosage text fits on an input
 * line, and a discrepancy quotes it in its values and in its text) is cut to its first 2000 characters
 * and a marker saying how many more there were, so a result line stays small whatever its input held.
 */
export const MAX_RESULT_TEXT = 2000;

/**
 * A text as a result line repeats it: as it is up to `MAX_RESULT_TEXT` characters, else cut with a marker.
 *
 * @example
 * cutLongText('x'.repeat(2500)) // 'xxx…x… [500 more characters cut]' (2000 x's)
 */
export const cutLongText = (text: string): string => {
  if (text.length <= MAX_RESULT_TEXT) return text;
  const last = text.charCodeAt(MAX_RESULT_TEXT - 1);
  const end = last >= 0xd800 && last <= 0xdbff ? MAX_RESULT_TEXT - 1 : MAX_RESULT_TEXT;
  return `${text.slice(0, end)}… [${text.length - end} more characters cut]`;
};

/**
 * A batch result as its NDJSON line: every string longer than `MAX_RESULT_TEXT` cut with a marker.
 *
 * @example
 * resultLine(outcome.result) // '{"line":1,"doseDispensing":false,"version":1,...}'
 */
export const resultLine = (result: BatchResult): string =>
  mayHoldLongText(result, 0) ? JSON.stringify(result, (_key, value: unknown) => (typeof value === 'string' ? cutLongText(value) : value)) : JSON.stringify(result);

/** The depth past which `mayHoldLongText` stops looking and says "maybe": a result is a few levels deep. */
const MAX_LOOK_DEPTH = 32;

/**
 * Whether `JSON.stringify` with the cutting replacer might write anything else than without it: a
 * string value longer than `MAX_RESULT_TEXT` somewhere, or something the walk cannot vouch for (a
 * `toJSON` method, deeper than `MAX_LOOK_DEPTH`). Almost no result holds one, and a replacer called
 * for every value costs more than the walk: the walk spares it.
 */
const mayHoldLongText = (value: unknown, depth: number): boolean => {
  if (typeof value === 'string') return value.length > MAX_RESULT_TEXT;
  if (typeof value !== 'object' || value === null) return false;
  if (depth > MAX_LOOK_DEPTH || typeof (value as { toJSON?: unknown }).toJSON === 'function') return true;
  if (Array.isArray(value)) {
    for (const v of value) if (mayHoldLongText(v, depth + 1)) return true;
    return false;
  }
  for (const key of Object.keys(value)) if (mayHoldLongText((value as Record<string, unknown>)[key], depth + 1)) return true;
  return false;
};

/**
 * Reconciles the patient on one line of the batch input, `{ "cosmic": <journal export>, "pascal":
 * <e-prescription export> }`, on `asOf`. Pure: the same text, number and date give the same outcome.
 * A line that is not JSON, is not such an object, holds a `__proto__` key, lacks an export, has an
 * export without its frame or exports of two patients is an invalid line, with its number, the patient
 * where readable (masked) and the reason; bad items inside a good export are carried in the result's
 * `invalid`, as `reconcile` does.
 *
 * @example
 * processLine(JSON.stringify({ cosmic, pascal }), 1, '2026-11-20' as IsoDate)
 * // { kind: 'reconciled', result: { line: 1, version: 1, asOf: '2026-11-20', ... }, summary: { ... } }
 * processLine('{"cosmic":', 2, '2026-11-20' as IsoDate)
 * // { kind: 'invalid', error: { line: 2, patient: null, reason: 'not-json', ... } }
 */
export const processLine = (text: string, lineNumber: number, asOf: IsoDate): LineOutcome => {
  const parsed = parseJson(text, null);
  if (E.isLeft(parsed)) {
    return invalid(lineError(lineNumber, null, 'not-json', [{ path: '(line)', message: parsed.left.message }]));
  }
  const value = parsed.right;
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    const got = value === null ? 'null' : Array.isArray(value) ? 'an array' : typeof value;
    return invalid(lineError(lineNumber, null, 'not-an-object', [{ path: '(line)', message: `expected an object { "cosmic": …, "pascal": … }, got ${got}` }]));
  }
  if (mayHoldForbiddenKey(text)) {
    const path = findForbiddenKey(value);
    if (path !== undefined) {
      return invalid(
        lineError(lineNumber, readablePatient(value), 'forbidden-key', [{ path, message: 'expected no key named "__proto__": no export has one, and it could alter prototypes' }]),
      );
    }
  }
  const patient = readablePatient(value);
  const missing = (['cosmic', 'pascal'] as const).filter((side) => own(value, side) === undefined);
  const [firstMissing, ...otherMissing] = missing.map((side): Problem => ({
    path: side,
    message: `expected the ${side === 'cosmic' ? 'journal export (Cosmic)' : 'e-prescription list export (Pascal)'}, got missing`,
  }));
  if (firstMissing !== undefined) return invalid(lineError(lineNumber, patient, 'missing-document', [firstMissing, ...otherMissing]));

  const journal = decodeJournal(own(value, 'cosmic'));
  if (E.isLeft(journal)) return invalid(lineError(lineNumber, patient, 'invalid-document', prefixed('cosmic', journal.left)));
  const list = decodePrescriptionList(own(value, 'pascal'));
  if (E.isLeft(list)) return invalid(lineError(lineNumber, patient, 'invalid-document', prefixed('pascal', list.left)));
  const reconciled = reconcile(journal.right, list.right, { asOf });
  if (E.isLeft(reconciled)) {
    const [path, ...message] = reconciled.left.message.split(': ');
    const reason = reconciled.left.kind === 'patient-mismatch' ? 'patient-mismatch' : 'internal-error';
    return invalid(lineError(lineNumber, patient, reason, [{ path: path ?? '(line)', message: message.join(': ') }]));
  }
  const unit = journal.right.unit === undefined ? {} : { unit: journal.right.unit };
  return {
    kind: 'reconciled',
    result: { line: lineNumber, ...unit, doseDispensing: list.right.doseDispensing, ...toJson(reconciled.right) },
    summary: summarisePatient(reconciled.right),
  };
};
