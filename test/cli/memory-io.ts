import { readFileSync } from 'node:fs';
import type { CliIo } from '../../src/cli';
import { testIo } from './test-io';

/**
 * A CliIo that reads real files but writes whole files into memory, so commands run in tests without
 * touching disk. `files` are in-memory files read before the disk. Streams and the rest are `testIo`'s.
 */
export const memoryIo = (files: Readonly<Record<string, string>> = {}) => {
  const base = testIo();
  const written = new Map<string, string>(Object.entries(files));
  const io: CliIo = {
    ...base.io,
    readText: (path) => {
      if (written.has(path)) return { ok: true, text: written.get(path)! };
      try {
        return { ok: true, text: readFileSync(path, 'utf8') };
      } catch {
        return { ok: false, error: 'no such file' };
      }
    },
    writeText: (path, text) => {
      if (path.startsWith('/unwritable/')) return { ok: false, error: 'permission denied' };
      written.set(path, text);
      return { ok: true };
    },
    makeDir: (path) => (path.startsWith('/unwritable/') ? { ok: false, error: 'permission denied' } : { ok: true, created: false }),
  };
  return { io, written, stdout: base.out, stderr: base.err };
};
