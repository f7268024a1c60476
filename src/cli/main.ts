#!/usr/bin/env node
// The `medrec` executable: the only place that touches the real process.
import { EXIT } from './exit-codes';
import { outputFailure, processIo } from './io';
import { run } from './run';

void Promise.resolve(run(process.argv.slice(2), processIo)).then(async (code) => {
  // Standard output may fail after the command returned (a full disk, a closed pipe): exit 3, said out loud.
  const failure = await outputFailure();
  if (failure !== undefined) processIo.stderr(`medrec: standard ut kunde inte skrivas: ${failure}\n`);
  process.exitCode = failure !== undefined ? EXIT.failed : code;
});
