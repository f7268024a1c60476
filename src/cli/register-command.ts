import * as E from 'fp-ts/lib/Either.js';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { readLines } from '../batch';
import { parseDecisions, type DecisionsDocument } from '../decisions';
import {
  feedbackCsv,
  feedbackOf,
  ingest,
  openRegister,
  pendingDecisions,
  readFeedbackRows,
  readStatus,
  renderFeedbackHtml,
  statusText,
  type IngestSource,
  type RegisterStore,
} from '../register';
import { EXIT } from './exit-codes';
import type { CliIo } from './io';
import { defineCommand } from './options';
import { outputDir } from './outputs';

/** The help text of `medrec register`, in Swedish. */
export const REGISTER_USAGE = `Användning: medrec register ingest RESULTAT.ndjson [FLER.ndjson …] --db DB [--decisions MAPP]
       medrec register status --db DB [--format text|json]
       medrec register feedback --db DB --municipality KOMMUN --out MAPP [--recent DAGAR] [--show-personnummer]

  --db DB          registret: en SQLite-fil (t.ex. register.sqlite, skapas om den saknas) eller
                   postgres://användare@server/databas (delad PostgreSQL)
  ingest           för in resultatfiler från medrec batch --out (i den ordning de ges, en körning per fil):
                   nya avvikelser öppnas, de som är borta hos en avstämd patient räknas som åtgärdade,
                   de som kommer tillbaka som återöppnade. En patient som inte finns i körningen lämnas orörd.
                   Samma fil två gånger ändrar ingenting; avbryts körningen lämnas registret som det var.
  --decisions MAPP beslutsdokument (medrec-decisions, *.json): besluten förs in på de avvikelser de gäller,
                   om värdena är desamma som beslutet fattades på
  status           läget: öppna avvikelser efter ålder och risknivå, dagar till åtgärd (median, 90:e
                   percentilen), andel åtgärdade inom 7 dagar, allvarliga öppna mer än 3 dagar, andel
                   återöppnade, per kommun, vårdenhet, slag och månad (text eller JSON)
  feedback         återkoppling till en kommun (för MAS): en utskrivbar HTML-sida och en CSV-fil med
                   kommunens öppna och nyligen åtgärdade avvikelser (--recent DAGAR, standard 30);
                   patienten maskerad om inte --show-personnummer ges

  Slutkod 0: klart; 1: klart, men några rader kunde inte läsas; 2: oanvändbara argument, filer eller
  register (t.ex. skrivet av en nyare medrec); 3: registret kunde inte skrivas (det är oförändrat).
`;

const fail = (io: CliIo, message: string, code: number = EXIT.unusable): number => {
  io.stderr(`medrec register: ${message}\n`);
  return code;
};

const usageError = (io: CliIo, message: string): number => {
  io.stderr(`medrec register: ${message}\n\n${REGISTER_USAGE}`);
  return EXIT.unusable;
};

type Parsed = { readonly values: Record<string, string | boolean | ReadonlyArray<string> | undefined>; readonly positionals: ReadonlyArray<string> };

const parse = (argv: ReadonlyArray<string>, options: NonNullable<NonNullable<Parameters<typeof parseArgs>[0]>['options']>): Parsed | string => {
  try {
    const { values, positionals } = parseArgs({ args: [...argv], options: { ...options, help: { type: 'boolean', short: 'h' } }, strict: true, allowPositionals: true });
    return { values: values as Parsed['values'], positionals };
  } catch (e) {
    return e instanceof Error ? e.message : 'oanvändbara argument';
  }
};

const withStore = async (io: CliIo, db: string, work: (store: RegisterStore) => Promise<number>, mustExist = true): Promise<number> => {
  const opened = await openRegister(db, { mustExist });
  if (E.isLeft(opened)) return fail(io, opened.left.message);
  try {
    return await work(opened.right);
  } finally {
    await opened.right.close().catch(() => undefined);
  }
};

const readDecisions = (io: CliIo, dir: string): E.Either<string, ReadonlyArray<DecisionsDocument>> => {
  const listed = io.listDir(dir);
  if (!listed.ok) return E.left(`${dir}: ${listed.error}`);
  const docs: DecisionsDocument[] = [];
  for (const name of [...listed.names].filter((n) => n.endsWith('.json')).sort()) {
    const file = join(dir, name);
    const text = io.readText(file);
    if (!text.ok) return E.left(`${file}: ${text.error}`);
    const doc = parseDecisions(text.text, { file });
    if (E.isLeft(doc)) {
      io.stderr(`medrec register: ${file}: hoppas över: ${doc.left.message}\n`);
      continue;
    }
    for (const r of doc.right.rejected) io.stderr(`medrec register: ${file}: ${r.path}: ${r.message}\n`);
    docs.push(doc.right);
  }
  return E.right(docs);
};

const runIngest = async (argv: ReadonlyArray<string>, io: CliIo): Promise<number> => {
  const p = parse(argv, { db: { type: 'string' }, decisions: { type: 'string' } });
  if (typeof p === 'string') return usageError(io, p);
  const db = p.values.db;
  if (typeof db !== 'string') return usageError(io, '--db DB saknas');
  if (p.positionals.length === 0) return usageError(io, 'resultatfilen saknas (RESULTAT.ndjson från medrec batch)');
  if (p.positionals.filter((f) => f === '-').length > 1) return usageError(io, 'standard in (-) kan bara läsas en gång');
  const decisionsDir = p.values.decisions;
  const docs = typeof decisionsDir === 'string' ? readDecisions(io, decisionsDir) : E.right([]);
  if (E.isLeft(docs)) return fail(io, docs.left);
  const sources: IngestSource[] = [];
  for (const file of p.positionals) {
    const input = io.openInput(file);
    if (!input.ok) return fail(io, `${file}: ${input.error}`);
    sources.push({ file, lines: readLines(input.stream) });
  }
  const started = Date.now();
  return withStore(io, db, async (store) => {
    const done = await ingest(store, sources, { decisions: pendingDecisions(docs.right) });
    if (E.isLeft(done)) return fail(io, done.left.message, EXIT.failed);
    const r = done.right;
    io.stderr(
      `medrec register: ${r.lines} rader, ${r.patients} patienter förda in i ${store.where}` +
        `${r.stale === 0 ? '' : ` (${r.stale} hoppades över: registret har en senare körning av dem)`}; ` +
        `${r.opened} avvikelser öppnade, ${r.resolved} åtgärdade, ${r.reopened} återöppnade, ${r.decided} beslut` +
        `${r.unreadable.lines === 0 ? '' : `; ${r.unreadable.lines} rader kunde inte läsas`}; ${((Date.now() - started) / 1000).toFixed(1)} s\n`,
    );
    for (const u of r.unreadable.first) io.stderr(`medrec register: ${u.file}: rad ${u.line}: ${u.path}: ${u.message}\n`);
    return r.unreadable.lines > 0 ? EXIT.someInvalid : EXIT.ok;
  }, false);
};

const runStatus = async (argv: ReadonlyArray<string>, io: CliIo): Promise<number> => {
  const p = parse(argv, { db: { type: 'string' }, format: { type: 'string' } });
  if (typeof p === 'string') return usageError(io, p);
  if (p.positionals.length > 0) return usageError(io, `oväntat argument "${p.positionals[0]}"`);
  const db = p.values.db;
  if (typeof db !== 'string') return usageError(io, '--db DB saknas');
  const format = p.values.format ?? 'text';
  if (format !== 'text' && format !== 'json') return usageError(io, `--format måste vara text eller json, inte "${String(format)}"`);
  return withStore(io, db, async (store) => {
    const status = await readStatus(store);
    io.stdout(format === 'json' ? `${JSON.stringify(status, null, 2)}\n` : statusText(status));
    return EXIT.ok;
  });
};

const runFeedback = async (argv: ReadonlyArray<string>, io: CliIo): Promise<number> => {
  const p = parse(argv, { db: { type: 'string' }, municipality: { type: 'string' }, out: { type: 'string' }, recent: { type: 'string' }, 'show-personnummer': { type: 'boolean' } });
  if (typeof p === 'string') return usageError(io, p);
  if (p.positionals.length > 0) return usageError(io, `oväntat argument "${p.positionals[0]}"`);
  const { db, municipality, out } = p.values;
  if (typeof db !== 'string') return usageError(io, '--db DB saknas');
  if (typeof municipality !== 'string' || municipality.trim() === '') return usageError(io, '--municipality KOMMUN saknas');
  if (typeof out !== 'string') return usageError(io, '--out MAPP saknas');
  const recent = p.values.recent === undefined ? 30 : Number(p.values.recent);
  if (!Number.isSafeInteger(recent) || recent < 0) return usageError(io, `--recent måste vara ett antal dagar, inte "${String(p.values.recent)}"`);
  const showPersonnummer = p.values['show-personnummer'] === true;
  return withStore(io, db, async (store) => {
    const { latestRun } = await store.extent();
    const rows = await readFeedbackRows(store, municipality);
    const feedback = feedbackOf(rows, { municipality, asOf: latestRun, recentDays: recent, showPersonnummer });
    // The folder is made when it is missing and its parent exists, and said so; never its parents.
    const dir = outputDir(io, out, (message) => io.stderr(`medrec register: ${message}\n`));
    if (!dir.ok) return fail(io, dir.error);
    const base = `aterkoppling-${municipality.normalize('NFD').replace(/[\u0300-\u036f]/gu, '').replace(/[^A-Za-z0-9]+/gu, '-').toLowerCase()}`;
    for (const [name, text] of [
      [`${base}.html`, renderFeedbackHtml(feedback)],
      [`${base}.csv`, feedbackCsv(feedback)],
    ] as const) {
      const written = io.writeText(join(out, name), text);
      if (!written.ok) return fail(io, `${join(out, name)}: ${written.error}`);
    }
    io.stderr(
      `medrec register: återkoppling till ${municipality}: ${feedback.open.length} öppna och ${feedback.recentlyResolved.length} nyligen åtgärdade avvikelser i ${join(out, base)}.html och .csv` +
        `${showPersonnummer ? ' (med personnummer: hanteras som patientuppgifter)' : ''}\n`,
    );
    return EXIT.ok;
  });
};

/**
 * `medrec register`: the deviation register. `ingest` records batch results (and decisions), `status`
 * shows the indicators over time, `feedback` writes a municipality's page and CSV. Exit 0 when done, 1
 * when some lines could not be read, 2 on unusable arguments or register, 3 when the register could
 * not be written (it is unchanged).
 *
 * @example
 * await runRegister(['ingest', 'natt-1.ndjson', '--db', 'register.sqlite'], processIo) // 0
 * await runRegister(['status', '--db', 'register.sqlite', '--format', 'json'], processIo) // 0
 */
export const runRegister = async (argv: ReadonlyArray<string>, io: CliIo): Promise<number> => {
  const [sub, ...rest] = argv;
  if (sub === undefined || sub === '--help' || sub === '-h' || rest.includes('--help') || rest.includes('-h')) {
    io.stdout(REGISTER_USAGE);
    return sub === undefined ? EXIT.unusable : EXIT.ok;
  }
  switch (sub) {
    case 'ingest':
      return runIngest(rest, io);
    case 'status':
      return runStatus(rest, io);
    case 'feedback':
      return runFeedback(rest, io);
    default:
      return usageError(io, `okänt underkommando "${sub}"`);
  }
};

/**
 * `medrec register`: its subcommands (`ingest`, `status`, `feedback`) read their own flags; `--help`
 * is answered by the options module like every command's.
 *
 * @example
 * await run(['register', 'status', '--db', 'register.sqlite'], processIo) // 0
 */
export const registerCommand = defineCommand({
  name: 'register',
  summary: 'avvikelseregistret: för in körningar, läget över tid, återkoppling till kommunerna',
  usage: REGISTER_USAGE,
  options: {},
  positionals: 'words',
  run: ({ positionals, io }) => runRegister(positionals, io),
});
