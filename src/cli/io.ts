import * as fs from 'node:fs';
import * as os from 'node:os';
import type { Readable, Writable } from 'node:stream';

/** An input opened for streaming, with its size in bytes where known (a file, not a pipe). */
export type OpenedInput = { readonly ok: true; readonly stream: Readable; readonly size?: number } | { readonly ok: false; readonly error: string };

/** An output opened for streaming; `close` ends it and waits until everything is written. */
export type OpenedOutput =
  | { readonly ok: true; readonly stream: Writable; readonly close: () => Promise<void> }
  | { readonly ok: false; readonly error: string };

/**
 * What a command may do to the outside world. The real one touches files and streams; tests pass
 * their own to run commands without a process.
 */
export interface CliIo {
  /** Reads a whole text file, or says why it cannot (never throws). */
  readonly readText: (path: string) => { readonly ok: true; readonly text: string } | { readonly ok: false; readonly error: string };
  /** Writes a whole text file, or says why it cannot (never throws). Creates no folder: a missing one is an error. */
  readonly writeText: (path: string, text: string) => { readonly ok: true } | { readonly ok: false; readonly error: string };
  /** Creates one folder whose parent exists (never its parents), or says whether it was there already or why it cannot. */
  readonly makeDir: (path: string) => { readonly ok: true; readonly created: boolean } | { readonly ok: false; readonly error: string };
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  /** The names of the files in a folder, sorted, or why they cannot be listed (never throws). */
  readonly listDir: (path: string) => { readonly ok: true; readonly names: ReadonlyArray<string> } | { readonly ok: false; readonly error: string };
  /** Opens a file for streaming reads; `-` is standard input. */
  readonly openInput: (path: string) => OpenedInput;
  /** Creates (or empties) a file for streaming writes; `-` is standard output. */
  readonly openOutput: (path: string) => OpenedOutput;
  /** Whether standard error is a terminal (a progress bar) or not (one-line progress now and then). */
  readonly stderrIsTTY: boolean;
  /** The stream a progress bar draws on. */
  readonly progressStream: NodeJS.WritableStream;
  /** How many cores the machine offers: the default number of batch workers. */
  readonly cpuCount: number;
}

const reason = (e: unknown): string => {
  const code = (e as NodeJS.ErrnoException).code;
  return code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : code === 'EACCES' ? 'permission denied' : 'cannot be read';
};

const writeReason = (e: unknown): string => {
  const code = (e as NodeJS.ErrnoException).code;
  return code === 'ENOENT'
    ? 'no such directory'
    : code === 'EISDIR'
      ? 'is a directory'
      : code === 'EACCES'
        ? 'permission denied'
        : code === 'ENOTDIR'
          ? 'a parent is not a directory'
          : 'cannot be written';
};

const finished = (stream: Writable): Promise<void> =>
  new Promise((resolve, reject) => {
    if (stream.writableFinished) {
      resolve();
      return;
    }
    stream.once('finish', resolve);
    stream.once('error', reject);
  });

/**
 * The process's own I/O: files from disk, text to stdout and stderr.
 *
 * @example
 * const code = await run(process.argv.slice(2), processIo);
 */
export const processIo: CliIo = {
  readText: (path) => {
    try {
      return { ok: true, text: fs.readFileSync(path, 'utf8') };
    } catch (e) {
      return { ok: false, error: reason(e) };
    }
  },
  writeText: (file, text) => {
    try {
      fs.writeFileSync(file, text, 'utf8');
      return { ok: true };
    } catch (e) {
      return { ok: false, error: writeReason(e) };
    }
  },
  makeDir: (dir) => {
    try {
      if (fs.statSync(dir, { throwIfNoEntry: false })?.isDirectory() === true) return { ok: true, created: false };
      fs.mkdirSync(dir);
      return { ok: true, created: true };
    } catch (e) {
      return { ok: false, error: writeReason(e) };
    }
  },
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  listDir: (dir) => {
    try {
      return { ok: true, names: fs.readdirSync(dir).sort() };
    } catch (e) {
      return { ok: false, error: reason(e) };
    }
  },
  openInput: (path) => {
    if (path === '-') return { ok: true, stream: process.stdin };
    try {
      const fd = fs.openSync(path, 'r');
      const size = fs.fstatSync(fd).size;
      return { ok: true, stream: fs.createReadStream('', { fd, highWaterMark: 1024 * 1024 }), size };
    } catch (e) {
      return { ok: false, error: reason(e) };
    }
  },
  openOutput: (path) => {
    if (path === '-') return { ok: true, stream: process.stdout, close: () => Promise.resolve() };
    try {
      const stream = fs.createWriteStream('', { fd: fs.openSync(path, 'w'), highWaterMark: 1024 * 1024 });
      const close = (): Promise<void> => {
        stream.end();
        return finished(stream);
      };
      return { ok: true, stream, close };
    } catch (e) {
      return { ok: false, error: writeReason(e) };
    }
  },
  stderrIsTTY: process.stderr.isTTY === true,
  progressStream: process.stderr,
  cpuCount: os.availableParallelism(),
};
