import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { processIo, type CliIo } from '../../src/cli/io';

/** A CLI I/O for tests: real files, captured standard out and error, not a terminal, two cores. */
export const testIo = (): { readonly io: CliIo; readonly out: () => string; readonly err: () => string } => {
  let out = '';
  let err = '';
  const io: CliIo = {
    ...processIo,
    stdout: (t) => {
      out += t;
    },
    stderr: (t) => {
      err += t;
    },
    stderrIsTTY: false,
    progressStream: new PassThrough(),
    cpuCount: 2,
  };
  return { io, out: () => out, err: () => err };
};

/** A fresh temporary directory; `at(name)` is a path in it. */
export const tempDir = (): { readonly at: (name: string) => string } => {
  const dir = mkdtempSync(join(tmpdir(), 'medrec-cli-'));
  return { at: (name) => join(dir, name) };
};
