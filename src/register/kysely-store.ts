import * as E from 'fp-ts/lib/Either.js';
import { existsSync } from 'node:fs';
import { Kysely, Migrator, PostgresDialect, SqliteDialect, sql, type Insertable, type Selectable, type Transaction } from 'kysely';
import { redactPersonnummer, type IsoDate } from '../model';
import type { DecisionFacts, DeviationRow, PatientRow, PatientState } from './row';
import { LATEST_MIGRATION, MIGRATIONS, type RegisterTables } from './schema';
import { STATUS_RISK_BANDS, type StatusTally, type StatusThresholds } from './status';
import type { RegisterStore, RegisterTransaction, ScanFilter } from './store';

/** Why a register could not be opened: the database is newer than this medrec, or could not be reached or created. */
export interface RegisterOpenError {
  readonly kind: 'newer-schema' | 'unreachable';
  readonly message: string;
}

/** Options of `openRegister`: how long an ingest waits for another to finish (SQLite's busy timeout), and whether the register must exist. */
export interface OpenOptions {
  readonly busyTimeoutMs?: number;
  /** Refuse a SQLite file that does not exist yet (reading a register never creates one). */
  readonly mustExist?: boolean;
}

/** The advisory lock every PostgreSQL ingest takes: one writer at a time. */
const PG_LOCK = 17_170_017;
/** Rows per INSERT: well under SQLite's 32 766 and PostgreSQL's 65 535 parameters with 22 columns. */
const ROWS_PER_INSERT = 400;
/** Patient ids per IN list when loading. */
const IDS_PER_SELECT = 500;

type Db = Kysely<RegisterTables>;
type Executor = Db | Transaction<RegisterTables>;
type DeviationRecord = Selectable<RegisterTables['register_deviation']>;

const isPostgres = (db: string): boolean => /^postgres(ql)?:\/\//iu.test(db);

/**
 * Where a database is, for messages: a SQLite file as given; a PostgreSQL URL without user and password.
 *
 * @example
 * shownDatabase('postgres://medrec:secret@db.example/register') // 'postgres://db.example/register'
 */
export const shownDatabase = (db: string): string => {
  if (!isPostgres(db)) return db;
  try {
    const u = new URL(db);
    return `${u.protocol}//${decodeURIComponent(u.host)}${u.pathname}`;
  } catch {
    return 'postgres://(oläslig adress)';
  }
};

const chunks = <T>(xs: ReadonlyArray<T>, size: number): ReadonlyArray<ReadonlyArray<T>> => {
  const out: T[][] = [];
  for (let i = 0; i < xs.length; i += size) out.push(xs.slice(i, i + size));
  return out;
};

const toRecord = (r: DeviationRow): Insertable<RegisterTables['register_deviation']> => ({
  patient_id: r.patientId,
  key: r.key,
  kind: r.kind,
  drug: r.drug,
  first_seen: r.firstSeen,
  last_seen: r.lastSeen,
  opened_on: r.openedOn,
  resolved_on: r.resolvedOn,
  reopened: r.reopened,
  risk_band: r.riskBand,
  serious: r.serious ? 1 : 0,
  category: r.category,
  unit: r.unit,
  municipality: r.municipality,
  run_id: r.runId,
  text: r.text,
  action: r.action,
  decision: r.decision?.choice ?? null,
  decided_by: r.decision?.decidedBy ?? null,
  decided_role: r.decision?.role ?? null,
  decided_at: r.decision?.decidedAt ?? null,
  decision_comment: r.decision?.comment ?? null,
});

const CHOICES = new Set(['cosmic', 'pascal', 'neither', 'stop', 'keep']);

const fromRecord = (r: DeviationRecord): DeviationRow => {
  const decision: DecisionFacts | null =
    r.decision !== null && CHOICES.has(r.decision) && r.decided_by !== null && r.decided_at !== null
      ? { choice: r.decision as DecisionFacts['choice'], decidedBy: r.decided_by, role: r.decided_role, decidedAt: r.decided_at, comment: r.decision_comment }
      : null;
  return {
    patientId: r.patient_id,
    key: r.key,
    kind: r.kind,
    drug: r.drug,
    firstSeen: r.first_seen as IsoDate,
    lastSeen: r.last_seen as IsoDate,
    openedOn: r.opened_on as IsoDate,
    resolvedOn: r.resolved_on as IsoDate | null,
    reopened: Number(r.reopened),
    riskBand: r.risk_band,
    serious: Number(r.serious) === 1,
    category: r.category,
    unit: r.unit,
    municipality: r.municipality,
    runId: r.run_id,
    text: r.text,
    action: r.action,
    decision,
  };
};

const DEVIATION_COLUMNS = Object.keys(toRecord({ decision: null } as unknown as DeviationRow)) as ReadonlyArray<keyof RegisterTables['register_deviation']>;

const transactionOn = (ex: Executor): RegisterTransaction => ({
  load: async (patientIds) => {
    const states = new Map<string, { patient: PatientRow; deviations: Map<string, DeviationRow> }>();
    for (const ids of chunks([...new Set(patientIds)], IDS_PER_SELECT)) {
      const patients = await ex.selectFrom('register_patient').selectAll().where('patient_id', 'in', ids).execute();
      for (const p of patients) states.set(p.patient_id, { patient: { patientId: p.patient_id, lastRun: p.last_run as IsoDate, unit: p.unit, municipality: p.municipality }, deviations: new Map() });
      const deviations = await ex.selectFrom('register_deviation').selectAll().where('patient_id', 'in', ids).execute();
      for (const d of deviations) states.get(d.patient_id)?.deviations.set(d.key, fromRecord(d));
    }
    return states as ReadonlyMap<string, PatientState>;
  },
  save: async (patients, deviations) => {
    for (const rows of chunks(patients, ROWS_PER_INSERT)) {
      await ex
        .insertInto('register_patient')
        .values(rows.map((p) => ({ patient_id: p.patientId, last_run: p.lastRun, unit: p.unit, municipality: p.municipality })))
        .onConflict((oc) =>
          oc.column('patient_id').doUpdateSet((eb) => ({ last_run: eb.ref('excluded.last_run'), unit: eb.ref('excluded.unit'), municipality: eb.ref('excluded.municipality') })),
        )
        .execute();
    }
    for (const rows of chunks(deviations, ROWS_PER_INSERT)) {
      await ex
        .insertInto('register_deviation')
        .values(rows.map(toRecord))
        .onConflict((oc) =>
          oc.columns(['patient_id', 'key']).doUpdateSet((eb) =>
            Object.fromEntries(DEVIATION_COLUMNS.filter((c) => c !== 'patient_id' && c !== 'key').map((c) => [c, eb.ref(`excluded.${c}`)])),
          ),
        )
        .execute();
    }
  },
});

/**
 * Applies the migrations this medrec knows; refuses a database that has applied one it does not know.
 * On PostgreSQL the migration tables live in the connection's current schema (its search_path), so
 * that registers in other schemas of the same database never mix.
 */
const migrate = async (db: Db, kind: 'sqlite' | 'postgres'): Promise<E.Either<RegisterOpenError, void>> => {
  const schema = kind === 'postgres' ? (await sql<{ s: string }>`select current_schema() as s`.execute(db)).rows[0]?.s : undefined;
  const tables = await db.introspection.getTables({ withInternalKyselyTables: true });
  if (tables.some((t) => t.name === 'kysely_migration' && (schema === undefined || t.schema === schema))) {
    const applied = await (schema === undefined ? db : db.withSchema(schema)).selectFrom('kysely_migration' as never).select(sql<string>`name`.as('name')).execute();
    const unknown = applied.map((r) => r.name).filter((n) => !Object.hasOwn(MIGRATIONS, n));
    if (unknown.length > 0) {
      return E.left({
        kind: 'newer-schema',
        message: `registret är skrivet av en nyare medrec (schemaversion ${[...unknown].sort().at(-1)}; den här medrec känner till ${LATEST_MIGRATION}): uppgradera medrec, registret lämnas orört`,
      });
    }
  }
  const migrator = new Migrator({ db, provider: { getMigrations: async () => MIGRATIONS }, ...(schema === undefined ? {} : { migrationTableSchema: schema }) });
  const { error } = await migrator.migrateToLatest();
  if (error !== undefined) return E.left({ kind: 'unreachable', message: `registrets schema kunde inte uppdateras: ${redactPersonnummer(error instanceof Error ? error.message : String(error))}` });
  return E.right(undefined);
};

/** A tally row as the database returns it (PostgreSQL gives counts as text: bigint). */
type TallyRecord = {
  readonly municipality: string | null;
  readonly unit: string | null;
  readonly kind: string;
  readonly month: string;
  readonly days: number | string | null;
  readonly age: number | string | null;
  readonly n: number | string;
  readonly reopened: number | string;
  readonly over7: number | string;
  readonly serious3: number | string;
} & Readonly<Record<`band${number}`, number | string>>;

/**
 * What a status counts, in one grouped scan of the deviations: by municipality, care unit, kind,
 * month of first sight, days to resolution and age band. Dates are `YYYY-MM-DD` text on both
 * databases, so ages are text comparisons with the thresholds; only the days between two dates are
 * dialect-specific (julianday in SQLite, date subtraction in PostgreSQL).
 */
const statusTalliesOn = async (db: Db, kind: 'sqlite' | 'postgres', t: StatusThresholds): Promise<ReadonlyArray<StatusTally>> => {
  const days = kind === 'sqlite' ? sql`cast(julianday(resolved_on) - julianday(opened_on) as integer)` : sql`(cast(resolved_on as date) - cast(opened_on as date))`;
  const bands = sql.join(t.ageBandsFrom.map((from, k) => sql`when opened_on >= ${from} then ${sql.lit(k)}`), sql` `);
  const open = sql`resolved_on is null`;
  const q = sql<TallyRecord>`select municipality, unit, kind, substr(first_seen, 1, 7) as month, ${days} as days,
    case when resolved_on is not null then null ${bands} else ${sql.lit(t.ageBandsFrom.length)} end as age,
    ${sql.join([
      sql`count(*) as n`,
      sql`sum(case when reopened > 0 then 1 else 0 end) as reopened`,
      sql`sum(case when ${open} and opened_on < ${t.over7} then 1 else 0 end) as over7`,
      sql`sum(case when ${open} and serious = 1 and opened_on < ${t.over3} then 1 else 0 end) as serious3`,
      ...STATUS_RISK_BANDS.map((band, k) => sql`sum(case when ${open} and risk_band = ${band} then 1 else 0 end) as ${sql.raw(`band${k}`)}`),
    ])}
    from register_deviation group by 1, 2, 3, 4, 5, 6`;
  return (await q.execute(db)).rows.map((r) => ({
    municipality: r.municipality,
    unit: r.unit,
    kind: r.kind,
    month: r.month,
    days: r.days === null ? null : Number(r.days),
    age: r.age === null ? null : Number(r.age),
    deviations: Number(r.n),
    reopened: Number(r.reopened),
    openOver7Days: Number(r.over7),
    seriousOpenOver3Days: Number(r.serious3),
    openByRiskBand: new Map(STATUS_RISK_BANDS.map((band, k) => [band, Number(r[`band${k}`])])),
  }));
};

const storeOn = (db: Db, kind: 'sqlite' | 'postgres', where: string): RegisterStore => ({
  kind,
  where,
  transaction: (work) =>
    db.connection().execute(async (conn) => {
      if (kind === 'sqlite') await sql`begin immediate`.execute(conn);
      else {
        await sql`begin`.execute(conn);
        await sql`select pg_advisory_xact_lock(${PG_LOCK})`.execute(conn);
      }
      try {
        const result = await work(transactionOn(conn));
        await sql`commit`.execute(conn);
        return result;
      } catch (e) {
        await sql`rollback`.execute(conn).catch(() => undefined);
        throw e;
      }
    }),
  scan: (filter: ScanFilter = {}, pageSize = 20_000) => ({
    async *[Symbol.asyncIterator]() {
      let after: readonly [string, string] | null = null;
      for (;;) {
        let q = db.selectFrom('register_deviation').selectAll();
        if (filter.municipality !== undefined) q = q.where('municipality', '=', filter.municipality);
        if (after !== null) {
          const [p, k] = after;
          q = q.where((eb) => eb(eb.refTuple('patient_id', 'key'), '>', eb.tuple(p, k)));
        }
        const page = await q.orderBy('patient_id').orderBy('key').limit(pageSize).execute();
        if (page.length === 0) return;
        yield page.map(fromRecord);
        const last = page[page.length - 1]!;
        after = [last.patient_id, last.key];
        if (page.length < pageSize) return;
      }
    },
  }),
  extent: async () => {
    const r = await db
      .selectFrom('register_patient')
      .select((eb) => [eb.fn.max('last_run').as('latest'), eb.fn.countAll().as('patients')])
      .executeTakeFirst();
    return { latestRun: r?.latest ?? null, patients: Number(r?.patients ?? 0) };
  },
  statusTallies: (thresholds) => statusTalliesOn(db, kind, thresholds),
  close: () => db.destroy(),
});

/**
 * Opens the register at `db`: a SQLite file (created when missing; WAL journal) or a PostgreSQL URL
 * (`postgres://…`). Applies the migrations on open; a database written by a newer medrec is refused
 * with a message saying so, and left untouched. The drivers are loaded only when used.
 *
 * @example
 * const opened = await openRegister('register.sqlite');
 * if (E.isRight(opened)) await opened.right.close();
 */
export const openRegister = async (db: string, options: OpenOptions = {}): Promise<E.Either<RegisterOpenError, RegisterStore>> => {
  const where = shownDatabase(db);
  let kysely: Db;
  let kind: 'sqlite' | 'postgres';
  try {
    if (isPostgres(db)) {
      const pg = (await import('pg')).default;
      kind = 'postgres';
      kysely = new Kysely<RegisterTables>({ dialect: new PostgresDialect({ pool: new pg.Pool({ connectionString: db, max: 2 }) }) });
      await sql`select 1`.execute(kysely);
    } else {
      if (options.mustExist === true && !existsSync(db)) return E.left({ kind: 'unreachable', message: `registret ${where} finns inte (det skapas av medrec register ingest)` });
      const Database = (await import('better-sqlite3')).default;
      const database = new Database(db, { timeout: options.busyTimeoutMs ?? 10 * 60_000 });
      database.pragma('journal_mode = WAL');
      database.pragma('synchronous = NORMAL');
      kind = 'sqlite';
      kysely = new Kysely<RegisterTables>({ dialect: new SqliteDialect({ database }) });
    }
  } catch (e) {
    return E.left({ kind: 'unreachable', message: `registret ${where} kunde inte öppnas: ${redactPersonnummer(e instanceof Error ? e.message : String(e))}` });
  }
  try {
    const migrated = await migrate(kysely, kind);
    if (E.isLeft(migrated)) {
      await kysely.destroy();
      return E.left({ ...migrated.left, message: `${where}: ${migrated.left.message}` });
    }
  } catch (e) {
    await kysely.destroy().catch(() => undefined);
    return E.left({ kind: 'unreachable', message: `registret ${where} kunde inte öppnas: ${redactPersonnummer(e instanceof Error ? e.message : String(e))}` });
  }
  return E.right(storeOn(kysely, kind, where));
};
