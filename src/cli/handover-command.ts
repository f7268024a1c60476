import * as E from 'fp-ts/lib/Either.js';
import { formatDocumentError } from '../decode';
import { changeTypesOfHandover, toFhir, withDecisions } from '../fhir';
import { handoverList, parsePreviousList, type PreviousList } from '../handover';
import { foldText } from '../model';
import { reconcile } from '../reconcile';
import { incidentReports, renderHandoverHtml, renderIncidentText, toHandoverJson, validityText } from '../render';
import { DECISIONS_OPTIONS, DECISIONS_USAGE, readDecided } from './decisions-input';
import { EXIT } from './exit-codes';
import { readFile, readSides, SIDE_OPTIONS, SIDE_SYNOPSIS, SIDE_USAGE, sideInputs } from './inputs';
import { AS_OF_OPTION, asOfOption, defineCommand, distinctFiles, formatOption } from './options';
import { outputDir } from './outputs';

export const HANDOVER_USAGE = `Användning: medrec handover ${SIDE_SYNOPSIS}
                       [--previous FIL] [--as-of ÅÅÅÅ-MM-DD] [--expiry-horizon DAGAR] [--out FIL] [--format html|json|fhir]
                       [--incidents MAPP] [--show-personnummer] [--decisions FIL ...] [--pending-days N]

${SIDE_USAGE}
  --previous FIL         förra överlämnade listan (skriven av medrec handover --format json):
                         visar vad som satts in, satts ut och ändrats sedan dess
  --as-of DATUM          avstämningsdatum (standard: i dag, och det sägs på standard fel)
  --expiry-horizon DAGAR recept som går ut inom så många dagar efter avstämningsdatum visas som fynd
                         (standard: 14)
  --out FIL              skriv listan till FIL (standard: standard ut); mappen måste finnas
  --format FORMAT        html (utskrivbar lista, A4; standard), json (stabilt format, version 1) eller
                         fhir (FHIR R4 Bundle: List med ändringsmarkering mot --previous, DetectedIssue)
  --incidents MAPP       skriv en avvikelserapport per allvarlig avvikelse (riskpoäng 8 eller mer)
                         till MAPP, som JSON och som text (MAPP skapas om den saknas, men inte mappen ovanför)
  --show-personnummer    visa hela personnumret i listan och rapporterna (annars maskerat)
${DECISIONS_USAGE}
`;

/** A file name part from a drug name: letters and digits, Swedish letters folded to a, a, o. */
const slug = (text: string): string =>
  foldText(text)
    .replace(/[åä]/gu, 'a')
    .replace(/ö/gu, 'o')
    .replace(/[^a-z0-9]+/gu, '-')
    .replace(/^-|-$/gu, '');

/**
 * `medrec handover`: reconciles both exports, classifies the discrepancies, and writes the handover
 * list as printable HTML (or JSON, or FHIR), with the changes since `--previous` and, with `--incidents`, an
 * incident report per serious deviation. Exit 0 when the list was written (whatever it found), 2 on
 * unusable arguments or documents, 3 when an output could not be written (a full disk), with the
 * reason on stderr.
 *
 * @example
 * run(['handover', '--cosmic', 'c.json', '--pascal', 'p.json', '--out', 'lista.html'], processIo) // 0
 */
export const handoverCommand = defineCommand({
  name: 'handover',
  summary: 'skriv läkemedelslistan för överlämning till kommunen, med avvikelser',
  usage: HANDOVER_USAGE,
  options: {
    ...SIDE_OPTIONS,
    ...AS_OF_OPTION,
    'expiry-horizon': { type: 'string' },
    previous: { type: 'string' },
    out: { type: 'string' },
    format: { type: 'string' },
    incidents: { type: 'string' },
    'show-personnummer': { type: 'boolean' },
    ...DECISIONS_OPTIONS,
  },
  run: ({ values, io, usageError, fail, writeFailed, note }) => {
    const inputs = sideInputs(values);
    if (!inputs.ok) return usageError(inputs.error);
    const format = formatOption(values.format, ['html', 'json', 'fhir']);
    if (!format.ok) return usageError(format.error);
    const asOf = asOfOption(values['as-of'], note);
    if (!asOf.ok) return usageError(asOf.error);
    const distinct = distinctFiles([
      ['--cosmic', inputs.value.cosmic.file],
      ['--pascal', inputs.value.pascal.file],
      ['--previous', values.previous],
      ['--out', values.out],
      ...(values.decisions ?? []).map((file) => ['--decisions', file] as const),
    ]);
    if (!distinct.ok) return usageError(distinct.error);
    const sides = readSides(io, inputs.value);
    if (!sides.ok) return fail(sides.error);
    let previous: PreviousList | undefined;
    if (values.previous !== undefined) {
      const previousText = readFile(io, values.previous);
      if (!previousText.ok) return fail(previousText.error);
      const read = parsePreviousList(previousText.value, { file: values.previous });
      if (E.isLeft(read)) return fail(formatDocumentError(read.left));
      previous = read.right;
    }
    const result = reconcile(sides.value.journal, sides.value.list, { asOf: asOf.value, ...(values['expiry-horizon'] === undefined ? {} : { expiryHorizonDays: Number(values['expiry-horizon']) }) });
    if (E.isLeft(result)) return fail(result.left.message);
    // The exports' facts (export times, care unit, dose dispensing) travel in the reconciliation: the
    // library's handover list is this one.
    const decided = readDecided(io, values.decisions, values['pending-days'], result.right, note);
    if (!decided.ok) return fail(decided.error);
    const handover = handoverList(result.right, {
      ...(decided.value === undefined ? {} : { decided: decided.value }),
      ...(previous === undefined ? {} : { previous }),
    });
    if (E.isLeft(handover)) return fail(`${values.previous ?? '--previous'}: ${handover.left.message}`);

    const shown = { showPersonnummer: values['show-personnummer'] === true };
    const changeTypes = changeTypesOfHandover(handover.right);
    const fhirOf = (bundle: ReturnType<typeof toFhir>) => (decided.value === undefined ? bundle : withDecisions(bundle, result.right, decided.value));
    const document =
      format.value === 'json'
        ? `${JSON.stringify(toHandoverJson(handover.right), null, 2)}\n`
        : format.value === 'fhir'
          ? `${JSON.stringify(fhirOf(toFhir(result.right, changeTypes === undefined ? {} : { changeTypes })), null, 2)}\n`
          : renderHandoverHtml(handover.right, shown);
    if (values.out === undefined) io.stdout(document);
    else {
      const written = io.writeText(values.out, document);
      if (!written.ok) return writeFailed(values.out, written.error);
    }
    const reports = incidentReports(handover.right, shown);
    if (values.incidents !== undefined) {
      const dir = outputDir(io, values.incidents, note);
      if (!dir.ok) return fail(dir.error);
      for (const [k, report] of reports.entries()) {
        const base = `${values.incidents}/avvikelse-${k + 1}-${report.deviation.split(':')[0]}-${slug(report.drug.name)}`;
        for (const [file, text] of [
          [`${base}.json`, `${JSON.stringify(report, null, 2)}\n`],
          [`${base}.txt`, renderIncidentText(report)],
        ] as const) {
          const written = io.writeText(file, text);
          if (!written.ok) return writeFailed(file, written.error);
        }
      }
    }
    if (values.out !== undefined) {
      const h = handover.right;
      io.stdout(
        `Skrev ${values.out}: ${h.lines.length + h.inactive.length} rader, ${h.deviations.length} avvikelser (${reports.length} allvarliga)` +
          `${values.incidents === undefined ? '' : `, ${reports.length} avvikelserapporter i ${values.incidents}`}.\n${validityText(h.validity)}\n`,
      );
    }
    return EXIT.ok;
  },
});
