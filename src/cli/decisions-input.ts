/**
 * The decisions documents a command applies (`--decisions FILE`, repeatable): read, decoded, and
 * applied to the reconciliation, each problem in them said on stderr with its file and JSON path.
 */
import * as E from 'fp-ts/lib/Either.js';
import { decide, parseDecisions, PENDING_DAYS, type Decided, type DecisionsDocument } from '../decisions';
import { formatDocumentError } from '../decode';
import type { Reconciliation } from '../reconcile';
import type { CliIo } from './io';
import { readFile } from './inputs';
import type { Checked } from './options';

/** The flags: `--decisions FILE` (repeatable; a later file wins per deviation) and `--pending-days N`. */
export const DECISIONS_OPTIONS = {
  decisions: { type: 'string', multiple: true },
  'pending-days': { type: 'string' },
} as const;

/** The lines of a command's usage that describe `DECISIONS_OPTIONS`, in Swedish. */
export const DECISIONS_USAGE = `  --decisions FIL        beslut om avvikelserna (medrec-decisions, från medrec decisions template eller
                         granskningssidan); kan anges flera gånger: en senare fil gäller före en tidigare
                         för samma avvikelse. Ett beslut på värden som har ändrats tillämpas inte.
  --pending-days N       dagar en beställd rättelse får vänta innan den rapporteras som försenad
                         (standard ${PENDING_DAYS})`;

/**
 * Reads and decodes every `--decisions` file, applies them in order to the reconciliation, and says
 * each problem in them on stderr (`note`); undefined when no file was given. A file that cannot be
 * read or decoded, or is of another patient, is an error naming the file (never the patient's id).
 *
 * @example
 * readDecided(io, ['beslut.json'], '2', result, note) // { ok: true, value: { validity: { kind: 'signed', … }, … } }
 */
export const readDecided = (
  io: CliIo,
  files: ReadonlyArray<string> | undefined,
  pendingDays: string | undefined,
  result: Reconciliation,
  note: (message: string) => void,
): Checked<Decided | undefined> => {
  if (files === undefined || files.length === 0) return { ok: true, value: undefined };
  const days = pendingDays === undefined ? PENDING_DAYS : Number(pendingDays);
  if (!Number.isInteger(days) || days < 0) return { ok: false, error: `--pending-days måste vara ett heltal, 0 eller mer, inte "${pendingDays ?? ''}"` };
  const documents: DecisionsDocument[] = [];
  for (const file of files) {
    const text = readFile(io, file);
    if (!text.ok) return text;
    const decoded = parseDecisions(text.value, { file });
    if (E.isLeft(decoded)) return { ok: false, error: formatDocumentError(decoded.left) };
    documents.push(decoded.right);
  }
  const decided = decide(result, documents, { pendingDays: days });
  if (E.isLeft(decided)) return { ok: false, error: `${decided.left.file ?? '--decisions'}: ${decided.left.message}` };
  for (const p of decided.right.problems) note(`${p.file ?? '--decisions'}: ${p.path}: ${p.message}`);
  return { ok: true, value: decided.right };
};
