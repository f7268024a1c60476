import * as E from 'fp-ts/lib/Either.js';
import { parseDecisions, type DecisionsDocument } from '../decisions';
import { formatDocumentError } from '../decode';
import { reconcile } from '../reconcile';
import { decisionsOfPatient, renderReviewPage } from '../review';
import { EXIT } from './exit-codes';
import { readFile, readSides, SIDE_OPTIONS, SIDE_SYNOPSIS, SIDE_USAGE, sideInputs } from './inputs';
import { AS_OF_OPTION, asOfOption, defineCommand, distinctFiles } from './options';

export const REVIEW_USAGE = `Användning: medrec review ${SIDE_SYNOPSIS}
                     [--as-of ÅÅÅÅ-MM-DD] [--decisions FIL] [--out FIL] [--show-personnummer]

  Skriver granskningssidan: en fristående HTML-fil där farmaceut eller läkare beslutar varje
  avvikelse i webbläsaren, signerar och sparar beslutsfilen (beslut-DATUM.json) som
  medrec handover --decisions läser. Sidan hämtar och skickar ingenting över nätet.

${SIDE_USAGE}
  --as-of DATUM          avstämningsdatum (standard: i dag, och det sägs på standard fel)
  --decisions FIL        tidigare beslut (medrec-decisions): visas och kan ändras; ett beslut på
                         värden som ändrats sedan dess markeras som inaktuellt och tillämpas inte
  --out FIL              skriv sidan till FIL (standard: standard ut)
  --show-personnummer    visa hela personnumret på sidan (annars maskerat)
`;

/**
 * `medrec review`: reconciles both exports (JSON or FHIR, in any mix) and writes the review page, a
 * self-contained HTML file in which the deviations are decided and the decisions document saved;
 * `--decisions` shows an earlier document's decisions (a stale one marked). Exit 0 when the page was
 * written, 2 on unusable arguments or documents (and on decisions of another patient, naming neither
 * id), with the reason on stderr.
 *
 * @example
 * run(['review', '--cosmic', 'c.json', '--pascal', 'p.json', '--as-of', '2026-11-20', '--out', 'review.html'], processIo) // 0
 */
export const reviewCommand = defineCommand({
  name: 'review',
  summary: 'skriv granskningssidan (HTML): besluta avvikelserna i webbläsaren, signera och spara beslutsfilen',
  usage: REVIEW_USAGE,
  options: { ...SIDE_OPTIONS, ...AS_OF_OPTION, decisions: { type: 'string' }, out: { type: 'string' }, 'show-personnummer': { type: 'boolean' } },
  run: ({ values, io, usageError, fail, note }) => {
    const inputs = sideInputs(values);
    if (!inputs.ok) return usageError(inputs.error);
    const distinct = distinctFiles([
      ['--cosmic', inputs.value.cosmic.file],
      ['--pascal', inputs.value.pascal.file],
      ['--decisions', values.decisions],
      ['--out', values.out],
    ]);
    if (!distinct.ok) return usageError(distinct.error);
    const asOf = asOfOption(values['as-of'], note);
    if (!asOf.ok) return usageError(asOf.error);
    const sides = readSides(io, inputs.value);
    if (!sides.ok) return fail(sides.error);
    const { journal, list } = sides.value;
    const result = reconcile(journal, list, { asOf: asOf.value });
    if (E.isLeft(result)) return fail(result.left.message);
    let previous: DecisionsDocument | undefined;
    if (values.decisions !== undefined) {
      const text = readFile(io, values.decisions);
      if (!text.ok) return fail(text.error);
      const read = parseDecisions(text.value, { file: values.decisions });
      if (E.isLeft(read)) return fail(formatDocumentError(read.left));
      // The ids are personal data: the message says that they differ, never what they are.
      if (!decisionsOfPatient(read.right, result.right.patient)) return fail(`${values.decisions}: patient.id: the decisions are of another patient than the exports`);
      previous = read.right;
    }
    const page = renderReviewPage(result.right, {
      showPersonnummer: values['show-personnummer'] === true,
      sources: {
        journal: { exportedAt: journal.exportedAt, ...(journal.unit === undefined ? {} : { unit: journal.unit }) },
        prescriptions: { exportedAt: list.exportedAt, doseDispensing: list.doseDispensing },
      },
      ...(previous === undefined ? {} : { previous }),
    });
    if (values.out === undefined) {
      io.stdout(page);
      return EXIT.ok;
    }
    const written = io.writeText(values.out, page);
    if (!written.ok) return fail(`${values.out}: ${written.error}`);
    const n = result.right.deviations.length;
    io.stdout(`Skrev ${values.out}: ${n} ${n === 1 ? 'avvikelse' : 'avvikelser'} att besluta, ${Math.round(Buffer.byteLength(page) / 1024)} kB. Öppna filen i webbläsaren.\n`);
    return EXIT.ok;
  },
});
