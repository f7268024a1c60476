import * as E from 'fp-ts/lib/Either.js';
import { quoted } from './quote';
import type { IsoDate, RecordedStatus } from '../model';

/**
 * How one FHIR status maps onto the model's recorded status (active, discontinued = utsatt,
 * cancelled = makulerad), or why it is rejected: a status that does not say whether the drug is in
 * force is reported as an error at the resource's `status`, never guessed.
 */
export interface StatusRule {
  readonly maps: 'active' | 'discontinued' | 'cancelled' | 'rejected';
  /** The rule in words, for the reader of an error and of the README. */
  readonly rule: string;
  /** For a discontinuation that is a pause or a non-use: the words put before any stated reason. */
  readonly note?: string;
}

/** The rule for every MedicationRequest status of FHIR R4 (`medicationrequest-status`). */
export const MEDICATION_REQUEST_STATUS: Readonly<Record<string, StatusRule>> = {
  active: { maps: 'active', rule: 'active: in force (its dates still decide, see activityOn)' },
  'on-hold': { maps: 'discontinued', rule: 'on-hold: a pause (tillfälligt uppehåll): discontinued with no date, so not in force today', note: 'tillfälligt uppehåll' },
  cancelled: { maps: 'cancelled', rule: 'cancelled: withdrawn before any administration: makulerad' },
  completed: { maps: 'discontinued', rule: 'completed: every action done: discontinued, dated by the discontinued-date extension where given' },
  'entered-in-error': { maps: 'cancelled', rule: 'entered-in-error: never valid: makulerad' },
  stopped: { maps: 'discontinued', rule: 'stopped: utsatt, dated by the discontinued-date extension where given, the reason from statusReason' },
  draft: { maps: 'rejected', rule: 'draft: not yet an order, so not on either list; rejected' },
  unknown: { maps: 'rejected', rule: 'unknown: whether the drug is in force cannot be told; rejected' },
};

/** The rule for every MedicationStatement status of FHIR R4 (`medication-statement-status`). */
export const MEDICATION_STATEMENT_STATUS: Readonly<Record<string, StatusRule>> = {
  active: { maps: 'active', rule: 'active: being taken (its effective period still decides)' },
  completed: { maps: 'discontinued', rule: 'completed: no longer taken: discontinued on the discontinued-date extension, else effectivePeriod.end, where given' },
  'entered-in-error': { maps: 'cancelled', rule: 'entered-in-error: never valid: makulerad' },
  intended: { maps: 'active', rule: 'intended: to be taken from its effective start; not in force before that day' },
  stopped: { maps: 'discontinued', rule: 'stopped: utsatt on the discontinued-date extension, else effectivePeriod.end, where given; the reason from statusReason' },
  'on-hold': { maps: 'discontinued', rule: 'on-hold: a pause (tillfälligt uppehåll): discontinued with no date', note: 'tillfälligt uppehåll' },
  'not-taken': { maps: 'discontinued', rule: 'not-taken: the patient does not take it: discontinued with no date', note: 'tas inte av patienten' },
  unknown: { maps: 'rejected', rule: 'unknown: whether the drug is in force cannot be told; rejected' },
};

/** What a discontinuation carries, where the resource gives it. */
export interface StatusContext {
  readonly date?: IsoDate;
  readonly reason?: string;
}

/**
 * Maps a FHIR status by `rules` onto a recorded status, or says why it cannot (the message for the
 * error at `status`).
 *
 * @example
 * mapStatus(MEDICATION_REQUEST_STATUS, 'stopped', { date: '2026-11-15', reason: 'fallrisk' }) // right({ kind: 'discontinued', date: '2026-11-15', reason: 'fallrisk' })
 * mapStatus(MEDICATION_REQUEST_STATUS, 'draft', {})  // left('expected a status that says whether the drug is in force; draft: not yet an order, …')
 */
export const mapStatus = (rules: Readonly<Record<string, StatusRule>>, code: string, context: StatusContext): E.Either<string, RecordedStatus> => {
  const rule = Object.hasOwn(rules, code) ? rules[code] : undefined;
  if (rule === undefined) return E.left(`expected one of ${Object.keys(rules).join(', ')}, got ${quoted(code)}`);
  switch (rule.maps) {
    case 'active':
      return E.right({ kind: 'active' });
    case 'cancelled':
      return E.right({ kind: 'cancelled' });
    case 'rejected':
      return E.left(`expected a status that says whether the drug is in force; ${rule.rule}`);
    case 'discontinued': {
      const reason = rule.note === undefined ? context.reason : context.reason === undefined ? rule.note : `${rule.note}: ${context.reason}`;
      const date = rule.note === undefined ? context.date : undefined;
      return E.right({ kind: 'discontinued', ...(date === undefined ? {} : { date }), ...(reason === undefined ? {} : { reason }) });
    }
  }
};
