import { statusFold, type RegisterStatus } from './status';
import type { RegisterStore } from './store';

/**
 * Reads the register's status from its store: one pass over the deviations, page by page.
 *
 * @example
 * const status = await readStatus(store); // { format: 'medrec-register-status', asOf: '2026-11-22', totals: { open: 412, … }, … }
 */
export const readStatus = async (store: RegisterStore): Promise<RegisterStatus> => {
  const { latestRun, patients } = await store.extent();
  const fold = statusFold(latestRun);
  for await (const page of store.scan()) fold.add(page);
  return fold.status(patients);
};
