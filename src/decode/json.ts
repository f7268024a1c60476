import * as E from 'fp-ts/lib/Either.js';
import { documentError, type DocumentError } from './errors';
import { decodeJournal, decodePrescriptionList, type DecodeOptions, type JournalList, type PrescriptionList } from './documents';

/** A UTF-8 byte order mark, which Windows tools write first; it is not part of the JSON. */
const BOM = '\uFEFF';

/**
 * Parses JSON text into an unknown value, or says where it is not JSON. A leading byte order mark is
 * accepted (as `batch` accepts it on its first line). The parser's own message is kept only for its
 * position: it may quote the text, which may hold a personnummer.
 *
 * @example
 * parseJson('{"a":', 'x.json') // left({ kind: 'not-json', file: 'x.json', path: '(document)', ... })
 */
export const parseJson = (text: string, file: string | null = null): E.Either<DocumentError, unknown> =>
  E.tryCatch(
    () => JSON.parse(text.startsWith(BOM) ? text.slice(1) : text) as unknown,
    (e) => {
      const position = /position (\d+)/.exec(e instanceof Error ? e.message : '')?.[1];
      const where = position === undefined ? (text.trim() === '' ? 'the file is empty' : 'the text is not valid JSON') : `invalid JSON at character ${position}`;
      return documentError('not-json', file, [{ path: '(document)', message: `expected a JSON document; ${where}` }]);
    },
  );

/**
 * Parses and decodes a journal export from its JSON text.
 *
 * @example
 * parseJournal(fs.readFileSync('cosmic.json', 'utf8'), { file: 'cosmic.json' })
 */
export const parseJournal = (text: string, options: DecodeOptions = {}): E.Either<DocumentError, JournalList> =>
  E.chain((u: unknown) => decodeJournal(u, options))(parseJson(text, options.file ?? null));

/**
 * Parses and decodes an e-prescription list export from its JSON text.
 *
 * @example
 * parsePrescriptionList(fs.readFileSync('pascal.json', 'utf8'), { file: 'pascal.json' })
 */
export const parsePrescriptionList = (text: string, options: DecodeOptions = {}): E.Either<DocumentError, PrescriptionList> =>
  E.chain((u: unknown) => decodePrescriptionList(u, options))(parseJson(text, options.file ?? null));
