import * as E from 'fp-ts/lib/Either.js';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { runBatch, summaryLaws, type BatchSummary, type LineError } from '../batch';
import { isIsoDate, today, type IsoDate } from '../model';
import { EXIT } from './exit-codes';
import type { CliIo, OpenedOutput } from './io';
import { progressDisplay } from './progress';

/** The help text of `medrec batch`, in Swedish. */
export const BATCH_USAGE = `Användning: medrec batch IN.ndjson --out UT.ndjson [--errors FEL.ndjson] [--as-of ÅÅÅÅ-MM-DD] [--workers N] [--summary SAMMANSTÄLLNING.json]

  IN.ndjson        en patient per rad: { "cosmic": <journalexport>, "pascal": <e-receptexport> }; - läser standard in
  --out FIL        ett resultat per rad, i indatas ordning (JSON-formatet från reconcile, med radnummer); - skriver standard ut
  --errors FIL     ogiltiga rader, en per rad (radnummer, patient maskerad, orsak); utan den skrivs de på standard fel
  --as-of DATUM    avstämningsdatum (standard: i dag)
  --workers N      antal arbetstrådar (standard: antal kärnor; 1 kör allt i huvudtråden)
  --summary FIL    sammanställningen som JSON (räknare som går jämnt ut); den skrivs också kort på standard fel

  Slutkod 0: alla rader avstämda; 1: några rader var ogiltiga (rapporterade och överhoppade);
  2: oanvändbara argument; 3: körningen avbröts (det som skrevs före står kvar).
`;

interface BatchArgs {
  readonly input: string;
  readonly out: string;
  readonly errors?: string;
  readonly summary?: string;
  readonly asOf: IsoDate;
  readonly workers: number;
}

type Parsed = { readonly ok: true; readonly args: BatchArgs } | { readonly ok: false; readonly error: string };

const parse = (args: ReadonlyArray<string>, cpuCount: number): Parsed => {
  let values: { out?: string; errors?: string; 'as-of'?: string; workers?: string; summary?: string };
  let positionals: string[];
  try {
    ({ values, positionals } = parseArgs({
      args: [...args],
      options: { out: { type: 'string' }, errors: { type: 'string' }, 'as-of': { type: 'string' }, workers: { type: 'string' }, summary: { type: 'string' } },
      strict: true,
      allowPositionals: true,
    }));
  } catch (e) {
    return { ok: false, error: e instanceof Error ? e.message : 'oanvändbara argument' };
  }
  const [input, ...extra] = positionals;
  if (input === undefined) return { ok: false, error: 'indatafilen saknas (IN.ndjson, eller - för standard in)' };
  if (extra.length > 0) return { ok: false, error: `en indatafil, inte ${positionals.length}` };
  if (values.out === undefined) return { ok: false, error: '--out FIL saknas' };
  const asOf = values['as-of'] ?? today();
  if (!isIsoDate(asOf)) return { ok: false, error: `--as-of måste vara ett datum ÅÅÅÅ-MM-DD, inte "${asOf}"` };
  const workers = values.workers === undefined ? cpuCount : Number(values.workers);
  if (!Number.isInteger(workers) || workers < 1 || workers > 256) return { ok: false, error: `--workers måste vara ett heltal 1–256, inte "${values.workers}"` };
  // Two roles on one file would empty the input or mix the outputs.
  const files = [['IN', input], ['--out', values.out], ['--errors', values.errors], ['--summary', values.summary]].filter(
    (f): f is [string, string] => f[1] !== undefined && f[1] !== '-',
  );
  for (const [i, [name, path]] of files.entries()) {
    const same = files.slice(i + 1).find(([, other]) => resolve(other) === resolve(path));
    if (same !== undefined) return { ok: false, error: `${name} och ${same[0]} är samma fil: ${path}` };
  }
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
 * await runBatchCommand(['patients.ndjson', '--out', 'results.ndjson', '--as-of', '2026-11-20'], processIo) // 0
 */
export const runBatchCommand = async (argv: ReadonlyArray<string>, io: CliIo): Promise<number> => {
  const parsed = parse(argv, io.cpuCount);
  if (!parsed.ok) return usageError(io, parsed.error);
  const args = parsed.args;
  const input = io.openInput(args.input);
  if (!input.ok) return usageError(io, `${args.input}: ${input.error}`);
  const opened: OpenedOutput[] = [];
  const open = (path: string): OpenedOutput => {
    const o = io.openOutput(path);
    if (o.ok) opened.push(o);
    return o;
  };
  const closeAll = () => Promise.allSettled(opened.map((o) => (o.ok ? o.close() : Promise.resolve())));
  const out = open(args.out);
  if (!out.ok) return usageError(io, `${args.out}: ${out.error}`);
  const errors = args.errors === undefined ? undefined : open(args.errors);
  if (errors !== undefined && !errors.ok) {
    await closeAll();
    return usageError(io, `${args.errors}: ${errors.error}`);
  }

  const started = Date.now();
  const progress = progressDisplay(io, input.size);
  const outcome = await runBatch(
    input.stream,
    {
      output: out.stream,
      ...(errors === undefined ? { onInvalid: (e: LineError) => io.stderr(errorLine(e)) } : { errors: errors.stream }),
    },
    { asOf: args.asOf, workers: args.workers, onProgress: progress.update },
  );
  progress.stop();
  const closed = await closeAll();
  const seconds = (Date.now() - started) / 1000;
  const summary = E.isRight(outcome) ? outcome.right : outcome.left.summary;
  const laws = summaryLaws(summary);
  const closeFailed = closed.some((c) => c.status === 'rejected');
  const completed = E.isRight(outcome) && !closeFailed;

  if (args.summary !== undefined) {
    const report = {
      version: 1,
      completed,
      asOf: args.asOf,
      workers: args.workers,
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
  if (E.isLeft(outcome)) {
    io.stderr(`medrec batch: körningen avbröts efter rad ${summary.linesRead + summary.blankLines}: ${outcome.left.kind}: ${outcome.left.message}\n`);
    return EXIT.failed;
  }
  if (closeFailed) {
    io.stderr('medrec batch: en utfil kunde inte skrivas färdigt\n');
    return EXIT.failed;
  }
  return summary.invalidLines > 0 ? EXIT.someInvalid : EXIT.ok;
};
