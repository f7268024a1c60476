import * as E from 'fp-ts/lib/Either.js';
import { afterAll, describe, expect, it } from 'vitest';
import { ingest, readStatus, type DeviationRow, type RegisterStore } from '../../src/register';
import { BACKENDS, PG_URL, dump, open } from './backends';
import { expectedRegister, reconciledNights, source } from './nights';

// 30 patients over 4 nights: about 300 deviations, corrections, new ones and reopenings.
const NIGHTS = () => reconciledNights(17, 30, 4);

const ingestNight = async (db: string, nights: ReadonlyArray<number>, options: { chunkSize?: number } = {}) => {
  const store = await open(db);
  try {
    const done = await ingest(
      store,
      nights.map((n) => source(`natt-${n}.ndjson`, NIGHTS()[n - 1]!.results)),
      options,
    );
    if (E.isLeft(done)) throw new Error(done.left.message);
    return done.right;
  } finally {
    await store.close();
  }
};

const rowsOf = async (db: string): Promise<ReadonlyArray<DeviationRow>> => (JSON.parse(await dump(db)) as { rows: DeviationRow[] }).rows;

describe('the register under CI', () => {
  it('runs on PostgreSQL too (MEDREC_TEST_PG is set by .ci/run)', () => {
    if (PG_URL === undefined || PG_URL === '') {
      if (process.env.CI === 'true') throw new Error('MEDREC_TEST_PG is not set under CI: .ci/run starts a PostgreSQL cluster for the register suite');
      console.warn('register: MEDREC_TEST_PG is not set; the register suite runs on SQLite only (set MEDREC_TEST_PG=postgres://… to run it on PostgreSQL)');
    }
    expect(BACKENDS.length).toBeGreaterThanOrEqual(1);
  });
});

describe.each(BACKENDS)('the register on $name', (backend) => {
  const stores: RegisterStore[] = [];
  afterAll(async () => {
    for (const s of stores) await s.close().catch(() => undefined);
  });

  // Every test reconciles synthetic patients (once, cached) and opens real databases: generous bounds for a shared machine.
  it('ingesting nights 1..K in order gives the truth: first seen, resolved on and reopened for every deviation', async () => {
    const db = await backend.fresh();
    for (const n of [1, 2, 3, 4]) await ingestNight(db, [n]);
    const expected = expectedRegister(NIGHTS());
    const rows = await rowsOf(db);
    expect(rows.length).toBe(expected.size);
    for (const r of rows) {
      const e = expected.get(`${r.patientId}|${r.key}`);
      expect(e, `${r.patientId}|${r.key}`).toBeDefined();
      expect({ firstSeen: r.firstSeen, openedOn: r.openedOn, resolvedOn: r.resolvedOn, reopened: r.reopened }).toEqual(e);
    }
    expect(rows.some((r) => r.reopened > 0)).toBe(true);
    expect(rows.some((r) => r.resolvedOn !== null)).toBe(true);
    expect(rows.every((r) => r.municipality !== null && r.unit !== null)).toBe(true);
  }, 120_000);

  it('status counts opened, resolved and reopened deviations and days to resolution as the truth does', async () => {
    const db = await backend.fresh();
    await ingestNight(db, [1, 2, 3, 4]);
    const expected = [...expectedRegister(NIGHTS()).values()];
    const store = await open(db);
    stores.push(store);
    const status = await readStatus(store);
    const days = expected.filter((e) => e.resolvedOn !== null).map((e) => (Date.parse(e.resolvedOn!) - Date.parse(e.openedOn)) / 86_400_000).sort((a, b) => a - b);
    expect(status.asOf).toBe(NIGHTS()[3]!.date);
    expect(status.patients).toBe(30);
    expect(status.totals.deviations).toBe(expected.length);
    expect(status.totals.resolved).toBe(days.length);
    expect(status.totals.open).toBe(expected.length - days.length);
    expect(status.totals.reopened).toBe(expected.filter((e) => e.reopened > 0).length);
    expect(status.totals.medianDaysToResolution).toBe(days[Math.ceil(days.length / 2) - 1]);
    expect(status.totals.p90DaysToResolution).toBe(days[Math.ceil(days.length * 0.9) - 1]);
    expect(status.byMunicipality.reduce((s, m) => s + m.deviations, 0)).toBe(expected.length);
    expect(status.byKind.reduce((s, m) => s + m.open, 0)).toBe(status.totals.open);
    expect(status.openByAge.reduce((s, a) => s + a.total, 0)).toBe(status.totals.open);
  }, 120_000);

  it('ingesting a night twice, or nights split across two runs one after the other, gives the same register', async () => {
    const once = await backend.fresh();
    await ingestNight(once, [1, 2, 3]);
    const twice = await backend.fresh();
    await ingestNight(twice, [1, 2]);
    const again = await ingestNight(twice, [2]);
    expect(again).toMatchObject({ opened: 0, resolved: 0, reopened: 0 });
    await ingestNight(twice, [3]);
    await ingestNight(twice, [3]);
    await ingestNight(twice, [1]); // an older night changes nothing
    expect(await dump(twice)).toBe(await dump(once));
  }, 120_000);

  it('a patient absent from a run changes nothing', async () => {
    const db = await backend.fresh();
    await ingestNight(db, [1]);
    const before = (await rowsOf(db)).filter((r) => r.patientId >= 'SYN-0000016');
    const store = await open(db);
    try {
      const half = NIGHTS()[1]!.results.filter((l) => (JSON.parse(l) as { patient: { id: string } }).patient.id < 'SYN-0000016');
      const done = await ingest(store, [source('natt-2-halv.ndjson', half)]);
      expect(E.isRight(done) && done.right.patients).toBe(15);
    } finally {
      await store.close();
    }
    const after = (await rowsOf(db)).filter((r) => r.patientId >= 'SYN-0000016');
    expect(after).toEqual(before);
  }, 120_000);

  it('a failure midway leaves the register exactly as it was', async () => {
    const db = await backend.fresh();
    await ingestNight(db, [1]);
    const before = await dump(db);
    const store = await open(db);
    let saves = 0;
    const failing: RegisterStore = {
      ...store,
      transaction: (work) =>
        store.transaction((tx) =>
          work({
            ...tx,
            save: async (p, d) => {
              await tx.save(p, d);
              if (++saves === 2) throw new Error('injected failure after the second chunk');
            },
          }),
        ),
    };
    const done = await ingest(failing, [source('natt-2.ndjson', NIGHTS()[1]!.results)], { chunkSize: 7 });
    await store.close();
    expect(E.isLeft(done)).toBe(true);
    expect(E.isLeft(done) && done.left.message).toMatch(/oförändrat: injected failure/u);
    expect(await dump(db)).toBe(before);
  }, 120_000);

  it('refuses a register written by a newer medrec, with a clear message, and leaves it alone', async () => {
    const db = await backend.fresh();
    const store = await open(db);
    await store.close();
    const { sql, Kysely, SqliteDialect, PostgresDialect } = await import('kysely');
    const k =
      backend.name === 'sqlite'
        ? new Kysely<unknown>({ dialect: new SqliteDialect({ database: new (await import('better-sqlite3')).default(db) }) })
        : new Kysely<unknown>({ dialect: new PostgresDialect({ pool: new (await import('pg')).default.Pool({ connectionString: db, max: 1 }) }) });
    await sql`insert into kysely_migration (name, timestamp) values ('9999-from-the-future', '2030-01-01T00:00:00.000Z')`.execute(k);
    await k.destroy();
    const { openRegister } = await import('../../src/register');
    const refused = await openRegister(db);
    expect(E.isLeft(refused) && refused.left.kind).toBe('newer-schema');
    expect(E.isLeft(refused) && refused.left.message).toMatch(/nyare medrec.*9999-from-the-future.*uppgradera medrec/u);
  }, 120_000);
});
