import * as E from 'fp-ts/lib/Either.js';
import { toFhir, withDecisions } from '../fhir';
import { reconcile, type Reconciliation } from '../reconcile';
import type { Decided } from '../decisions';
import { decidedValidityText, renderText, toJson, validityText } from '../render';
import { DECISIONS_OPTIONS, DECISIONS_USAGE, readDecided } from './decisions-input';
import { EXIT } from './exit-codes';
import { readSides, SIDE_OPTIONS, SIDE_SYNOPSIS, SIDE_USAGE, sideInputs } from './inputs';
import { AS_OF_OPTION, asOfOption, defineCommand, formatOption } from './options';

export const RECONCILE_USAGE = `Användning: medrec reconcile ${SIDE_SYNOPSIS}
                        [--as-of ÅÅÅÅ-MM-DD] [--expiry-horizon DAGAR] [--format text|json|fhir] [--fhir-dispensing dose-dispensed|whole-package]
                        [--decisions FIL ...] [--pending-days N]

${SIDE_USAGE}
  --as-of DATUM          avstämningsdatum (standard: i dag, och det sägs på standard fel)
  --expiry-horizon DAGAR recept som går ut inom så många dagar efter avstämningsdatum visas som fynd
                         (standard: 14)
  --format FORMAT        text (sammanfattning på svenska; standard), json (stabilt format för integrationer)
                         eller fhir (FHIR R4 Bundle: List, MedicationStatement, DetectedIssue; med beslut
                         även Task per rättelse och Provenance för signeringen)
${DECISIONS_USAGE}
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
  options: { ...SIDE_OPTIONS, ...AS_OF_OPTION, 'expiry-horizon': { type: 'string' }, format: { type: 'string' }, ...DECISIONS_OPTIONS },
  run: ({ values, io, usageError, fail, note }) => {
    const inputs = sideInputs(values);
    if (!inputs.ok) return usageError(inputs.error);
    const format = formatOption(values.format, ['text', 'json', 'fhir']);
    if (!format.ok) return usageError(format.error);
    const asOf = asOfOption(values['as-of'], note);
    if (!asOf.ok) return usageError(asOf.error);
    const sides = readSides(io, inputs.value);
    if (!sides.ok) return fail(sides.error);
    const result = reconcile(sides.value.journal, sides.value.list, { asOf: asOf.value, ...(values['expiry-horizon'] === undefined ? {} : { expiryHorizonDays: Number(values['expiry-horizon']) }) });
    if (E.isLeft(result)) return fail(result.left.message);
    const decided = readDecided(io, values.decisions, values['pending-days'], result.right, note);
    if (!decided.ok) return fail(decided.error);
    const d = decided.value;
    io.stdout(
      format.value === 'json'
        ? `${JSON.stringify(d === undefined ? toJson(result.right) : { ...toJson(result.right), validity: d.validity, decisions: d.decisions, corrections: d.corrections, decisionProblems: d.problems }, null, 2)}\n`
        : format.value === 'fhir'
          ? `${JSON.stringify(d === undefined ? toFhir(result.right) : withDecisions(toFhir(result.right), result.right, d), null, 2)}\n`
          : `${renderText(result.right)}${d === undefined ? '' : decidedText(d, result.right)}`,
    );
    return EXIT.ok;
  },
});

/** The decisions of a reconciliation as Swedish text: the validity, each decision and its state, the corrections. */
const decidedText = (d: Decided, r: Reconciliation): string => {
  const v = d.validity;
  const open = new Set(d.undecided);
  const needsDecision = r.lines.filter((l) => l.deviations.some((x) => open.has(x.id))).length;
  const validity =
    v.kind === 'not-valid'
      ? validityText({ kind: 'not-valid', needsDecision, unreadable: v.unreadable, partlyRead: v.partlyRead, stale: v.stale })
      : v.kind === 'to-be-signed'
        ? validityText(v)
        : (decidedValidityText(v) ?? '');
  const decisions = d.decisions.map((x) => `  ${x.deviation}: ${x.text} (${x.state === 'done' ? 'genomfört' : x.state === 'pending' ? 'väntar på rättelse' : 'inaktuellt: värdena har ändrats'})`);
  const corrections = d.corrections.map((c) => `  ${c.sv}${c.overdue ? ' (försenad)' : ''}`);
  return `\nBeslut\n${validity}\n${decisions.join('\n')}${corrections.length === 0 ? '' : `\n\nAtt rätta i systemen\n${corrections.join('\n')}`}\n`;
};
