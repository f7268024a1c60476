import * as E from 'fp-ts/lib/Either.js';
import { parseArgs } from 'node:util';
import { formatDocumentError, parseJournal, parsePrescriptionList } from '../decode';
import { reconcile } from '../reconcile';
import { renderText, toJson } from '../render';
import { EXIT } from './exit-codes';
import type { CliIo } from './io';

export const RECONCILE_USAGE = `Användning: medrec reconcile --cosmic FIL --pascal FIL [--as-of ÅÅÅÅ-MM-DD] [--format json|text]

  --cosmic FIL     journalens ordinationslista (Cosmic-export, JSON)
  --pascal FIL     e-receptlistan (Pascal-export, JSON)
  --as-of DATUM    avstämningsdatum (standard: i dag)
  --format FORMAT  json (stabilt format för integrationer) eller text (sammanfattning på svenska; standard)
`;

/**
 * `medrec reconcile`: reads both exports, reconciles them and prints the result. Exit 0 when the
 * reconciliation was made (whatever it found), 2 on unusable arguments or documents, with the reason
 * on stderr.
 *
 * @example
 * runReconcile(['--cosmic', 'c.json', '--pascal', 'p.json', '--format', 'json'], processIo) // 0
 */
export const runReconcile = (args: ReadonlyArray<string>, io: CliIo): number => {
  const parsed = parseOptions(args);
  if (!parsed.ok) {
    io.stderr(`medrec reconcile: ${parsed.error}\n\n${RECONCILE_USAGE}`);
    return EXIT.unusable;
  }
  const { cosmic, pascal, asOf, format } = parsed;
  const cosmicText = io.readText(cosmic);
  if (!cosmicText.ok) return fail(io, `${cosmic}: ${cosmicText.error}`);
  const pascalText = io.readText(pascal);
  if (!pascalText.ok) return fail(io, `${pascal}: ${pascalText.error}`);
  const journal = parseJournal(cosmicText.text, { file: cosmic });
  if (E.isLeft(journal)) return fail(io, formatDocumentError(journal.left));
  const list = parsePrescriptionList(pascalText.text, { file: pascal });
  if (E.isLeft(list)) return fail(io, formatDocumentError(list.left));
  const result = reconcile(journal.right, list.right, asOf === undefined ? {} : { asOf });
  if (E.isLeft(result)) return fail(io, result.left.message);
  io.stdout(format === 'json' ? `${JSON.stringify(toJson(result.right), null, 2)}\n` : renderText(result.right));
  return EXIT.ok;
};

const fail = (io: CliIo, message: string): number => {
  io.stderr(`medrec reconcile: ${message}\n`);
  return EXIT.unusable;
};

type Options =
  | { readonly ok: true; readonly cosmic: string; readonly pascal: string; readonly asOf?: string; readonly format: 'json' | 'text' }
  | { readonly ok: false; readonly error: string };

const parseOptions = (args: ReadonlyArray<string>): Options => {
  let values: { cosmic?: string; pascal?: string; 'as-of'?: string; format?: string };
  try {
    ({ values } = parseArgs({
      args: [...args],
      options: { cosmic: { type: 'string' }, pascal: { type: 'string' }, 'as-of': { type: 'string' }, format: { type: 'string' } },
      strict: true,
      allowPositionals: false,
    }));
  } catch (e) {
    return { ok: false, error: e instanceof Error ? e.message : 'unusable arguments' };
  }
  if (values.cosmic === undefined) return { ok: false, error: '--cosmic FIL saknas' };
  if (values.pascal === undefined) return { ok: false, error: '--pascal FIL saknas' };
  const format = values.format ?? 'text';
  if (format !== 'json' && format !== 'text') return { ok: false, error: `--format måste vara json eller text, inte "${format}"` };
  return { ok: true, cosmic: values.cosmic, pascal: values.pascal, format, ...(values['as-of'] === undefined ? {} : { asOf: values['as-of'] }) };
};
