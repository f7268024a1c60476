import * as E from 'fp-ts/lib/Either.js';
import { resolve } from 'node:path';
import { readLines } from '../batch';
import {
  aggregateOf,
  combineAggregates,
  EMPTY_AGGREGATE,
  followupReport,
  patientFacts,
  summaryLawsOf,
  type FollowupAggregate,
  type PatientFacts,
  type ResultLineProblem,
  type SummaryCheck,
} from '../followup';
import { openRegister, overTimeSection, readStatus, type RegisterStatus } from '../register';
import { followupCsv, renderFollowupHtml } from '../render';
import { EXIT } from './exit-codes';
import { writeFailureExit, type CliIo } from './io';
import { defineCommand, distinctFiles, type OptionValues } from './options';
import { outputDir } from './outputs';

/** The help text of `medrec report`, in Swedish. */
export const REPORT_USAGE = `Användning: medrec report RESULTAT.ndjson [FLER.ndjson …] --out RAPPORT.html [--csv MAPP] [--json FIL] [--summary SAMMANSTÄLLNING.json …] [--db DB]

  RESULTAT.ndjson  resultatfil(er) från medrec batch --out (en patient per rad); - läser standard in
  --out FIL        rapporten som en fristående HTML-sida på svenska, med diagram (SVG)
  --csv MAPP       tabellerna som CSV-filer i MAPP (indikatorer, skillnader, avvikelser, fynd, månader, enheter, kommuner)
  --json FIL       rapporten som JSON (format medrec-followup, version 1)
  --summary FIL    sammanställningen från medrec batch --summary: kontrollera att siffrorna går jämnt ut (kan upprepas)
  --db DB          avvikelseregistret (medrec register): lägg till avsnittet "Över tid" (i JSON: overTime)

  Räknar skillnader, avvikelser och fynd per slag, kategori, risknivå, vårdenhet, kommun och månad,
  och indikatorerna mot sina målvärden. Läser filerna rad för rad, en gång.
  Slutkod 0: rapporten skriven; 1: skriven, men några rader kunde inte läsas eller siffrorna gick inte
  jämnt ut mot sammanställningen; 2: oanvändbara argument eller filer.
`;

interface ReportArgs {
  readonly inputs: ReadonlyArray<string>;
  readonly out?: string;
  readonly csv?: string;
  readonly json?: string;
  readonly summaries: ReadonlyArray<string>;
  readonly db?: string;
}

/** The flags of `medrec report`. */
const REPORT_OPTIONS = { out: { type: 'string' }, csv: { type: 'string' }, json: { type: 'string' }, summary: { type: 'string', multiple: true }, db: { type: 'string' } } as const;

const parse = (values: OptionValues<typeof REPORT_OPTIONS>, positionals: ReadonlyArray<string>): { readonly ok: true; readonly args: ReportArgs } | { readonly ok: false; readonly error: string } => {
  if (positionals.length === 0) return { ok: false, error: 'resultatfilen saknas (RESULTAT.ndjson från medrec batch, eller - för standard in)' };
  if (values.out === undefined && values.csv === undefined && values.json === undefined) return { ok: false, error: '--out FIL (eller --csv MAPP, --json FIL) saknas' };
  if (positionals.filter((p) => p === '-').length > 1) return { ok: false, error: 'standard in (-) kan bara läsas en gång' };
  const outputs = [values.out, values.json].filter((f): f is string => f !== undefined && f !== '-');
  const clash = positionals.find((p) => p !== '-' && outputs.some((o) => resolve(o) === resolve(p)));
  if (clash !== undefined) return { ok: false, error: `${clash} är både indata och utdata` };
  const outFiles = distinctFiles([['--out', values.out], ['--json', values.json]]);
  if (!outFiles.ok) return outFiles;
  return {
    ok: true,
    args: {
      inputs: positionals,
      summaries: values.summary ?? [],
      ...(values.out === undefined ? {} : { out: values.out }),
      ...(values.csv === undefined ? {} : { csv: values.csv }),
      ...(values.json === undefined ? {} : { json: values.json }),
      ...(values.db === undefined ? {} : { db: values.db }),
    },
  };
};

/** How many lines are folded at a time before they join the whole: memory stays flat, the fold stays pure. */
const CHUNK = 2000;

type Outcome = { readonly _tag: 'Right'; readonly right: PatientFacts } | { readonly _tag: 'Left'; readonly left: ResultLineProblem };

const factsOfLine = (text: string, line: number): Outcome => {
  let value: unknown;
  try {
    value = JSON.parse(text.startsWith('\uFEFF') ? text.slice(1) : text);
  } catch {
    return E.left({ line, path: '(line)', message: 'expected a JSON result of medrec batch, got text that is not JSON' });
  }
  return patientFacts(value, line);
};

/** Reads one result file line by line and folds it, a chunk at a time; a file that cannot be opened is an error. */
const aggregateFile = async (io: CliIo, path: string): Promise<E.Either<string, FollowupAggregate>> => {
  const input = io.openInput(path);
  if (!input.ok) return E.left(`${path}: ${input.error}`);
  let total = EMPTY_AGGREGATE;
  let chunk: Outcome[] = [];
  try {
    for await (const raw of readLines(input.stream)) {
      if (raw.kind === 'blank') continue;
      chunk.push(
        raw.kind === 'too-long'
          ? E.left({ line: raw.number, path: '(line)', message: `expected a line of at most ${raw.limit} bytes, got ${raw.bytes}` })
          : factsOfLine(raw.text, raw.number),
      );
      if (chunk.length >= CHUNK) {
        total = combineAggregates(total, aggregateOf(chunk));
        chunk = [];
      }
    }
  } catch {
    return E.left(`${path}: cannot be read`);
  }
  return E.right(combineAggregates(total, aggregateOf(chunk)));
};

/** The register's status for the "Över tid" section, or why the register could not be read. */
const registerStatus = async (db: string): Promise<E.Either<string, RegisterStatus>> => {
  const opened = await openRegister(db, { mustExist: true });
  if (E.isLeft(opened)) return E.left(opened.left.message);
  try {
    return E.right(await readStatus(opened.right));
  } catch (e) {
    return E.left(`registret ${opened.right.where} kunde inte läsas: ${e instanceof Error ? e.message : String(e)}`);
  } finally {
    await opened.right.close().catch(() => undefined);
  }
};

const fail = (io: CliIo, message: string): number => {
  io.stderr(`medrec report: ${message}\n`);
  return EXIT.unusable;
};

/**
 * `medrec report`: follow-up across patients from one or more batch result files, read once, line by
 * line: a self-contained Swedish HTML report with SVG charts (`--out`), CSV tables (`--csv`) and the
 * JSON report (`--json`), checked against the batch summaries given (`--summary`). Exit 0 when
 * written, 1 when written but some lines could not be read or a summary does not add up, 2 on
 * unusable arguments or files, 3 when an output could not be written (a full disk).
 *
 * @example
 * await run(['report', 'results.ndjson', '--out', 'rapport.html', '--csv', 'tabeller'], processIo) // 0
 */
export const reportCommand = defineCommand({
  name: 'report',
  summary: 'följ upp avvikelser och fynd över patienter: rapport (HTML med diagram), CSV och JSON',
  usage: REPORT_USAGE,
  options: REPORT_OPTIONS,
  positionals: 'some',
  run: ({ values, positionals, io, usageError, note }) => {
    const parsed = parse(values, positionals);
    return parsed.ok ? report(parsed.args, io, note) : usageError(parsed.error);
  },
});

const report = async (args: ReportArgs, io: CliIo, note: (message: string) => void): Promise<number> => {
  const started = Date.now();
  let aggregate = EMPTY_AGGREGATE;
  for (const path of args.inputs) {
    const read = await aggregateFile(io, path);
    if (E.isLeft(read)) return fail(io, read.left);
    // Line numbers are within each file; the unreadable examples say which file when there are several.
    const named = args.inputs.length === 1 ? read.right : { ...read.right, unreadable: { ...read.right.unreadable, first: read.right.unreadable.first.map((u) => ({ ...u, path: `${path}: ${u.path}` })) } };
    aggregate = combineAggregates(aggregate, named);
  }
  const checks: SummaryCheck[] = [];
  for (const file of args.summaries) {
    const text = io.readText(file);
    if (!text.ok) return fail(io, `${file}: ${text.error}`);
    let value: unknown;
    try {
      value = JSON.parse(text.text);
    } catch {
      return fail(io, `${file}: expected the JSON summary of medrec batch --summary, got text that is not JSON`);
    }
    const laws = summaryLawsOf(aggregate, value);
    if (E.isLeft(laws)) return fail(io, `${file}: ${laws.left.path}: ${laws.left.message}`);
    checks.push({ file, laws: laws.right });
  }
  const report = followupReport(aggregate, { inputs: args.inputs, summaryChecks: checks });
  if (args.csv !== undefined && args.csv !== '-') {
    const dir = outputDir(io, args.csv, note);
    if (!dir.ok) return fail(io, dir.error);
  }
  const overTime = args.db === undefined ? undefined : await registerStatus(args.db);
  if (overTime !== undefined && E.isLeft(overTime)) return fail(io, overTime.left);
  const status = overTime === undefined ? undefined : overTime.right;
  const writes: Array<readonly [string, string]> = [
    ...(args.out === undefined ? [] : [[args.out, renderFollowupHtml(report, status === undefined ? {} : { overTime: overTimeSection(status) })] as const]),
    ...(args.json === undefined ? [] : [[args.json, `${JSON.stringify(status === undefined ? report : { ...report, overTime: status }, null, 2)}\n`] as const]),
    ...(args.csv === undefined ? [] : followupCsv(report).map((f) => [`${args.csv}/${f.name}`, f.text] as const)),
  ];
  for (const [file, text] of writes) {
    if (file === '-') io.stdout(text);
    else {
      const written = io.writeText(file, text);
      if (!written.ok) {
        io.stderr(`medrec report: ${file}: ${written.error}\n`);
        return writeFailureExit(written.error);
      }
    }
  }
  const seconds = (Date.now() - started) / 1000;
  const t = report.totals;
  io.stderr(
    `medrec report: ${t.patients} patienter, ${t.discrepancies} skillnader, ${t.deviations} avvikelser (${t.serious} allvarliga), ${t.findings} fynd` +
      `${report.unreadable.lines === 0 ? '' : `; ${report.unreadable.lines} rader kunde inte läsas`}; ${seconds.toFixed(1)} s\n`,
  );
  for (const u of report.unreadable.first) io.stderr(`medrec report: rad ${u.line}: ${u.path}: ${u.message}\n`);
  const broken = checks.flatMap((c) => c.laws.filter((l) => !l.holds).map((l) => `${c.file}: ${l.law}`));
  for (const b of broken) io.stderr(`medrec report: går inte jämnt ut mot sammanställningen: ${b}\n`);
  return report.unreadable.lines > 0 || broken.length > 0 ? EXIT.someInvalid : EXIT.ok;
};
