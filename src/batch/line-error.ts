import { looksLikePersonnummer, maskPatientId, redactedExcerpt, redactPersonnummer, type Problem } from '../model';

/**
 * Why a line of the batch input could not be reconciled:
 * - `too-long`: over the line-length limit; skipped unread;
 * - `not-json`: not one JSON value;
 * - `not-an-object`: JSON, but not `{ "cosmic": …, "pascal": … }`;
 * - `forbidden-key`: an object key `__proto__`, which no export has and which could alter prototypes;
 * - `missing-document`: no `cosmic` or no `pascal` export;
 * - `invalid-document`: an export without its frame (source, patient, item array…) or with a bad patient id;
 * - `patient-mismatch`: the two exports are of different patients;
 * - `internal-error`: the engine failed on this line (a bug): the rest of the batch goes on.
 */
export type LineErrorReason =
  | 'too-long'
  | 'not-json'
  | 'not-an-object'
  | 'forbidden-key'
  | 'missing-document'
  | 'invalid-document'
  | 'patient-mismatch'
  | 'internal-error';

/** Every reason, in the order summaries list them. */
export const LINE_ERROR_REASONS: ReadonlyArray<LineErrorReason> = [
  'too-long',
  'not-json',
  'not-an-object',
  'forbidden-key',
  'missing-document',
  'invalid-document',
  'patient-mismatch',
  'internal-error',
];

/**
 * A line that was reported and skipped (ogiltig rad): its line number, the patient where an id could
 * be read (a personnummer masked, `19121212-****`), the reason, a message a person can act on, and
 * every problem with its JSON path (paths start at the line: `cosmic.patient.id`).
 */
export interface LineError {
  readonly line: number;
  readonly patient: string | null;
  readonly reason: LineErrorReason;
  readonly message: string;
  readonly problems: ReadonlyArray<Problem>;
}

const MAX_SHOWN_ID = 64;

/**
 * A patient id as it may appear in an error report: a personnummer masked, personnummer-shaped runs
 * inside other ids redacted, and long ids cut.
 *
 * @example
 * shownPatientId('19121212-1212') // '19121212-****'
 * shownPatientId('SYN-0000001')   // 'SYN-0000001'
 */
export const shownPatientId = (id: string): string => {
  if (looksLikePersonnummer(id)) return maskPatientId(id);
  const redacted = redactPersonnummer(id);
  return redacted.length > MAX_SHOWN_ID ? `${redacted.slice(0, MAX_SHOWN_ID)}…` : redacted;
};

/** The longest JSON path an error record keeps; a longer one keeps its head and tail around `…`. */
export const MAX_PATH_CHARS = 200;

/** The longest message an error record keeps. */
const MAX_MESSAGE_CHARS = 1000;

/** The most problems an error record lists. */
const MAX_PROBLEMS = 50;

/**
 * A JSON path short enough for an error record: a path of 200 characters or less as it is, a longer
 * one (a `__proto__` key nested 100 000 levels deep) as its first and last 100 characters around `…`.
 * Redacted: keys come from the input.
 *
 * @example
 * shortPath('cosmic.ordinations[3].dose') // 'cosmic.ordinations[3].dose'
 * shortPath('a' + '[0]'.repeat(100000) + '.__proto__').length // 201
 */
export const shortPath = (path: string): string => {
  const redacted = redactPersonnummer(path);
  if (redacted.length <= MAX_PATH_CHARS) return redacted;
  const half = MAX_PATH_CHARS / 2;
  return redactPersonnummer(`${redacted.slice(0, half)}…${redacted.slice(-half)}`);
};

/**
 * Builds the error record of a line from its problems (at least one); the message is the first problem.
 * Every path is shortened and every text redacted (`redactPersonnummer`), whatever built the problem:
 * an error record is written to files and standard error.
 *
 * @example
 * lineError(12, null, 'not-json', [{ path: '(line)', message: 'expected a JSON document; invalid JSON at character 40' }])
 */
export const lineError = (
  line: number,
  patient: string | null,
  reason: LineErrorReason,
  problems: readonly [Problem, ...Problem[]],
): LineError => {
  const shown = problems.slice(0, MAX_PROBLEMS).map((p): Problem => ({ path: shortPath(p.path), message: redactedExcerpt(p.message, MAX_MESSAGE_CHARS) }));
  const first = shown[0]!;
  return {
    line,
    patient: patient === null ? null : redactPersonnummer(patient),
    reason,
    message: `${first.path}: ${first.message}`,
    problems: shown,
  };
};
