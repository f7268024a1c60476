import { readFileSync } from 'node:fs';
import type { CliIo } from '../../src/cli';

/**
 * A CliIo that reads real files but writes into memory, so commands run in tests without touching disk.
 * `files` are in-memory files read before the disk.
 */
export const memoryIo = (files: Readonly<Record<string, string>> = {}) => {
  const written = new Map<string, string>(Object.entries(files));
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = {
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
    stdout: (text) => void out.push(text),
    stderr: (text) => void err.push(text),
  };
  return { io, written, stdout: () => out.join(''), stderr: () => err.join('') };
};
