/**
 * The command-line interface: `medrec reconcile …`. Commands are functions of their arguments and an
 * I/O record, so they run in tests without a process.
 */
export { run } from './run';
export { processIo, type CliIo } from './io';
export { EXIT } from './exit-codes';
