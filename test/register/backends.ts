import * as E from 'fp-ts/lib/Either.js';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { openRegister, type DeviationRow, type RegisterStore } from '../../src/register';

/**
 * The databases the register suite runs on: SQLite always; PostgreSQL when MEDREC_TEST_PG names a
 * server (`.ci/run` starts a throwaway one). Each `fresh()` is an empty register: a new SQLite file,
 * or a new schema on the server (through the connection's search_path).
 */
export interface Backend {
  readonly name: 'sqlite' | 'postgres';
  readonly fresh: () => Promise<string>;
}

export const PG_URL = process.env.MEDREC_TEST_PG;

let counter = 0;

const sqlite: Backend = {
  name: 'sqlite',
  fresh: async () => join(mkdtempSync(join(tmpdir(), 'medrec-register-')), 'register.sqlite'),
};

const postgres = (url: string): Backend => ({
  name: 'postgres',
  fresh: async () => {
    const schema = `medrec_test_${process.pid}_${Date.now().toString(36)}_${++counter}`;
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    await client.query(`create schema ${schema}`);
    await client.end();
    const u = new URL(url);
    u.searchParams.set('options', `-c search_path=${schema}`);
    return u.toString();
  },
});

/** The backends to run on here. */
export const BACKENDS: ReadonlyArray<Backend> = PG_URL === undefined || PG_URL === '' ? [sqlite] : [sqlite, postgres(PG_URL)];

/** Opens a register or fails the test with the reason. */
export const open = async (db: string): Promise<RegisterStore> => {
  const opened = await openRegister(db);
  if (E.isLeft(opened)) throw new Error(opened.left.message);
  return opened.right;
};

/** Every deviation of a register, in key order, as plain JSON: two registers are the same when their dumps are. */
export const dump = async (db: string): Promise<string> => {
  const store = await open(db);
  try {
    const rows: DeviationRow[] = [];
    for await (const page of store.scan({}, 97)) rows.push(...page);
    const extent = await store.extent();
    return JSON.stringify({ extent, rows });
  } finally {
    await store.close();
  }
};
