import * as E from 'fp-ts/lib/Either.js';
import { parseArgs } from 'node:util';
import { formatDocumentError, parseJournal, parsePrescriptionList, type DocumentError, type JournalList, type PrescriptionList } from '../decode';
import { parseFhirBundle, toFhir } from '../fhir';
import { reconcile } from '../reconcile';
import { renderText, toJson } from '../render';
import { EXIT } from './exit-codes';
import type { CliIo } from './io';

export const RECONCILE_USAGE = `Användning: medrec reconcile (--cosmic FIL | --cosmic-fhir FIL) (--pascal FIL | --pascal-fhir FIL)
                        [--as-of ÅÅÅÅ-MM-DD] [--expiry-horizon DAGAR] [--format json|text|fhir] [--fhir-dispensing dose-dispensed|whole-package]

  --cosmic FIL       journalens ordinationslista (Cosmic-export, JSON)
  --cosmic-fhir FIL  journalens ordinationslista som FHIR R4 Bundle
  --pascal FIL       e-receptlistan (Pascal-export, JSON)
  --pascal-fhir FIL  e-receptlistan som FHIR R4 Bundle
  --as-of DATUM      avstämningsdatum (standard: i dag)
  --expiry-horizon DAGAR  recept som går ut inom så många dagar visas som fynd (standard: 14)
  --format FORMAT    json (stabilt format för integrationer), text (sammanfattning på svenska; standard)
                     eller fhir (FHIR R4 Bundle: List, MedicationStatement, DetectedIssue)
  --fhir-dispensing  hur läkemedel i en FHIR-fil lämnas ut när resursen inte säger det
`;

/**
 * `medrec reconcile`: reads both exports (each as the side's JSON export or as a FHIR R4 Bundle, in
 * any mix), reconciles them and prints the result as Swedish text, the JSON contract or a FHIR Bundle. Exit 0 when the
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
  const { cosmic, pascal, asOf, expiryHorizon, format, dispensing } = parsed;
  const cosmicText = io.readText(cosmic.file);
  if (!cosmicText.ok) return fail(io, `${cosmic.file}: ${cosmicText.error}`);
  const pascalText = io.readText(pascal.file);
  if (!pascalText.ok) return fail(io, `${pascal.file}: ${pascalText.error}`);
  const fhirOptions = (file: string) => ({ file, ...(dispensing === undefined ? {} : { defaultDispensing: dispensing }) });
  const journal: E.Either<DocumentError, JournalList> = cosmic.fhir
    ? parseFhirBundle(cosmicText.text, { source: 'cosmic', ...fhirOptions(cosmic.file) })
    : parseJournal(cosmicText.text, { file: cosmic.file });
  if (E.isLeft(journal)) return fail(io, formatDocumentError(journal.left));
  const list: E.Either<DocumentError, PrescriptionList> = pascal.fhir
    ? parseFhirBundle(pascalText.text, { source: 'pascal', ...fhirOptions(pascal.file) })
    : parsePrescriptionList(pascalText.text, { file: pascal.file });
  if (E.isLeft(list)) return fail(io, formatDocumentError(list.left));
  const result = reconcile(journal.right, list.right, {
    ...(asOf === undefined ? {} : { asOf }),
    ...(expiryHorizon === undefined ? {} : { expiryHorizonDays: Number(expiryHorizon) }),
  });
  if (E.isLeft(result)) return fail(io, result.left.message);
  const out =
    format === 'json' ? `${JSON.stringify(toJson(result.right), null, 2)}\n` : format === 'fhir' ? `${JSON.stringify(toFhir(result.right), null, 2)}\n` : renderText(result.right);
  io.stdout(out);
  return EXIT.ok;
};


const fail = (io: CliIo, message: string): number => {
  io.stderr(`medrec reconcile: ${message}\n`);
  return EXIT.unusable;
};

/** An input file and whether it is a FHIR Bundle or the side's own JSON export. */
interface Input {
  readonly file: string;
  readonly fhir: boolean;
}

type Options =
  | {
      readonly ok: true;
      readonly cosmic: Input;
      readonly pascal: Input;
      readonly asOf?: string;
      readonly expiryHorizon?: string;
      readonly format: 'json' | 'text' | 'fhir';
      readonly dispensing?: 'dose-dispensed' | 'whole-package';
    }
  | { readonly ok: false; readonly error: string };

const input = (json: string | undefined, fhir: string | undefined, name: string): Input | string => {
  if (json !== undefined && fhir !== undefined) return `ange antingen --${name} eller --${name}-fhir, inte båda`;
  if (json !== undefined) return { file: json, fhir: false };
  if (fhir !== undefined) return { file: fhir, fhir: true };
  return `--${name} FIL eller --${name}-fhir FIL saknas`;
};

const parseOptions = (args: ReadonlyArray<string>): Options => {
  let values: { cosmic?: string; pascal?: string; 'cosmic-fhir'?: string; 'pascal-fhir'?: string; 'as-of'?: string; 'expiry-horizon'?: string; format?: string; 'fhir-dispensing'?: string };
  try {
    ({ values } = parseArgs({
      args: [...args],
      options: {
        cosmic: { type: 'string' },
        pascal: { type: 'string' },
        'cosmic-fhir': { type: 'string' },
        'pascal-fhir': { type: 'string' },
        'as-of': { type: 'string' },
        'expiry-horizon': { type: 'string' },
        format: { type: 'string' },
        'fhir-dispensing': { type: 'string' },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (e) {
    return { ok: false, error: e instanceof Error ? e.message : 'unusable arguments' };
  }
  const cosmic = input(values.cosmic, values['cosmic-fhir'], 'cosmic');
  if (typeof cosmic === 'string') return { ok: false, error: cosmic };
  const pascal = input(values.pascal, values['pascal-fhir'], 'pascal');
  if (typeof pascal === 'string') return { ok: false, error: pascal };
  const format = values.format ?? 'text';
  if (format !== 'json' && format !== 'text' && format !== 'fhir') return { ok: false, error: `--format måste vara json, text eller fhir, inte "${format}"` };
  const dispensing = values['fhir-dispensing'];
  if (dispensing !== undefined && dispensing !== 'dose-dispensed' && dispensing !== 'whole-package') {
    return { ok: false, error: `--fhir-dispensing måste vara dose-dispensed eller whole-package, inte "${dispensing}"` };
  }
  return {
    ok: true,
    cosmic,
    pascal,
    format,
    ...(values['as-of'] === undefined ? {} : { asOf: values['as-of'] }),
    ...(values['expiry-horizon'] === undefined ? {} : { expiryHorizon: values['expiry-horizon'] }),
    ...(dispensing === undefined ? {} : { dispensing }),
  };
};
