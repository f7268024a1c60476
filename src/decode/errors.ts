import type { Problem } from '../model';

/**
 * Why a whole document was rejected: not JSON, no frame (`source`, `patient`, the item array and the
 * other frame fields), or a patient id shaped like a personnummer that is not a valid one. `file` is
 * the file it came from where the caller named one; `path` and `message` give the first problem.
 */
export interface DocumentError {
  readonly kind: 'not-json' | 'invalid-frame' | 'invalid-patient-id';
  readonly file: string | null;
  readonly path: string;
  readonly message: string;
  readonly problems: ReadonlyArray<Problem>;
}

/**
 * Builds a document error from its problems (at least one).
 *
 * @example
 * documentError('invalid-frame', 'cosmic.json', [{ path: 'source', message: 'expected "cosmic", got missing' }])
 */
export const documentError = (
  kind: DocumentError['kind'],
  file: string | null,
  problems: readonly [Problem, ...Problem[]],
): DocumentError => ({ kind, file, path: problems[0].path, message: problems[0].message, problems });

/**
 * One line a person can act on: file, path and what was expected.
 *
 * @example
 * formatDocumentError(err) // 'cosmic.json: patient.id: expected non-empty string, got missing'
 */
export const formatDocumentError = (error: DocumentError): string =>
  `${error.file ?? '(input)'}: ${error.problems.map((p) => `${p.path}: ${p.message}`).join('; ')}`;
