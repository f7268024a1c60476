import { readFileSync } from 'node:fs';
import type { CliIo } from '../../src/cli';

/** An I/O record over in-memory files (and, for paths not given, the real disk), collecting what is printed. */
export const fakeIo = (files: Readonly<Record<string, string>> = {}) => {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = {
    readText: (path) => {
      const text = files[path];
      if (text !== undefined) return { ok: true, text };
      try {
        return { ok: true, text: readFileSync(path, 'utf8') };
      } catch {
        return { ok: false, error: 'no such file' };
      }
    },
    stdout: (text) => void out.push(text),
    stderr: (text) => void err.push(text),
  };
  return { io, stdout: () => out.join(''), stderr: () => err.join('') };
};
