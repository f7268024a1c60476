import * as E from 'fp-ts/lib/Either.js';
import { decisionsTemplate } from '../decisions';
import { reconcile } from '../reconcile';
import { discrepancyText } from '../render';
import { EXIT } from './exit-codes';
import { readSides, SIDE_OPTIONS, SIDE_SYNOPSIS, SIDE_USAGE, sideInputs } from './inputs';
import { AS_OF_OPTION, asOfOption, defineCommand, distinctFiles } from './options';

export const DECISIONS_COMMAND_USAGE = `Användning: medrec decisions template ${SIDE_SYNOPSIS}
                       [--as-of ÅÅÅÅ-MM-DD] [--out FIL]

  template               skriv ett beslutsdokument att fylla i (medrec-decisions, version 1): varje
                         avvikelse med sitt fingeravtryck, båda värdena och texten, valet tomt (null)
${SIDE_USAGE}
  --as-of DATUM          avstämningsdatum (standard: i dag, och det sägs på standard fel)
  --out FIL              skriv dokumentet till FIL (standard: standard ut); mappen måste finnas
`;

/**
 * `medrec decisions template`: reconciles both exports and writes a decisions document listing every
 * deviation with its fingerprint, both values and its Swedish text, nothing decided, for a person or
 * another program (the review page) to fill in. Exit 0 when written, 2 on unusable arguments or files.
 *
 * @example
 * run(['decisions', 'template', '--cosmic', 'c.json', '--pascal', 'p.json', '--as-of', '2026-11-20', '--out', 'beslut.json'], processIo) // 0
 */
export const decisionsCommand = defineCommand({
  name: 'decisions',
  summary: 'skriv ett beslutsdokument att fylla i för avvikelserna (decisions template)',
  usage: DECISIONS_COMMAND_USAGE,
  positionals: 'some',
  options: { ...SIDE_OPTIONS, ...AS_OF_OPTION, out: { type: 'string' } },
  run: ({ values, positionals, io, usageError, fail, note }) => {
    const [sub, ...extra] = positionals;
    if (sub !== 'template') return usageError(sub === undefined ? 'underkommando saknas: medrec decisions template …' : `okänt underkommando "${sub}"`);
    if (extra.length > 0) return usageError(`oväntat argument "${extra[0]}"`);
    const inputs = sideInputs(values);
    if (!inputs.ok) return usageError(inputs.error);
    const asOf = asOfOption(values['as-of'], note);
    if (!asOf.ok) return usageError(asOf.error);
    const distinct = distinctFiles([
      ['--cosmic', inputs.value.cosmic.file],
      ['--pascal', inputs.value.pascal.file],
      ['--out', values.out],
    ]);
    if (!distinct.ok) return usageError(distinct.error);
    const sides = readSides(io, inputs.value);
    if (!sides.ok) return fail(sides.error);
    const result = reconcile(sides.value.journal, sides.value.list, { asOf: asOf.value });
    if (E.isLeft(result)) return fail(result.left.message);
    const template = decisionsTemplate(result.right, { describe: discrepancyText });
    const text = `${JSON.stringify(template, null, 2)}\n`;
    if (values.out === undefined) io.stdout(text);
    else {
      const written = io.writeText(values.out, text);
      if (!written.ok) return fail(`${values.out}: ${written.error}`);
      io.stdout(`Skrev ${values.out}: ${template.decisions.length} avvikelser att besluta om.\n`);
    }
    return EXIT.ok;
  },
});
