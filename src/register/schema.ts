import type { Kysely, Migration } from 'kysely';

/** The register's tables as Kysely sees them (dates are `YYYY-MM-DD` text, booleans 0/1, on both databases). */
export interface RegisterTables {
  register_patient: {
    patient_id: string;
    last_run: string;
    unit: string | null;
    municipality: string | null;
  };
  register_deviation: {
    patient_id: string;
    key: string;
    kind: string;
    drug: string;
    first_seen: string;
    last_seen: string;
    opened_on: string;
    resolved_on: string | null;
    reopened: number;
    risk_band: string;
    serious: number;
    category: string;
    unit: string | null;
    municipality: string | null;
    run_id: string;
    text: string;
    action: string | null;
    decision: string | null;
    decided_by: string | null;
    decided_role: string | null;
    decided_at: string | null;
    decision_comment: string | null;
  };
}

/**
 * The register's migrations, in order: applied on open (Kysely's migrator, one table of applied
 * names), written once through Kysely's schema builder for SQLite and PostgreSQL alike. Add a new
 * migration at the end with the next number; never change one that has shipped.
 */
export const MIGRATIONS: Readonly<Record<string, Migration>> = {
  '0001-register': {
    up: async (db: Kysely<unknown>) => {
      await db.schema
        .createTable('register_patient')
        .addColumn('patient_id', 'text', (c) => c.primaryKey())
        .addColumn('last_run', 'text', (c) => c.notNull())
        .addColumn('unit', 'text')
        .addColumn('municipality', 'text')
        .execute();
      await db.schema
        .createTable('register_deviation')
        .addColumn('patient_id', 'text', (c) => c.notNull())
        .addColumn('key', 'text', (c) => c.notNull())
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('drug', 'text', (c) => c.notNull())
        .addColumn('first_seen', 'text', (c) => c.notNull())
        .addColumn('last_seen', 'text', (c) => c.notNull())
        .addColumn('opened_on', 'text', (c) => c.notNull())
        .addColumn('resolved_on', 'text')
        .addColumn('reopened', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('risk_band', 'text', (c) => c.notNull())
        .addColumn('serious', 'integer', (c) => c.notNull())
        .addColumn('category', 'text', (c) => c.notNull())
        .addColumn('unit', 'text')
        .addColumn('municipality', 'text')
        .addColumn('run_id', 'text', (c) => c.notNull())
        .addColumn('text', 'text', (c) => c.notNull())
        .addColumn('action', 'text')
        .addColumn('decision', 'text')
        .addColumn('decided_by', 'text')
        .addColumn('decided_role', 'text')
        .addColumn('decided_at', 'text')
        .addColumn('decision_comment', 'text')
        .addPrimaryKeyConstraint('register_deviation_pk', ['patient_id', 'key'])
        .execute();
      await db.schema.createIndex('register_deviation_municipality').on('register_deviation').columns(['municipality', 'resolved_on']).execute();
    },
  },
};

/** The newest schema this medrec knows: the last migration's name. */
export const LATEST_MIGRATION = Object.keys(MIGRATIONS).sort().at(-1)!;
