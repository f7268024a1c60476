import * as fs from 'node:fs';
import * as path from 'node:path';

/**
 * What a command may do to the outside world. The real one touches files and streams; tests pass
 * their own to run commands without a process.
 */
export interface CliIo {
  /** Reads a whole text file, or says why it cannot (never throws). */
  readonly readText: (path: string) => { readonly ok: true; readonly text: string } | { readonly ok: false; readonly error: string };
  /** Writes a whole text file (creating its folder), or says why it cannot (never throws). */
  readonly writeText: (path: string, text: string) => { readonly ok: true } | { readonly ok: false; readonly error: string };
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
}

const reason = (e: unknown): string => {
  const code = (e as NodeJS.ErrnoException).code;
  return code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : code === 'EACCES' ? 'permission denied' : code === 'ENOTDIR' ? 'a parent is not a directory' : 'cannot be written';
};

/**
 * The process's own I/O: files from disk, text to stdout and stderr.
 *
 * @example
 * const code = run(process.argv.slice(2), processIo);
 */
export const processIo: CliIo = {
  readText: (path) => {
    try {
      return { ok: true, text: fs.readFileSync(path, 'utf8') };
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      return { ok: false, error: code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : code === 'EACCES' ? 'permission denied' : 'cannot be read' };
    }
  },
  writeText: (file, text) => {
    try {
      fs.mkdirSync(path.dirname(file), { recursive: true });
      fs.writeFileSync(file, text, 'utf8');
      return { ok: true };
    } catch (e) {
      return { ok: false, error: reason(e) };
    }
  },
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
};
