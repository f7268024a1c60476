#!/usr/bin/env node
// The `medrec` executable: the only place that touches the real process.
import { processIo } from './io';
import { run } from './run';

void Promise.resolve(run(process.argv.slice(2), processIo)).then((code) => {
  process.exitCode = code;
});
