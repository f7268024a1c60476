import * as E from 'fp-ts/lib/Either.js';
import { parseArgs } from 'node:util';
import { formatDocumentError, parseJournal, parsePrescriptionList } from '../decode';
import { changeTypesOfHandover, toFhir } from '../fhir';
import { handoverList, parsePreviousList, type PreviousList } from '../handover';
import { foldText } from '../model';
import { reconcile } from '../reconcile';
import { incidentReports, renderHandoverHtml, renderIncidentText, toHandoverJson, validityText } from '../render';
import { EXIT } from './exit-codes';
import type { CliIo } from './io';

export const HANDOVER_USAGE = `Användning: medrec handover --cosmic FIL --pascal FIL [--previous FIL] [--as-of ÅÅÅÅ-MM-DD] [--expiry-horizon DAGAR]
                       [--out FIL] [--format html|json|fhir] [--incidents MAPP] [--show-personnummer]

  --cosmic FIL           journalens ordinationslista (Cosmic-export, JSON)
  --pascal FIL           e-receptlistan (Pascal-export, JSON)
  --previous FIL         förra överlämnade listan (skriven av medrec handover --format json):
                         visar vad som satts in, satts ut och ändrats sedan dess
  --as-of DATUM          avstämningsdatum (standard: i dag)
  --expiry-horizon DAGAR recept som går ut inom så många dagar efter avstämningsdatum visas som fynd
                         (standard: 14)
  --out FIL              skriv listan till FIL (standard: standard ut)
  --format FORMAT        html (utskrivbar lista, A4; standard), json (stabilt format, version 1) eller
                         fhir (FHIR R4 Bundle: List med ändringsmarkering mot --previous, DetectedIssue)
  --incidents MAPP       skriv en avvikelserapport per allvarlig avvikelse (riskpoäng 8 eller mer)
                         till MAPP, som JSON och som text
  --show-personnummer    visa hela personnumret i listan och rapporterna (annars maskerat)
`;

type Options =
  | {
      readonly ok: true;
      readonly cosmic: string;
      readonly pascal: string;
      readonly previous?: string;
      readonly asOf?: string;
      readonly expiryHorizon?: string;
      readonly out?: string;
      readonly format: 'html' | 'json' | 'fhir';
      readonly incidents?: string;
      readonly showPersonnummer: boolean;
    }
  | { readonly ok: false; readonly error: string };

const parseOptions = (args: ReadonlyArray<string>): Options => {
  let values: Partial<Record<'cosmic' | 'pascal' | 'previous' | 'as-of' | 'expiry-horizon' | 'out' | 'format' | 'incidents', string>> & { 'show-personnummer'?: boolean };
  try {
    ({ values } = parseArgs({
      args: [...args],
      options: {
        cosmic: { type: 'string' },
        pascal: { type: 'string' },
        previous: { type: 'string' },
        'as-of': { type: 'string' },
        'expiry-horizon': { type: 'string' },
        out: { type: 'string' },
        format: { type: 'string' },
        incidents: { type: 'string' },
        'show-personnummer': { type: 'boolean' },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (e) {
    return { ok: false, error: e instanceof Error ? e.message : 'unusable arguments' };
  }
  if (values.cosmic === undefined) return { ok: false, error: '--cosmic FIL saknas' };
  if (values.pascal === undefined) return { ok: false, error: '--pascal FIL saknas' };
  const format = values.format ?? 'html';
  if (format !== 'html' && format !== 'json' && format !== 'fhir') return { ok: false, error: `--format måste vara html, json eller fhir, inte "${format}"` };
  const optional = <K extends string>(key: K, value: string | undefined) => (value === undefined ? {} : ({ [key]: value } as Record<K, string>));
  return {
    ok: true,
    cosmic: values.cosmic,
    pascal: values.pascal,
    format,
    showPersonnummer: values['show-personnummer'] === true,
    ...optional('previous', values.previous),
    ...optional('asOf', values['as-of']),
    ...optional('expiryHorizon', values['expiry-horizon']),
    ...optional('out', values.out),
    ...optional('incidents', values.incidents),
  };
};

const fail = (io: CliIo, message: string): number => {
  io.stderr(`medrec handover: ${message}\n`);
  return EXIT.unusable;
};

/** A file name part from a drug name: letters and digits, Swedish letters folded to a, a, o. */
const slug = (text: string): string =>
  foldText(text)
    .replace(/[åä]/gu, 'a')
    .replace(/ö/gu, 'o')
    .replace(/[^a-z0-9]+/gu, '-')
    .replace(/^-|-$/gu, '');

/**
 * `medrec handover`: reconciles both exports, classifies the discrepancies, and writes the handover
 * list as printable HTML (or JSON), with the changes since `--previous` and, with `--incidents`, an
 * incident report per serious deviation. Exit 0 when the list was written (whatever it found), 2 on
 * unusable arguments or documents, with the reason on stderr.
 *
 * @example
 * runHandover(['--cosmic', 'c.json', '--pascal', 'p.json', '--out', 'lista.html'], processIo) // 0
 */
export const runHandover = (args: ReadonlyArray<string>, io: CliIo): number => {
  const parsed = parseOptions(args);
  if (!parsed.ok) {
    io.stderr(`medrec handover: ${parsed.error}\n\n${HANDOVER_USAGE}`);
    return EXIT.unusable;
  }
  const cosmicText = io.readText(parsed.cosmic);
  if (!cosmicText.ok) return fail(io, `${parsed.cosmic}: ${cosmicText.error}`);
  const pascalText = io.readText(parsed.pascal);
  if (!pascalText.ok) return fail(io, `${parsed.pascal}: ${pascalText.error}`);
  const journal = parseJournal(cosmicText.text, { file: parsed.cosmic });
  if (E.isLeft(journal)) return fail(io, formatDocumentError(journal.left));
  const list = parsePrescriptionList(pascalText.text, { file: parsed.pascal });
  if (E.isLeft(list)) return fail(io, formatDocumentError(list.left));
  let previous: PreviousList | undefined;
  if (parsed.previous !== undefined) {
    const previousText = io.readText(parsed.previous);
    if (!previousText.ok) return fail(io, `${parsed.previous}: ${previousText.error}`);
    const read = parsePreviousList(previousText.text, { file: parsed.previous });
    if (E.isLeft(read)) return fail(io, formatDocumentError(read.left));
    previous = read.right;
  }
  const result = reconcile(journal.right, list.right, {
    ...(parsed.asOf === undefined ? {} : { asOf: parsed.asOf }),
    ...(parsed.expiryHorizon === undefined ? {} : { expiryHorizonDays: Number(parsed.expiryHorizon) }),
  });
  if (E.isLeft(result)) return fail(io, result.left.message);
  const handover = handoverList(result.right, {
    sources: {
      journal: { exportedAt: journal.right.exportedAt, ...(journal.right.unit === undefined ? {} : { unit: journal.right.unit }) },
      prescriptions: { exportedAt: list.right.exportedAt, doseDispensing: list.right.doseDispensing },
    },
    ...(previous === undefined ? {} : { previous }),
  });
  if (E.isLeft(handover)) return fail(io, `${parsed.previous ?? '--previous'}: ${handover.left.message}`);

  const shown = { showPersonnummer: parsed.showPersonnummer };
  const changeTypes = changeTypesOfHandover(handover.right);
  const document =
    parsed.format === 'json'
      ? `${JSON.stringify(toHandoverJson(handover.right), null, 2)}\n`
      : parsed.format === 'fhir'
        ? `${JSON.stringify(toFhir(result.right, changeTypes === undefined ? {} : { changeTypes }), null, 2)}\n`
        : renderHandoverHtml(handover.right, shown);
  if (parsed.out === undefined) io.stdout(document);
  else {
    const written = io.writeText(parsed.out, document);
    if (!written.ok) return fail(io, `${parsed.out}: ${written.error}`);
  }
  const reports = incidentReports(handover.right, shown);
  if (parsed.incidents !== undefined) {
    for (const [k, report] of reports.entries()) {
      const base = `${parsed.incidents}/avvikelse-${k + 1}-${report.deviation.split(':')[0]}-${slug(report.drug.name)}`;
      for (const [file, text] of [
        [`${base}.json`, `${JSON.stringify(report, null, 2)}\n`],
        [`${base}.txt`, renderIncidentText(report)],
      ] as const) {
        const written = io.writeText(file, text);
        if (!written.ok) return fail(io, `${file}: ${written.error}`);
      }
    }
  }
  if (parsed.out !== undefined) {
    const h = handover.right;
    io.stdout(
      `Skrev ${parsed.out}: ${h.lines.length + h.inactive.length} rader, ${h.deviations.length} avvikelser (${reports.length} allvarliga)` +
        `${parsed.incidents === undefined ? '' : `, ${reports.length} avvikelserapporter i ${parsed.incidents}`}.\n${validityText(h.validity)}\n`,
    );
  }
  return EXIT.ok;
};
