import * as E from 'fp-ts/lib/Either.js';
import { toFhir } from '../fhir';
import { reconcile } from '../reconcile';
import { renderText, toJson } from '../render';
import { EXIT } from './exit-codes';
import { readSides, SIDE_OPTIONS, SIDE_SYNOPSIS, SIDE_USAGE, sideInputs } from './inputs';
import { AS_OF_OPTION, asOfOption, defineCommand, formatOption } from './options';

export const RECONCILE_USAGE = `Användning: medrec reconcile ${SIDE_SYNOPSIS}
                        [--as-of ÅÅÅÅ-MM-DD] [--format text|json|fhir] [--fhir-dispensing dose-dispensed|whole-package]

${SIDE_USAGE}
  --as-of DATUM          avstämningsdatum (standard: i dag, och det sägs på standard fel)
  --format FORMAT        text (sammanfattning på svenska; standard), json (stabilt format för integrationer)
                         eller fhir (FHIR R4 Bundle: List, MedicationStatement, DetectedIssue)
`;

/**
 * `medrec reconcile`: reads both exports (each as the side's JSON export or as a FHIR R4 Bundle, in
 * any mix), reconciles them and prints the result as Swedish text, the JSON contract or a FHIR Bundle. Exit 0 when the
 * reconciliation was made (whatever it found), 2 on unusable arguments or documents, with the reason
 * on stderr.
 *
 * @example
 * run(['reconcile', '--cosmic', 'c.json', '--pascal', 'p.json', '--format', 'json'], processIo) // 0
 */
export const reconcileCommand = defineCommand({
  name: 'reconcile',
  summary: 'stäm av journalens ordinationslista mot e-receptlistan',
  usage: RECONCILE_USAGE,
  options: { ...SIDE_OPTIONS, ...AS_OF_OPTION, format: { type: 'string' } },
  run: ({ values, io, usageError, fail, note }) => {
    const inputs = sideInputs(values);
    if (!inputs.ok) return usageError(inputs.error);
    const format = formatOption(values.format, ['text', 'json', 'fhir']);
    if (!format.ok) return usageError(format.error);
    const asOf = asOfOption(values['as-of'], note);
    if (!asOf.ok) return usageError(asOf.error);
    const sides = readSides(io, inputs.value);
    if (!sides.ok) return fail(sides.error);
    const result = reconcile(sides.value.journal, sides.value.list, { asOf: asOf.value });
    if (E.isLeft(result)) return fail(result.left.message);
    io.stdout(
      format.value === 'json'
        ? `${JSON.stringify(toJson(result.right), null, 2)}\n`
        : format.value === 'fhir'
          ? `${JSON.stringify(toFhir(result.right), null, 2)}\n`
          : renderText(result.right),
    );
    return EXIT.ok;
  },
});
