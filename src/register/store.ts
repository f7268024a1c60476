import type { DeviationRow, PatientRow, PatientState } from './row';
import type { StatusTally, StatusThresholds } from './status';

/**
 * What ingest may do inside its one transaction: read the register's part of some patients, and
 * write changed patient and deviation rows (inserted or replaced by their keys).
 */
export interface RegisterTransaction {
  readonly load: (patientIds: ReadonlyArray<string>) => Promise<ReadonlyMap<string, PatientState>>;
  readonly save: (patients: ReadonlyArray<PatientRow>, deviations: ReadonlyArray<DeviationRow>) => Promise<void>;
}

/** Which deviations a scan reads: all, or one municipality's. */
export interface ScanFilter {
  readonly municipality?: string;
}

/**
 * The register's store (registrets lagring) behind which the database sits: the only place with I/O.
 * `transaction` runs its function in one transaction serialised against every other ingest (SQLite:
 * BEGIN IMMEDIATE with a busy timeout; PostgreSQL: an advisory transaction lock) and commits only if
 * it resolves: a failure or a killed process leaves the register as it was. `scan` reads deviations
 * page by page, in key order, so memory stays flat; `statusTallies` lets the database do the counting.
 *
 * @example
 * const store = await openRegister('register.sqlite'); // right(store)
 * await store.transaction(async (tx) => tx.save(patients, deviations));
 * for await (const page of store.scan({ municipality: 'Karlstad' })) count += page.length;
 */
export interface RegisterStore {
  readonly kind: 'sqlite' | 'postgres';
  /** Where the register is, for messages: the file, or the server and database without the password. */
  readonly where: string;
  readonly transaction: <T>(work: (tx: RegisterTransaction) => Promise<T>) => Promise<T>;
  readonly scan: (filter?: ScanFilter, pageSize?: number) => AsyncIterable<ReadonlyArray<DeviationRow>>;
  /** The date of the latest run in the register and how many patients it holds. */
  readonly extent: () => Promise<{ readonly latestRun: string | null; readonly patients: number }>;
  /** What a status counts, counted by the database (one grouped query: tallies back, never every deviation). */
  readonly statusTallies: (thresholds: StatusThresholds) => Promise<ReadonlyArray<StatusTally>>;
  readonly close: () => Promise<void>;
}
