import * as E from 'fp-ts/lib/Either.js';
import { join } from 'node:path';
import type { Writable } from 'node:stream';
import { addInvalid, addPatient, EMPTY_SUMMARY, reconcileBulk, runBatch, summaryLaws, type BatchSummary, type BulkSide, type LineError } from '../batch';
import { parseJson } from '../decode';
import { groupBulkNdjson, type NdjsonFile } from '../fhir';
import type { Dispensing, IsoDate, Source } from '../model';
import { EXIT } from './exit-codes';
import type { CliIo, OpenedOutput } from './io';
import { AS_OF_OPTION, asOfOption, defineCommand, dispensingOption, distinctFiles, type OptionValues } from './options';
import { progressDisplay } from './progress';

/** The help text of `medrec batch`, in Swedish. */
export const BATCH_USAGE = `Användning: medrec batch IN.ndjson --out UT.ndjson [--errors FEL.ndjson] [--as-of ÅÅÅÅ-MM-DD] [--workers N] [--summary SAMMANSTÄLLNING.json]
       medrec batch --cosmic-fhir MAPP --pascal-fhir MAPP --out UT.ndjson [--errors …] [--as-of …] [--summary …] [--fhir-dispensing …]

  IN.ndjson        en patient per rad: { "cosmic": <journalexport>, "pascal": <e-receptexport> }; - läser standard in
  --cosmic-fhir MAPP, --pascal-fhir MAPP
                   FHIR Bulk Data-export (NDJSON, en fil per resurstyp, manifest.json med transactionTime)
                   för journalen och för e-receptlistan; patienterna paras på personnummer (eller annat id)
  --fhir-dispensing dose-dispensed|whole-package: hur ett e-recept i FHIR lämnas ut när resursen inte säger det
  --out FIL        ett resultat per rad, i indatas ordning (JSON-formatet från reconcile, med radnummer); - skriver standard ut
  --errors FIL     ogiltiga rader, en per rad (radnummer, patient maskerad, orsak); utan den skrivs de på standard fel
  --as-of DATUM    avstämningsdatum (standard: i dag)
  --workers N      antal arbetstrådar (standard: antal kärnor; 1 kör allt i huvudtråden)
  --summary FIL    sammanställningen som JSON (räknare som går jämnt ut); den skrivs också kort på standard fel

  Slutkod 0: alla rader avstämda; 1: några rader var ogiltiga (rapporterade och överhoppade);
  2: oanvändbara argument; 3: körningen avbröts (det som skrevs före står kvar).
`;

/** Where the patients come from: one NDJSON file (or standard input), or two FHIR Bulk Data exports. */
type BatchInput =
  | { readonly kind: 'ndjson'; readonly path: string }
  | { readonly kind: 'fhir-bulk'; readonly cosmic: string; readonly pascal: string; readonly dispensing?: Dispensing };

interface BatchArgs {
  readonly input: BatchInput;
  readonly out: string;
  readonly errors?: string;
  readonly summary?: string;
  readonly asOf: IsoDate;
  readonly workers: number;
}

type Parsed = { readonly ok: true; readonly args: BatchArgs } | { readonly ok: false; readonly error: string };

/** The flags of `medrec batch`. */
const BATCH_OPTIONS = {
  out: { type: 'string' },
  errors: { type: 'string' },
  ...AS_OF_OPTION,
  workers: { type: 'string' },
  summary: { type: 'string' },
  'cosmic-fhir': { type: 'string' },
  'pascal-fhir': { type: 'string' },
  'fhir-dispensing': { type: 'string' },
} as const;

const parse = (values: OptionValues<typeof BATCH_OPTIONS>, positionals: ReadonlyArray<string>, cpuCount: number, note: (message: string) => void): Parsed => {
  const cosmicFhir = values['cosmic-fhir'];
  const pascalFhir = values['pascal-fhir'];
  const checkedDispensing = dispensingOption(values['fhir-dispensing']);
  if (!checkedDispensing.ok) return checkedDispensing;
  const dispensing = checkedDispensing.value;
  let input: BatchInput;
  if (cosmicFhir !== undefined || pascalFhir !== undefined) {
    if (cosmicFhir === undefined || pascalFhir === undefined) return { ok: false, error: 'ange både --cosmic-fhir och --pascal-fhir' };
    if (positionals.length > 0) return { ok: false, error: 'ange antingen IN.ndjson eller --cosmic-fhir/--pascal-fhir, inte båda' };
    input = { kind: 'fhir-bulk', cosmic: cosmicFhir, pascal: pascalFhir, ...(dispensing === undefined ? {} : { dispensing }) };
  } else {
    const [path, ...extra] = positionals;
    if (path === undefined) return { ok: false, error: 'indatafilen saknas (IN.ndjson, eller - för standard in)' };
    if (extra.length > 0) return { ok: false, error: `en indatafil, inte ${positionals.length}` };
    input = { kind: 'ndjson', path };
  }
  if (values.out === undefined) return { ok: false, error: '--out FIL saknas' };
  const checkedAsOf = asOfOption(values['as-of'], note);
  if (!checkedAsOf.ok) return checkedAsOf;
  const asOf = checkedAsOf.value;
  const workers = values.workers === undefined ? cpuCount : Number(values.workers);
  if (!Number.isInteger(workers) || workers < 1 || workers > 256) return { ok: false, error: `--workers måste vara ett heltal 1–256, inte "${values.workers}"` };
  // Two roles on one file would empty the input or mix the outputs.
  const distinct = distinctFiles([['IN', input.kind === 'ndjson' ? input.path : undefined], ['--out', values.out], ['--errors', values.errors], ['--summary', values.summary]]);
  if (!distinct.ok) return distinct;
  return {
    ok: true,
    args: {
      input,
      out: values.out,
      asOf,
      workers,
      ...(values.errors === undefined ? {} : { errors: values.errors }),
      ...(values.summary === undefined ? {} : { summary: values.summary }),
    },
  };
};

const usageError = (io: CliIo, message: string): number => {
  io.stderr(`medrec batch: ${message}\n\n${BATCH_USAGE}`);
  return EXIT.unusable;
};

const errorLine = (e: LineError): string => `medrec batch: rad ${e.line}${e.patient === null ? '' : ` (${e.patient})`}: ${e.reason}: ${e.message}\n`;

const tallyText = (t: Readonly<Record<string, number>>): string =>
  Object.entries(t)
    .filter(([, n]) => n > 0)
    .map(([k, n]) => `${k} ${n}`)
    .join(', ');

/** The short closing lines on standard error. */
const closingText = (s: BatchSummary, seconds: number): string => {
  const rate = seconds > 0 ? Math.round(s.linesRead / seconds) : 0;
  const invalid = s.invalidLines === 0 ? '0 ogiltiga rader' : `${s.invalidLines} ogiltiga rader (${tallyText(s.invalid.byReason)})`;
  const kinds = tallyText(s.tallies.discrepancies);
  return (
    `medrec batch: ${s.linesRead} rader lästa, ${s.resultsWritten} resultat skrivna, ${invalid}; ` +
    `${s.patients.withDiscrepancies} patienter med skillnader${kinds === '' ? '' : ` (${kinds})`}; ` +
    `${seconds.toFixed(1)} s, ${rate} patienter/s\n`
  );
};

/**
 * `medrec batch`: reconciles every patient of an NDJSON file (or standard input), one result per line
 * in input order, on worker threads, with progress on standard error and a summary whose counts add
 * up. Exit 0 when every line was reconciled, 1 when some lines were invalid, 2 on unusable arguments,
 * 3 when the run broke off.
 *
 * @example
 * await run(['batch', 'patients.ndjson', '--out', 'results.ndjson', '--as-of', '2026-11-20'], processIo) // 0
 */
export const batchCommand = defineCommand({
  name: 'batch',
  summary: 'stäm av många patienter, en per rad (NDJSON), på alla kärnor',
  usage: BATCH_USAGE,
  options: BATCH_OPTIONS,
  positionals: 'some',
  run: ({ values, positionals, io, note }) => {
    const parsed = parse(values, positionals, io.cpuCount, note);
    if (!parsed.ok) return usageError(io, parsed.error);
    const args = parsed.args;
    return args.input.kind === 'ndjson' ? runNdjson(args, args.input.path, io) : runFhirBulk(args, args.input, io);
  },
});

/** The outputs of a run, opened; `closeAll` ends every one of them. */
interface Outputs {
  readonly out: Writable;
  readonly errors: Writable | undefined;
  readonly closeAll: () => Promise<ReadonlyArray<PromiseSettledResult<void>>>;
}

/** Opens `--out` and `--errors`, or says which could not be opened (closing what had opened). */
const openOutputs = async (io: CliIo, args: BatchArgs): Promise<{ readonly ok: true; readonly outputs: Outputs } | { readonly ok: false; readonly error: string }> => {
  const opened: Array<Extract<OpenedOutput, { ok: true }>> = [];
  const closeAll = () => Promise.allSettled(opened.map((o) => o.close()));
  for (const path of [args.out, args.errors]) {
    if (path === undefined) continue;
    const o = io.openOutput(path);
    if (!o.ok) {
      await closeAll();
      return { ok: false, error: `${path}: ${o.error}` };
    }
    opened.push(o);
  }
  return { ok: true, outputs: { out: opened[0]!.stream, errors: opened[1]?.stream, closeAll } };
};

/** Writes the summary file and the closing lines, and says how the run ended. */
const finish = async (
  io: CliIo,
  args: BatchArgs,
  summary: BatchSummary,
  started: number,
  broken: { readonly kind: string; readonly message: string } | undefined,
  closeFailed: boolean,
): Promise<number> => {
  const seconds = (Date.now() - started) / 1000;
  const laws = summaryLaws(summary);
  const completed = broken === undefined && !closeFailed;
  if (args.summary !== undefined) {
    const report = {
      version: 1,
      completed,
      asOf: args.asOf,
      workers: args.input.kind === 'ndjson' ? args.workers : 1,
      seconds: Math.round(seconds * 10) / 10,
      peakRssMB: Math.round(process.resourceUsage().maxRSS / 1024),
      addsUp: laws.every((l) => l.holds),
      ...summary,
    };
    const file = io.openOutput(args.summary);
    if (!file.ok) io.stderr(`medrec batch: ${args.summary}: ${file.error}\n`);
    else {
      file.stream.write(`${JSON.stringify(report, null, 2)}\n`);
      await file.close().catch(() => io.stderr(`medrec batch: ${args.summary}: cannot be written\n`));
    }
  }
  io.stderr(closingText(summary, seconds));
  for (const law of laws) if (!law.holds) io.stderr(`medrec batch: sammanställningen går inte jämnt ut: ${law.law}\n`);
  if (broken !== undefined) {
    io.stderr(`medrec batch: körningen avbröts efter rad ${summary.linesRead + summary.blankLines}: ${broken.kind}: ${broken.message}\n`);
    return EXIT.failed;
  }
  if (closeFailed) {
    io.stderr('medrec batch: en utfil kunde inte skrivas färdigt\n');
    return EXIT.failed;
  }
  return summary.invalidLines > 0 ? EXIT.someInvalid : EXIT.ok;
};

const runNdjson = async (args: BatchArgs, path: string, io: CliIo): Promise<number> => {
  const input = io.openInput(path);
  if (!input.ok) return usageError(io, `${path}: ${input.error}`);
  const opened = await openOutputs(io, args);
  if (!opened.ok) return usageError(io, opened.error);
  const { out, errors, closeAll } = opened.outputs;
  const started = Date.now();
  const progress = progressDisplay(io, input.size);
  const outcome = await runBatch(
    input.stream,
    {
      output: out,
      ...(errors === undefined ? { onInvalid: (e: LineError) => io.stderr(errorLine(e)) } : { errors }),
    },
    { asOf: args.asOf, workers: args.workers, onProgress: progress.update },
  );
  progress.stop();
  const closed = await closeAll();
  const summary = E.isRight(outcome) ? outcome.right : outcome.left.summary;
  return finish(io, args, summary, started, E.isLeft(outcome) ? outcome.left : undefined, closed.some((c) => c.status === 'rejected'));
};

/**
 * Reads one side's FHIR Bulk Data export: every `*.ndjson` file of the folder, and the export time
 * from its `manifest.json` (`transactionTime`), as the Bulk Data specification writes it.
 */
const readBulk = (io: CliIo, dir: string, source: Source, dispensing: Dispensing | undefined): { readonly ok: true; readonly side: BulkSide } | { readonly ok: false; readonly error: string } => {
  const listed = io.listDir(dir);
  if (!listed.ok) return { ok: false, error: `${dir}: ${listed.error}` };
  const manifest = io.readText(join(dir, 'manifest.json'));
  if (!manifest.ok) return { ok: false, error: `${join(dir, 'manifest.json')}: ${manifest.error} (Bulk Data-exportens manifest, med transactionTime)` };
  const parsedManifest = parseJson(manifest.text, join(dir, 'manifest.json'));
  const transactionTime = E.isRight(parsedManifest) ? (parsedManifest.right as { readonly transactionTime?: unknown } | null)?.transactionTime : undefined;
  if (typeof transactionTime !== 'string') return { ok: false, error: `${join(dir, 'manifest.json')}: transactionTime: expected the export's dateTime` };
  const files: NdjsonFile[] = [];
  for (const name of listed.names.filter((n) => n.endsWith('.ndjson'))) {
    const text = io.readText(join(dir, name));
    if (!text.ok) return { ok: false, error: `${join(dir, name)}: ${text.error}` };
    files.push({ file: name, lines: text.text.split('\n') });
  }
  return { ok: true, side: groupBulkNdjson(files, { source, exportedAt: transactionTime, ...(dispensing === undefined ? {} : { defaultDispensing: dispensing }) }) };
};

const runFhirBulk = async (args: BatchArgs, input: Extract<BatchInput, { kind: 'fhir-bulk' }>, io: CliIo): Promise<number> => {
  const cosmic = readBulk(io, input.cosmic, 'cosmic', input.dispensing);
  if (!cosmic.ok) return usageError(io, cosmic.error);
  const pascal = readBulk(io, input.pascal, 'pascal', input.dispensing);
  if (!pascal.ok) return usageError(io, pascal.error);
  const opened = await openOutputs(io, args);
  if (!opened.ok) return usageError(io, opened.error);
  const { out, errors, closeAll } = opened.outputs;
  const started = Date.now();
  let summary = EMPTY_SUMMARY;
  for (const outcome of reconcileBulk(cosmic.side, pascal.side, args.asOf)) {
    if (outcome.kind === 'reconciled') {
      out.write(`${JSON.stringify(outcome.result)}\n`);
      summary = addPatient(summary, outcome.summary);
    } else {
      if (errors === undefined) io.stderr(errorLine(outcome.error));
      else errors.write(`${JSON.stringify(outcome.error)}\n`);
      summary = addInvalid(summary, outcome.error);
    }
  }
  const closed = await closeAll();
  return finish(io, args, summary, started, undefined, closed.some((c) => c.status === 'rejected'));
};
