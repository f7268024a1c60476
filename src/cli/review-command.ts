import * as E from 'fp-ts/lib/Either.js';
import { parseArgs } from 'node:util';
import { parseDecisions, type DecisionsDocument } from '../decisions';
import { formatDocumentError, parseJournal, parsePrescriptionList, type DocumentError, type JournalList, type PrescriptionList } from '../decode';
import { parseFhirBundle } from '../fhir';
import { reconcile } from '../reconcile';
import { decisionsOfPatient, renderReviewPage } from '../review';
import { EXIT } from './exit-codes';
import type { CliIo } from './io';

export const REVIEW_USAGE = `Användning: medrec review (--cosmic FIL | --cosmic-fhir FIL) (--pascal FIL | --pascal-fhir FIL)
                     [--as-of ÅÅÅÅ-MM-DD] [--decisions FIL] [--out FIL] [--show-personnummer]
                     [--fhir-dispensing dose-dispensed|whole-package]

  Skriver granskningssidan: en fristående HTML-fil där farmaceut eller läkare beslutar varje
  avvikelse i webbläsaren, signerar och sparar beslutsfilen (beslut-DATUM.json) för
  medrec handover --decisions. Sidan hämtar och skickar ingenting över nätet.

  --cosmic FIL           journalens ordinationslista (Cosmic-export, JSON)
  --cosmic-fhir FIL      journalens ordinationslista som FHIR R4 Bundle
  --pascal FIL           e-receptlistan (Pascal-export, JSON)
  --pascal-fhir FIL      e-receptlistan som FHIR R4 Bundle
  --as-of DATUM          avstämningsdatum (standard: i dag)
  --decisions FIL        tidigare beslut (medrec-decisions): visas och kan ändras; ett beslut på
                         värden som ändrats sedan dess markeras som inaktuellt
  --out FIL              skriv sidan till FIL (standard: standard ut)
  --show-personnummer    visa hela personnumret på sidan (annars maskerat)
  --fhir-dispensing      hur läkemedel i en FHIR-fil lämnas ut när resursen inte säger det
`;

/** An input file and whether it is a FHIR Bundle or the side's own JSON export. */
interface Input {
  readonly file: string;
  readonly fhir: boolean;
}

type Options =
  | {
      readonly ok: true;
      readonly help: false;
      readonly cosmic: Input;
      readonly pascal: Input;
      readonly asOf?: string;
      readonly decisions?: string;
      readonly out?: string;
      readonly showPersonnummer: boolean;
      readonly dispensing?: 'dose-dispensed' | 'whole-package';
    }
  | { readonly ok: true; readonly help: true }
  | { readonly ok: false; readonly error: string };

const input = (json: string | undefined, fhir: string | undefined, name: string): Input | string => {
  if (json !== undefined && fhir !== undefined) return `ange antingen --${name} eller --${name}-fhir, inte båda`;
  if (json !== undefined) return { file: json, fhir: false };
  if (fhir !== undefined) return { file: fhir, fhir: true };
  return `--${name} FIL eller --${name}-fhir FIL saknas`;
};

const parseOptions = (args: ReadonlyArray<string>): Options => {
  let values: Partial<Record<'cosmic' | 'pascal' | 'cosmic-fhir' | 'pascal-fhir' | 'as-of' | 'decisions' | 'out' | 'fhir-dispensing', string>> & {
    'show-personnummer'?: boolean;
    help?: boolean;
  };
  try {
    ({ values } = parseArgs({
      args: [...args],
      options: {
        cosmic: { type: 'string' },
        pascal: { type: 'string' },
        'cosmic-fhir': { type: 'string' },
        'pascal-fhir': { type: 'string' },
        'as-of': { type: 'string' },
        decisions: { type: 'string' },
        out: { type: 'string' },
        'fhir-dispensing': { type: 'string' },
        'show-personnummer': { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (e) {
    return { ok: false, error: e instanceof Error ? e.message : 'unusable arguments' };
  }
  if (values.help === true) return { ok: true, help: true };
  const cosmic = input(values.cosmic, values['cosmic-fhir'], 'cosmic');
  if (typeof cosmic === 'string') return { ok: false, error: cosmic };
  const pascal = input(values.pascal, values['pascal-fhir'], 'pascal');
  if (typeof pascal === 'string') return { ok: false, error: pascal };
  const dispensing = values['fhir-dispensing'];
  if (dispensing !== undefined && dispensing !== 'dose-dispensed' && dispensing !== 'whole-package') {
    return { ok: false, error: `--fhir-dispensing måste vara dose-dispensed eller whole-package, inte "${dispensing}"` };
  }
  return {
    ok: true,
    help: false,
    cosmic,
    pascal,
    showPersonnummer: values['show-personnummer'] === true,
    ...(values['as-of'] === undefined ? {} : { asOf: values['as-of'] }),
    ...(values.decisions === undefined ? {} : { decisions: values.decisions }),
    ...(values.out === undefined ? {} : { out: values.out }),
    ...(dispensing === undefined ? {} : { dispensing }),
  };
};

const fail = (io: CliIo, message: string): number => {
  io.stderr(`medrec review: ${message}\n`);
  return EXIT.unusable;
};

/**
 * `medrec review`: reconciles both exports (JSON or FHIR, in any mix) and writes the review page, a
 * self-contained HTML file in which the deviations are decided and the decisions document saved;
 * `--decisions` shows an earlier document's decisions (a stale one marked). Exit 0 when the page was
 * written, 2 on unusable arguments or documents (and on decisions of another patient, naming neither
 * id), with the reason on stderr.
 *
 * @example
 * runReview(['--cosmic', 'c.json', '--pascal', 'p.json', '--as-of', '2026-11-20', '--out', 'review.html'], processIo) // 0
 */
export const runReview = (args: ReadonlyArray<string>, io: CliIo): number => {
  const parsed = parseOptions(args);
  if (!parsed.ok) {
    io.stderr(`medrec review: ${parsed.error}\n\n${REVIEW_USAGE}`);
    return EXIT.unusable;
  }
  if (parsed.help) {
    io.stdout(REVIEW_USAGE);
    return EXIT.ok;
  }
  const { cosmic, pascal, dispensing } = parsed;
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
  const result = reconcile(journal.right, list.right, parsed.asOf === undefined ? {} : { asOf: parsed.asOf });
  if (E.isLeft(result)) return fail(io, result.left.message);
  let previous: DecisionsDocument | undefined;
  if (parsed.decisions !== undefined) {
    const text = io.readText(parsed.decisions);
    if (!text.ok) return fail(io, `${parsed.decisions}: ${text.error}`);
    const read = parseDecisions(text.text, { file: parsed.decisions });
    if (E.isLeft(read)) return fail(io, formatDocumentError(read.left));
    // The ids are personal data: the message says that they differ, never what they are.
    if (!decisionsOfPatient(read.right, result.right.patient)) return fail(io, `${parsed.decisions}: patient.id: the decisions are of another patient than the exports`);
    previous = read.right;
  }
  const page = renderReviewPage(result.right, {
    showPersonnummer: parsed.showPersonnummer,
    sources: {
      journal: { exportedAt: journal.right.exportedAt, ...(journal.right.unit === undefined ? {} : { unit: journal.right.unit }) },
      prescriptions: { exportedAt: list.right.exportedAt, doseDispensing: list.right.doseDispensing },
    },
    ...(previous === undefined ? {} : { previous }),
  });
  if (parsed.out === undefined) {
    io.stdout(page);
    return EXIT.ok;
  }
  const written = io.writeText(parsed.out, page);
  if (!written.ok) return fail(io, `${parsed.out}: ${written.error}`);
  const n = result.right.deviations.length;
  io.stdout(`Skrev ${parsed.out}: ${n} ${n === 1 ? 'avvikelse' : 'avvikelser'} att besluta, ${Math.round(Buffer.byteLength(page) / 1024)} kB. Öppna filen i webbläsaren.\n`);
  return EXIT.ok;
};
