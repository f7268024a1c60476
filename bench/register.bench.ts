import { spawn } from 'node:child_process';
import { createReadStream, createWriteStream, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { processLine } from '../src/batch';
import type { IsoDate } from '../src/model';
import { ingest, openRegister, readStatus, statusFold } from '../src/register';
import { generateNight } from '../src/synthetic';
import { benchConfig } from './config';
import { OUT_DIR } from './data';
import { fmt, table } from './measure';
import { ensureBuilt, rssOf } from './pipe';

const ROOT = fileURLToPath(new URL('../', import.meta.url));

/** Sizes of the register bench: quick by default, the issue's with BENCH_SIZE=full; each settable on its own. */
const sizes = (env: NodeJS.ProcessEnv = process.env) => {
  const full = env['BENCH_SIZE'] === 'full';
  const n = (key: string, quick: number, whole: number) => Number(env[key] ?? (full ? whole : quick));
  return {
    /** Patients actually reconciled per night (their result lines are copied under new ids to reach the sizes below). */
    base: n('BENCH_REGISTER_BASE', 2_000, 20_000),
    ingest: n('BENCH_REGISTER_INGEST', 40_000, 280_000),
    nights: n('BENCH_REGISTER_NIGHTS', 5, 30),
    nightPatients: n('BENCH_REGISTER_NIGHT_PATIENTS', 10_000, 100_000),
  };
};

/** CPU seconds (user + system) a running process has used so far, from /proc; undefined once it has ended. */
const cpuOf = (pid: number): number | undefined => {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return undefined;
  }
};

/**
 * Runs the built CLI; resolves with exit code, wall time, the CPU time it used (sampled every 100 ms:
 * on a loaded machine wall time says little, CPU time what the work costs) and the highest resident memory.
 */
const cli = (args: ReadonlyArray<string>, stdinFrom?: ReadonlyArray<string>): Promise<{ readonly code: number | null; readonly seconds: number; readonly cpu: number; readonly peakMB: number }> =>
  new Promise((resolve, reject) => {
    const started = process.hrtime.bigint();
    const feeder = stdinFrom === undefined ? undefined : spawn(process.execPath, ['dist/cli.js', ...stdinFrom], { cwd: ROOT, stdio: ['ignore', 'pipe', 'ignore'] });
    const child = spawn(process.execPath, ['dist/cli.js', ...args], { cwd: ROOT, stdio: [feeder === undefined ? 'ignore' : 'pipe', 'ignore', 'ignore'] });
    if (feeder !== undefined && child.stdin !== null) feeder.stdout.pipe(child.stdin);
    let peakMB = 0;
    let cpu = 0;
    const sampler = setInterval(() => {
      const rss = child.pid === undefined ? undefined : rssOf(child.pid);
      if (rss !== undefined && rss > peakMB) peakMB = rss;
      const used = child.pid === undefined ? undefined : cpuOf(child.pid);
      if (used !== undefined) cpu = used;
    }, 100);
    child.on('error', reject);
    child.on('exit', (code) => {
      clearInterval(sampler);
      resolve({ code, seconds: Number(process.hrtime.bigint() - started) / 1e9, cpu, peakMB });
    });
  });

const nightDate = (asOf: string, night: number): string => new Date(Date.parse(`${asOf}T00:00:00Z`) + (night - 1) * 86_400_000).toISOString().slice(0, 10);

/** The batch results of night `night` of `base` generated patients (generate --night piped into batch), made once. */
const nightResults = async (base: number, night: number, seed: number, asOf: string): Promise<string> => {
  const file = fileURLToPath(new URL(`register-${base}-${seed}-night-${night}.ndjson`, OUT_DIR));
  if (existsSync(file)) return file;
  const run = await cli(
    ['batch', '-', '--out', file, '--as-of', nightDate(asOf, night), '--workers', String(availableParallelism())],
    ['generate', '--patients', String(base), '--seed', String(seed), '--as-of', asOf, '--night', String(night), '--out', '-'],
  );
  if (run.code !== 0) throw new Error(`batch of night ${night} exited with ${run.code}`);
  return file;
};

/**
 * Writes `patients` result lines from a file of `base` reconciled patients by copying them under new
 * synthetic ids (`SYN-0000001` becomes `SYN-R3-0000001` in the fourth copy): the lines the register
 * reads are real results; only their count is made up. Streams; made once per size.
 */
const scaled = async (source: string, base: number, patients: number, name: string): Promise<string> => {
  const file = fileURLToPath(new URL(`${name}.ndjson`, OUT_DIR));
  if (existsSync(file)) return file;
  const out = createWriteStream(file);
  const copies = Math.ceil(patients / base);
  let written = 0;
  for (let copy = 0; copy < copies && written < patients; copy++) {
    for await (const line of createInterface({ input: createReadStream(source), crlfDelay: Infinity })) {
      if (written >= patients) break;
      const text = copy === 0 ? line : line.replace(/"id":"SYN-/u, `"id":"SYN-R${copy}-`);
      if (!out.write(`${text}\n`)) await once(out, 'drain');
      written++;
    }
  }
  out.end();
  await once(out, 'finish');
  return file;
};

const pgUrl = (): string | undefined => process.env['MEDREC_BENCH_PG'] ?? process.env['MEDREC_TEST_PG'];

/** A fresh schema on the PostgreSQL server for one bench register, and its size afterwards. */
const pgSchema = async (url: string, name: string): Promise<{ readonly db: string; readonly bytes: () => Promise<number> }> => {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  await client.query(`drop schema if exists ${name} cascade`);
  await client.query(`create schema ${name}`);
  await client.end();
  const u = new URL(url);
  u.searchParams.set('options', `-c search_path=${name}`);
  return {
    db: u.toString(),
    bytes: async () => {
      const c = new pg.Client({ connectionString: url });
      await c.connect();
      const r = await c.query<{ b: string }>(`select coalesce(sum(pg_total_relation_size(format('%I.%I', schemaname, tablename))), 0) as b from pg_tables where schemaname = $1`, [name]);
      await c.end();
      return Number(r.rows[0]?.b ?? 0);
    },
  };
};

const sqliteBytes = (file: string): number => {
  const dir = file.slice(0, file.lastIndexOf('/'));
  const base = file.slice(file.lastIndexOf('/') + 1);
  return readdirSync(dir)
    .filter((n) => n.startsWith(base))
    .reduce((s, n) => s + statSync(`${dir}/${n}`).size, 0);
};

/**
 * The deviation register (issue 17): `medrec register ingest` of one night's results into SQLite and
 * PostgreSQL (when MEDREC_BENCH_PG or MEDREC_TEST_PG names a server), with peak memory; the register's
 * size after simulated nights; and the time of `register status` and `report --db` on it. The built
 * CLI, as an operator runs it. Result lines are real batch results of generated nights, copied under
 * new ids to reach the sizes (reconciling 280 000 patients per night would dominate the bench).
 *
 * @example
 * console.log(await runRegisterBench());
 */
export const runRegisterBench = async (): Promise<string> => {
  const config = benchConfig();
  const s = sizes();
  ensureBuilt();
  mkdirSync(OUT_DIR, { recursive: true });
  const url = pgUrl();
  const lines: string[] = [];

  // 1. One night's ingest into a new register.
  const night1 = await nightResults(s.base, 1, config.seed, config.asOf);
  const ingestFile = await scaled(night1, s.base, s.ingest, `register-ingest-${s.ingest}-${config.seed}`);
  const rows: string[][] = [];
  const sqliteFile = fileURLToPath(new URL(`register-ingest-${s.ingest}.sqlite`, OUT_DIR));
  for (const f of readdirSync(fileURLToPath(OUT_DIR)).filter((n) => n.startsWith(`register-ingest-${s.ingest}.sqlite`))) rmSync(fileURLToPath(new URL(f, OUT_DIR)));
  const targets: Array<{ readonly name: string; readonly db: string; readonly bytes: () => Promise<number> }> = [{ name: 'SQLite', db: sqliteFile, bytes: async () => sqliteBytes(sqliteFile) }];
  if (url !== undefined) targets.push({ name: 'PostgreSQL', ...(await pgSchema(url, 'medrec_bench_ingest')) });
  for (const t of targets) {
    const run = await cli(['register', 'ingest', ingestFile, '--db', t.db]);
    if (run.code !== 0) throw new Error(`register ingest into ${t.name} exited with ${run.code}`);
    const again = await cli(['register', 'ingest', ingestFile, '--db', t.db]);
    const atFull = (280_000 / s.ingest) * run.cpu;
    rows.push([
      t.name,
      fmt(s.ingest),
      fmt(run.seconds, 1),
      fmt(run.cpu, 1),
      fmt(s.ingest / run.seconds),
      fmt(atFull, 0),
      atFull < 120 ? 'met (CPU)' : '**not met**',
      fmt(run.peakMB),
      fmt(again.seconds, 1),
      fmt((await t.bytes()) / 1e6, 1),
    ]);
  }
  lines.push(
    '## Deviation register (`medrec register`)',
    '',
    `Ingest of one night of results into a new register (the built CLI; ${fmt(s.base)} generated patients reconciled, their result lines copied under new ids to ${fmt(s.ingest)}). Goal (issue 17): 280 000 patients in under 2 minutes on each database. Load average at the end of this part: ${loadavg()
      .map((l) => l.toFixed(1))
      .join(' / ')} on ${availableParallelism()} cores, so wall times are inflated; the CLI's CPU seconds (sampled from /proc every 100 ms; the PostgreSQL server's own CPU is not counted) are what the ingest costs, and "CPU s for 280 000" extrapolates them linearly${s.ingest === 280_000 ? ' (here: measured at that size)' : ''}. Memory is the CLI's peak resident set.`,
    '',
    table(['database', 'patients', 'wall s', 'CPU s', 'patients/s (wall)', 'CPU s for 280 000', 'goal', 'peak MB', 'same file again (wall s)', 'size (MB)'], rows),
    ...(url === undefined ? ['', '_PostgreSQL not measured: set MEDREC_BENCH_PG (or MEDREC_TEST_PG) to a server._'] : []),
  );

  // 2. Simulated nights: the register's size, and the time of status and report --db on it.
  const nightFile = fileURLToPath(new URL(`register-nights-${s.nights}x${s.nightPatients}.sqlite`, OUT_DIR));
  for (const f of readdirSync(fileURLToPath(OUT_DIR)).filter((n) => n.startsWith(`register-nights-${s.nights}x${s.nightPatients}.sqlite`))) rmSync(fileURLToPath(new URL(f, OUT_DIR)));
  const nightTargets: Array<{ readonly name: string; readonly db: string; readonly bytes: () => Promise<number> }> = [{ name: 'SQLite', db: nightFile, bytes: async () => sqliteBytes(nightFile) }];
  if (url !== undefined) nightTargets.push({ name: 'PostgreSQL', ...(await pgSchema(url, 'medrec_bench_nights')) });
  let ingestSeconds = new Map<string, number>();
  let lastResults = '';
  for (let night = 1; night <= s.nights; night++) {
    const results = await nightResults(s.base, night, config.seed, config.asOf);
    lastResults = await scaled(results, s.base, s.nightPatients, `register-night-${night}-${s.nightPatients}-${config.seed}`);
    for (const t of nightTargets) {
      const run = await cli(['register', 'ingest', lastResults, '--db', t.db]);
      if (run.code !== 0) throw new Error(`register ingest of night ${night} into ${t.name} exited with ${run.code}`);
      ingestSeconds = new Map([...ingestSeconds, [t.name, (ingestSeconds.get(t.name) ?? 0) + run.seconds]]);
    }
  }
  const nightRows: string[][] = [];
  for (const t of nightTargets) {
    const status = await cli(['register', 'status', '--db', t.db, '--format', 'json']);
    const reportDir = fileURLToPath(new URL(`register-report-${t.name}/`, OUT_DIR));
    const report = await cli(['report', lastResults, '--db', t.db, '--out', `${reportDir}rapport.html`]);
    if (status.code !== 0 || report.code !== 0) throw new Error(`status or report --db on ${t.name} failed`);
    nightRows.push([
      t.name,
      `${s.nights} × ${fmt(s.nightPatients)}`,
      fmt((await t.bytes()) / 1e6, 1),
      fmt((ingestSeconds.get(t.name) ?? 0) / s.nights, 1),
      `${fmt(status.seconds, 1)} (CPU ${fmt(status.cpu, 1)})`,
      `${fmt(report.seconds, 1)} (CPU ${fmt(report.cpu, 1)})`,
      status.cpu < 5 ? 'met (CPU)' : '**not met**',
    ]);
  }
  lines.push(
    '',
    `Simulated nights (generate --night 1..${s.nights}, each batched on its date and copied to ${fmt(s.nightPatients)} patients), ingested in order. Goal (issue 17, at 30 nights of 100 000 patients): status and report --db under 5 s. \`report --db\` includes reading the last night's result file for the rest of the report.`,
    '',
    table(['database', 'nights × patients', 'register size (MB)', 'ingest per night (s)', 'register status (s)', 'report --db (s)', 'under 5 s CPU at this size'], nightRows),
  );
  return lines.join('\n');
};

/** Sizes of the status bench: a real register of `base` patients over `nights` nights, copied under new ids to each of `patients`. */
const statusSizes = (env: NodeJS.ProcessEnv = process.env) => {
  const full = env['BENCH_SIZE'] === 'full';
  const list = (key: string, fallback: ReadonlyArray<number>) => env[key]?.split(',').map(Number).filter((n) => n > 0) ?? fallback;
  return {
    base: Number(env['BENCH_REGISTER_STATUS_BASE'] ?? 40),
    nights: Number(env['BENCH_REGISTER_STATUS_NIGHTS'] ?? 30),
    patients: list('BENCH_REGISTER_STATUS_PATIENTS', full ? [10_000, 30_000, 100_000] : [10_000, 30_000]),
  };
};

const REGISTER_COLUMNS = [
  'patient_id', 'key', 'kind', 'drug', 'first_seen', 'last_seen', 'opened_on', 'resolved_on', 'reopened', 'risk_band', 'serious', 'category', 'unit', 'municipality',
  'run_id', 'text', 'action', 'decision', 'decided_by', 'decided_role', 'decided_at', 'decision_comment',
] as const;

/**
 * Copies the register's `base` patients (ids `SYN-…`) under new ids (`SYN-…-R<k>`) until it holds
 * `patients`: one INSERT … SELECT over a recursive count, the same SQL on SQLite and PostgreSQL.
 */
const copySql = (copies: number): ReadonlyArray<string> => {
  const counted = `with recursive c(k) as (select 1 union all select k + 1 from c where k < ${copies - 1})`;
  return [
    `insert into register_deviation (${REGISTER_COLUMNS.join(', ')}) ${counted} select d.patient_id || '-R' || c.k, ${REGISTER_COLUMNS.slice(1).map((col) => `d.${col}`).join(', ')} from register_deviation d, c where d.patient_id not like '%-R%'`,
    `insert into register_patient (patient_id, last_run, unit, municipality) ${counted} select p.patient_id || '-R' || c.k, p.last_run, p.unit, p.municipality from register_patient p, c where p.patient_id not like '%-R%'`,
  ];
};

/**
 * `register status` at scale (issue 17: 30 nights × 100 000 patients in under 5 s): a real register of
 * `base` generated patients ingested night by night for `nights` nights (so first-seen, resolved and
 * reopened dates are as ingest writes them), copied under new ids to each size; then `register status`
 * through the built CLI (counting in SQL) and, in this process, the former way (every deviation read
 * page by page and folded in JavaScript), which must give the same status.
 *
 * @example
 * console.log(await runRegisterStatusBench());
 */
export const runRegisterStatusBench = async (): Promise<string> => {
  const config = benchConfig();
  const s = statusSizes();
  ensureBuilt();
  mkdirSync(OUT_DIR, { recursive: true });
  const url = pgUrl();

  // The base register, once: `base` patients reconciled on each of `nights` dates and ingested in order.
  const nights: Array<ReadonlyArray<string>> = [];
  for (let night = 1; night <= s.nights; night++) {
    const lines: string[] = [];
    for (let i = 0; i < s.base; i++) {
      const p = generateNight(config.seed, i, night, { asOf: config.asOf });
      const o = processLine(JSON.stringify(p.line), i + 1, p.date as IsoDate);
      if (o.kind === 'reconciled') lines.push(JSON.stringify(o.result));
    }
    nights.push(lines);
  }
  const source = (n: number) => ({
    file: `natt-${n}.ndjson`,
    lines: (async function* () {
      let k = 0;
      for (const text of nights[n - 1]!) yield { kind: 'text' as const, number: ++k, end: 0, text };
    })(),
  });

  const rows: string[][] = [];
  for (const patients of s.patients) {
    const copies = Math.ceil(patients / s.base);
    const sqliteFile = fileURLToPath(new URL(`register-status-${s.nights}x${patients}.sqlite`, OUT_DIR));
    for (const f of readdirSync(fileURLToPath(OUT_DIR)).filter((n) => n.startsWith(`register-status-${s.nights}x${patients}.sqlite`))) rmSync(fileURLToPath(new URL(f, OUT_DIR)));
    const targets: Array<{ readonly name: string; readonly db: string; readonly bytes: () => Promise<number>; readonly run: (q: string) => Promise<void> }> = [
      {
        name: 'SQLite',
        db: sqliteFile,
        bytes: async () => sqliteBytes(sqliteFile),
        run: async (q) => {
          const Database = (await import('better-sqlite3')).default;
          const db = new Database(sqliteFile);
          db.exec(q);
          db.close();
        },
      },
    ];
    if (url !== undefined) {
      const schema = await pgSchema(url, `medrec_bench_status_${patients}`);
      targets.push({
        name: 'PostgreSQL',
        ...schema,
        run: async (q) => {
          const c = new pg.Client({ connectionString: schema.db });
          await c.connect();
          await c.query(q);
          await c.query('analyze');
          await c.end();
        },
      });
    }
    for (const t of targets) {
      const opened = await openRegister(t.db);
      if (opened._tag === 'Left') throw new Error(opened.left.message);
      const store = opened.right;
      for (let n = 1; n <= s.nights; n++) {
        const done = await ingest(store, [source(n)]);
        if (done._tag === 'Left') throw new Error(done.left.message);
      }
      await store.close();
      if (copies > 1) for (const q of copySql(copies)) await t.run(q);
      const status = await cli(['register', 'status', '--db', t.db, '--format', 'json']);
      if (status.code !== 0) throw new Error(`register status on ${t.name} exited with ${status.code}`);
      // The former way, in this process: every deviation read page by page and folded.
      const again = await openRegister(t.db);
      if (again._tag === 'Left') throw new Error(again.left.message);
      const cpu0 = process.cpuUsage();
      const t0 = process.hrtime.bigint();
      const { latestRun, patients: held } = await again.right.extent();
      const fold = statusFold(latestRun);
      let deviations = 0;
      for await (const page of again.right.scan()) {
        fold.add(page);
        deviations += page.length;
      }
      const folded = fold.status(held);
      const foldSeconds = Number(process.hrtime.bigint() - t0) / 1e9;
      const used = process.cpuUsage(cpu0);
      const t1 = process.hrtime.bigint();
      const counted = await readStatus(again.right);
      const countSeconds = Number(process.hrtime.bigint() - t1) / 1e9;
      await again.right.close();
      if (JSON.stringify(counted) !== JSON.stringify(folded)) throw new Error(`register status on ${t.name}: counted in SQL and folded in JavaScript differ`);
      rows.push([
        t.name,
        `${s.nights} × ${fmt(held)}`,
        fmt(deviations),
        fmt((await t.bytes()) / 1e6, 0),
        `${fmt(status.seconds, 1)} (CPU ${fmt(status.cpu, 1)})`,
        fmt(countSeconds, 2),
        `${fmt(foldSeconds, 1)} (CPU ${fmt((used.user + used.system) / 1e6, 1)})`,
        fmt(foldSeconds / countSeconds, 1),
      ]);
      console.error(`register-status: ${rows.at(-1)!.join(' | ')}`);
    }
  }
  return [
    '## `register status` at scale',
    '',
    `A register of ${fmt(s.base)} generated patients reconciled and ingested night by night for ${s.nights} nights, copied under new ids (SQL INSERT … SELECT) to each size. \`register status\` counts in SQL (grouped queries); "folded" is the former way: every deviation read page by page and folded in JavaScript (both give the same status, checked). Goal (issue 17): under 5 s at 30 nights × 100 000 patients. The CLI's CPU does not count the database server's. Load average at the end: ${loadavg()
      .map((l) => l.toFixed(1))
      .join(' / ')} on ${availableParallelism()} cores.`,
    '',
    table(['database', 'nights × patients', 'deviations', 'size (MB)', 'register status, CLI (s)', 'counted in SQL, in-process (s)', 'folded in JS, in-process (s)', 'folded / counted'], rows),
  ].join('\n');
};
