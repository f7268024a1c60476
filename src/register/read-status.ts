import { statusOfTallies, statusThresholds, type RegisterStatus } from './status';
import type { RegisterStore } from './store';

/**
 * Reads the register's status from its store: the database counts (grouped queries over the
 * deviations), medrec only adds the tallies up; the same status as folding every deviation.
 *
 * @example
 * const status = await readStatus(store); // { format: 'medrec-register-status', asOf: '2026-11-22', totals: { open: 412, … }, … }
 */
export const readStatus = async (store: RegisterStore): Promise<RegisterStatus> => {
  const { latestRun, patients } = await store.extent();
  return statusOfTallies(latestRun, patients, await store.statusTallies(statusThresholds(latestRun)));
};
