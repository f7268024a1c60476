/**
 * The CLI's one inputs module: every command that takes a patient's two lists reads each side here,
 * as the side's own JSON export (`--cosmic`, `--pascal`) or as a FHIR R4 Bundle (`--cosmic-fhir`,
 * `--pascal-fhir`, with `--fhir-dispensing`), in any mix.
 */
import * as E from 'fp-ts/lib/Either.js';
import { formatDocumentError, parseJournal, parsePrescriptionList, type DocumentError, type JournalList, type PrescriptionList } from '../decode';
import { parseFhirBundle } from '../fhir';
import type { Dispensing } from '../model';
import type { CliIo } from './io';
import { dispensingOption, type Checked, type OptionValues } from './options';

/** The flags of the two sides; spread them into a command's `options`. */
export const SIDE_OPTIONS = {
  cosmic: { type: 'string' },
  'cosmic-fhir': { type: 'string' },
  pascal: { type: 'string' },
  'pascal-fhir': { type: 'string' },
  'fhir-dispensing': { type: 'string' },
} as const;

/** The lines of a command's usage that describe `SIDE_OPTIONS`, in Swedish. */
export const SIDE_USAGE = `  --cosmic FIL           journalens ordinationslista (Cosmic-export, JSON)
  --cosmic-fhir FIL      journalens ordinationslista som FHIR R4 Bundle
  --pascal FIL           e-receptlistan (Pascal-export, JSON)
  --pascal-fhir FIL      e-receptlistan som FHIR R4 Bundle
  --fhir-dispensing dose-dispensed|whole-package
                         hur läkemedel i en FHIR-fil lämnas ut när resursen inte säger det`;

/** The usage's synopsis of the two sides. */
export const SIDE_SYNOPSIS = '(--cosmic FIL | --cosmic-fhir FIL) (--pascal FIL | --pascal-fhir FIL)';

/** One side's file, and whether it is a FHIR Bundle or the side's own JSON export. */
export interface SideInput {
  readonly file: string;
  readonly fhir: boolean;
}

/** Both sides' files, and how FHIR items are dispensed where a resource does not say. */
export interface SideInputs {
  readonly cosmic: SideInput;
  readonly pascal: SideInput;
  readonly dispensing?: Dispensing;
}

const side = (json: string | undefined, fhir: string | undefined, name: 'cosmic' | 'pascal'): Checked<SideInput> => {
  if (json !== undefined && fhir !== undefined) return { ok: false, error: `ange antingen --${name} eller --${name}-fhir, inte båda` };
  if (json !== undefined) return { ok: true, value: { file: json, fhir: false } };
  if (fhir !== undefined) return { ok: true, value: { file: fhir, fhir: true } };
  return { ok: false, error: `--${name} FIL eller --${name}-fhir FIL saknas` };
};

/**
 * Which files hold the two sides, from the parsed `SIDE_OPTIONS`.
 *
 * @example
 * sideInputs({ cosmic: 'c.json', 'pascal-fhir': 'p.json' }) // { ok: true, value: { cosmic: { file: 'c.json', fhir: false }, pascal: { file: 'p.json', fhir: true } } }
 * sideInputs({ cosmic: 'c.json' })                          // { ok: false, error: '--pascal FIL eller --pascal-fhir FIL saknas' }
 */
export const sideInputs = (values: OptionValues<typeof SIDE_OPTIONS>): Checked<SideInputs> => {
  const cosmic = side(values.cosmic, values['cosmic-fhir'], 'cosmic');
  if (!cosmic.ok) return cosmic;
  const pascal = side(values.pascal, values['pascal-fhir'], 'pascal');
  if (!pascal.ok) return pascal;
  const dispensing = dispensingOption(values['fhir-dispensing']);
  if (!dispensing.ok) return dispensing;
  return { ok: true, value: { cosmic: cosmic.value, pascal: pascal.value, ...(dispensing.value === undefined ? {} : { dispensing: dispensing.value }) } };
};

/** Both lists, read and decoded. */
export interface Sides {
  readonly journal: JournalList;
  readonly list: PrescriptionList;
}

const read = <L>(io: CliIo, input: SideInput, decode: (text: string) => E.Either<DocumentError, L>): Checked<L> => {
  const text = io.readText(input.file);
  if (!text.ok) return { ok: false, error: `${input.file}: ${text.error}` };
  const decoded = decode(text.text);
  return E.isLeft(decoded) ? { ok: false, error: formatDocumentError(decoded.left) } : { ok: true, value: decoded.right };
};

/**
 * Reads and decodes both sides; the error names the file (and the JSON or FHIR path), in the
 * library's words.
 *
 * @example
 * readSides(io, { cosmic: { file: 'c.json', fhir: false }, pascal: { file: 'p.json', fhir: true } }) // { ok: true, value: { journal, list } }
 */
export const readSides = (io: CliIo, inputs: SideInputs): Checked<Sides> => {
  const fhir = (file: string) => ({ file, ...(inputs.dispensing === undefined ? {} : { defaultDispensing: inputs.dispensing }) });
  const { cosmic, pascal } = inputs;
  const journal = read(io, cosmic, (text) => (cosmic.fhir ? parseFhirBundle(text, { source: 'cosmic', ...fhir(cosmic.file) }) : parseJournal(text, { file: cosmic.file })));
  if (!journal.ok) return journal;
  const list = read(io, pascal, (text) => (pascal.fhir ? parseFhirBundle(text, { source: 'pascal', ...fhir(pascal.file) }) : parsePrescriptionList(text, { file: pascal.file })));
  if (!list.ok) return list;
  return { ok: true, value: { journal: journal.value, list: list.value } };
};

/**
 * Reads a whole text file through the I/O; the error names the file.
 *
 * @example
 * readFile(io, 'previous.json') // { ok: true, value: '{ … }' } or { ok: false, error: 'previous.json: no such file' }
 */
export const readFile = (io: CliIo, file: string): Checked<string> => {
  const text = io.readText(file);
  return text.ok ? { ok: true, value: text.text } : { ok: false, error: `${file}: ${text.error}` };
};
