import * as E from 'fp-ts/lib/Either.js';
import type { DocumentError } from '../decode';
import type { BulkLineError, BulkPatient } from '../fhir';
import { checkPatientId, compareIds, patientKey, type IsoDate, type Problem } from '../model';
import { reconcile } from '../reconcile';
import { toJson } from '../render';
import { lineError, shownPatientId } from './line-error';
import type { LineOutcome } from './process-line';
import { summarisePatient } from './summary';

/** One side of a FHIR Bulk Data export, grouped by patient (`groupBulkNdjson`). */
export interface BulkSide {
  readonly patients: ReadonlyArray<BulkPatient>;
  readonly errors: ReadonlyArray<BulkLineError>;
}

const problemsOf = (side: 'cosmic' | 'pascal', e: DocumentError): readonly [Problem, ...Problem[]] => {
  const [first, ...rest] = e.problems.map((p) => ({ path: `${side}.${p.path}`, message: p.message }));
  return [first ?? { path: side, message: e.message }, ...rest];
};

/**
 * Reconciles the patients of two FHIR Bulk Data exports, the journal's and the e-prescription list's,
 * as a batch whose records are the patients: pairs each patient's two lists by the patient's id (the
 * exports' own resource ids differ between systems), reconciles each pair on `asOf`, and reports
 * everything else as an invalid record naming why: a patient found on one side only, a side whose
 * list could not be read, a bulk line that is no resource or names no patient (`file:line`). Records
 * are numbered from 1 in the order patients sort, then the unreadable bulk lines, so the batch
 * summary's laws hold: records read = results + invalid records. Pure.
 *
 * @example
 * reconcileBulk(groupBulkNdjson(cosmicFiles, { source: 'cosmic', … }), groupBulkNdjson(pascalFiles, { source: 'pascal', … }), '2026-11-20')
 * // [{ kind: 'reconciled', result: { line: 1, … } }, { kind: 'invalid', error: { line: 2, reason: 'missing-document', … } }]
 */
export const reconcileBulk = (cosmic: BulkSide, pascal: BulkSide, asOf: IsoDate): ReadonlyArray<LineOutcome> => {
  type Entry = { cosmic?: BulkPatient; pascal?: BulkPatient; shown: string };
  const byPerson = new Map<string, Entry>();
  const unreadable: Array<{ side: 'cosmic' | 'pascal'; patient: BulkPatient; error: DocumentError }> = [];
  for (const [side, grouping] of [['cosmic', cosmic], ['pascal', pascal]] as const) {
    for (const p of grouping.patients) {
      if (E.isLeft(p.list)) {
        unreadable.push({ side, patient: p, error: p.list.left });
        continue;
      }
      const patient = p.list.right.patient;
      const key = patientKey(patient);
      const entry: Entry = byPerson.get(key) ?? { shown: shownPatientId(patient.id) };
      byPerson.set(key, { ...entry, [side]: p });
    }
  }
  const outcomes: LineOutcome[] = [];
  const next = () => outcomes.length + 1;
  for (const [, entry] of [...byPerson].sort(([a], [b]) => compareIds(a, b))) {
    const c = entry.cosmic?.list;
    const p = entry.pascal?.list;
    if (c === undefined || p === undefined || E.isLeft(c) || E.isLeft(p)) {
      const missing = c === undefined ? 'cosmic' : 'pascal';
      outcomes.push({
        kind: 'invalid',
        error: lineError(next(), entry.shown, 'missing-document', [
          { path: missing, message: `expected the patient in the ${missing === 'cosmic' ? 'journal' : 'e-prescription list'}'s bulk export too, got none` },
        ]),
      });
      continue;
    }
    if (c.right.source !== 'cosmic' || p.right.source !== 'pascal') continue;
    const result = reconcile(c.right, p.right, { asOf });
    if (E.isLeft(result)) {
      outcomes.push({ kind: 'invalid', error: lineError(next(), entry.shown, 'internal-error', [{ path: '(patient)', message: result.left.message }]) });
      continue;
    }
    const unit = c.right.unit === undefined ? {} : { unit: c.right.unit };
    outcomes.push({
      kind: 'reconciled',
      result: { line: next(), ...unit, doseDispensing: p.right.doseDispensing, ...toJson(result.right) },
      summary: summarisePatient(result.right),
    });
  }
  for (const u of unreadable) {
    // The key of a patient whose id could not be read is the bulk export's own (a hash, never a personnummer).
    const shown = checkPatientId(u.patient.key).kind === 'other' ? shownPatientId(u.patient.key) : null;
    outcomes.push({ kind: 'invalid', error: lineError(next(), shown, 'invalid-document', problemsOf(u.side, u.error)) });
  }
  for (const [side, grouping] of [['cosmic', cosmic], ['pascal', pascal]] as const) {
    for (const e of grouping.errors) {
      outcomes.push({ kind: 'invalid', error: lineError(next(), null, 'invalid-document', [{ path: `${side}:${e.file}:${e.line}.${e.path}`, message: e.message }]) });
    }
  }
  return outcomes;
};
